/** Coverage recomputation and the suggestion, timed inside the browser by /messung/erreichbarkeit. */
import { kalt, marken } from './umgebung';

export interface Erreichbarkeitszeiten {
	punkte: number;
	angebote: number;
	filter: number[];
	distanz: number[];
	szenario: number[];
	vorschlag: number[];
	durchlauf: number[];
	allePaare: number[];
}

export async function erreichbarkeitszeiten(basis: string): Promise<Erreichbarkeitszeiten> {
	return kalt(async (browser) => {
		const page = await browser.newPage();
		await page.goto(`${basis}/messung/erreichbarkeit`);
		await marken(page, ['messung-fertig']);
		return page.evaluate(() => (window as unknown as { messung: Erreichbarkeitszeiten }).messung);
	});
}
