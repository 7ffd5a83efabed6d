/**
 * A register extract of a million persons imported in the browser (/messung/register), with the peak
 * memory of the tab: the highest resident size (VmHWM) of this browser's page renderer, read from
 * /proc while only this page is open (DuckDB's worker and its wasm memory live in that process), read
 * before arquero runs. The same aggregation then runs in arquero in the same page on the same file:
 * arquero compiles its expressions with `new Function`, which the site's Content-Security-Policy
 * forbids, so this one browser context bypasses the policy (the site itself never does).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { createRequire } from 'node:module';
import { kalt, marken } from './umgebung';

export interface Registerzeiten {
	personen: number;
	megabyte: number;
	lesen: number;
	zaehlen: number;
	duckdb: number;
	duckdbZeilen: number;
	fehler: number;
	spitzeMB: number | null;
	arquero: number;
	arqueroZeilen: number;
}

/**
 * Only this browser's renderers count (the machine is shared: other browsers' tabs must not enter the
 * figure); Chromium names them itself. Of them the largest is the page's own (DuckDB's worker and its
 * wasm memory live in it); the others are spare renderers.
 */
async function rendererSpitze(browser: Browser): Promise<number | null> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
	let max: number | null = null;
	for (const p of processInfo.filter((x) => x.type === 'renderer')) {
		try {
			const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
			if (hwm) max = Math.max(max ?? 0, Number(hwm[1]) / 1024);
		} catch {
			// The process ended meanwhile.
		}
	}
	return max;
}

const ARQUERO = createRequire(import.meta.url).resolve('arquero/dist/arquero.min.js');

interface Arquero {
	fromCSV(text: string, o: object): ArqueroTabelle;
	escape(fn: (d: Record<string, string | number>) => unknown): unknown;
}
interface ArqueroTabelle {
	derive(o: object): ArqueroTabelle;
	groupby(...spalten: string[]): ArqueroTabelle;
	count(): ArqueroTabelle;
	numRows(): number;
}

/** The SQL's aggregation in arquero: age band, status by the KIK's rule, stay band, counted per group. */
async function mitArquero(): Promise<{ zeit: number; zeilen: number }> {
	const { aq, registerExtrakt } = window as unknown as { aq: Arquero; registerExtrakt: Blob };
	const band = (a: number) => (a < 5 ? '0-4' : a < 10 ? '5-9' : a < 15 ? '10-14' : a < 18 ? '15-17' : a < 20 ? '18-19' : a >= 85 ? '85+' : `${5 * Math.floor(a / 5)}-${5 * Math.floor(a / 5) + 4}`);
	const dauer = (d: number) => (d < 1 ? '0-1' : d < 4 ? '1-4' : d < 6 ? '4-6' : d < 8 ? '6-8' : d < 10 ? '8-10' : d < 15 ? '10-15' : d < 20 ? '15-20' : d < 25 ? '20-25' : d < 30 ? '25-30' : '30+');
	const t = performance.now();
	const zeilen = aq
		.fromCSV(await registerExtrakt.text(), { delimiter: ';', parse: { Pseudonym: String, Bezirk: String, Zuzugsjahr: String } })
		.derive({
			altersgruppe: aq.escape((d) => band(2021 - Number(d.Geburtsjahr))),
			status: aq.escape((d) => (d['Staatsangehörigkeit'] !== 'DE' ? 'auslaender' : d['Aussiedler'] === 'ja' ? 'aussiedler' : d['Eingebürgert'] === 'ja' ? 'eingebuergert' : 'deutsch')),
			aufenthaltsdauer: aq.escape((d) => (d['Staatsangehörigkeit'] !== 'DE' && d.Zuzugsjahr ? dauer(2021 - Number(d.Zuzugsjahr)) : null))
		})
		.groupby('Bezirk', 'Geschlecht', 'altersgruppe', 'status', 'Staatsangehörigkeit', 'Fluchthintergrund', 'aufenthaltsdauer')
		.count()
		.numRows();
	return { zeit: performance.now() - t, zeilen };
}

export async function registerzeiten(basis: string, personen = 1_000_000): Promise<Registerzeiten> {
	return kalt(async (browser) => {
		const page = await (await browser.newContext({ bypassCSP: true })).newPage();
		await page.goto(`${basis}/messung/register?n=${personen}`);
		await marken(page, ['messung-fertig']);
		const m = await page.evaluate(() => (window as unknown as { messung: Omit<Registerzeiten, 'spitzeMB' | 'arquero' | 'arqueroZeilen'> }).messung);
		const spitzeMB = await rendererSpitze(browser);
		await page.addScriptTag({ path: ARQUERO });
		// tsx keeps function names by wrapping them in `__name`, which the page does not have.
		await page.evaluate('globalThis.__name = (f) => f');
		const a = await page.evaluate(mitArquero);
		return { ...m, spitzeMB, arquero: a.zeit, arqueroZeilen: a.zeilen };
	});
}
