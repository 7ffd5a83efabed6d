/**
 * Renders the Faktencheck report of one Stichtag to a PDF for the publication workflow (scripts/druck.ts
 * serves, waits and prints).
 *   npm run report -- --stichtag 2020-12-31 --out faktencheck-2020.pdf
 */
import { abbruch, argument, druckeSeite, zieldatei } from './druck';

const stichtag = argument('stichtag');
if (!stichtag || !/^\d{4}-\d{2}-\d{2}$/.test(stichtag)) abbruch('„--stichtag“ fehlt oder ist kein Datum der Form JJJJ-MM-TT, z. B. --stichtag 2020-12-31.');
const datei = zieldatei('faktencheck-2020.pdf');

await druckeSeite(datei, {
	pfad: `/faktencheck?t=${stichtag}`,
	fertig: 'bericht-fertig',
	timeout: 120_000,
	async pruefe(seite) {
		const gewaehlt = await seite.locator('#bericht-stichtag').inputValue();
		if (gewaehlt !== stichtag) {
			const vorhanden = await seite.locator('#bericht-stichtag option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
			return `Die Daten haben keinen Stichtag ${stichtag}. Vorhanden: ${vorhanden.join(', ')}.`;
		}
		// The key figures ask their own query; the report is complete when no part is still computing.
		await seite.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('wird berechnet')), null, { timeout: 60_000 });
		return null;
	}
});
