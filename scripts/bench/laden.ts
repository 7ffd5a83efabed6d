/**
 * Page loads: the atlas against its floors, each a page of the same build doing only that part — a
 * bare MapLibre page painting the 47 districts on a map of the atlas's size, a bare page that only starts DuckDB-WASM. Loads of the
 * three pages alternate, so a noisy neighbour hits all alike; ratios are taken per round.
 * A repeat visit is a reload in the same profile (HTTP cache and V8's compiled-wasm cache warm).
 */
import type { Browser } from '@playwright/test';
import { kalt, marken, median } from './umgebung';

export interface Ladung {
	erstesChoropleth: number;
	duckdbBereit: number;
	bodenKarte: number;
	bodenDuckdb: number;
	wiederholtAtlas: number;
	wiederholtDuckdb: number;
}

/** Marks of a cold load and, with `wiederholt`, of `wiederholt` in a reload of the same profile. */
async function lade(browser: Browser, url: string, namen: string[], wiederholt?: string): Promise<Record<string, number>> {
	const kontext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await kontext.newPage();
	await page.goto(url);
	const werte = await marken(page, namen);
	if (wiederholt) {
		// V8 keeps compiled wasm once the module has run a while; the next visit then reads it from the cache.
		await page.waitForTimeout(3000);
		await page.reload();
		werte.wiederholt = (await marken(page, [wiederholt]))[wiederholt];
	}
	await kontext.close();
	return werte;
}

/** The atlas map's size at the bench's viewport: the floor page paints a map of exactly that size. */
async function kartengroesse(browser: Browser, url: string): Promise<{ breite: number; hoehe: number }> {
	const kontext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await kontext.newPage();
	await page.goto(url);
	await marken(page, ['duckdb-bereit']);
	const groesse = await page.locator('.karte').first().evaluate((e) => ({ breite: e.clientWidth, hoehe: e.clientHeight }));
	await kontext.close();
	return groesse;
}

/** The floor page for the first map, with the atlas's map size. */
export async function kartenboden(basis: string): Promise<string> {
	const { breite, hoehe } = await kalt((b) => kartengroesse(b, `${basis}/`));
	return `${basis}/messung/karte?breite=${breite}&hoehe=${hoehe}`;
}

export async function ladungen(basis: string, boden: string, runden: number): Promise<Ladung[]> {
	const ergebnisse: Ladung[] = [];
	for (let i = 0; i < runden; i++) {
		const atlas = await kalt((b) => lade(b, `${basis}/`, ['erstes-choropleth', 'duckdb-bereit'], 'duckdb-bereit'));
		const karte = await kalt((b) => lade(b, boden, ['erstes-choropleth']));
		const duckdb = await kalt((b) => lade(b, `${basis}/messung/duckdb`, ['duckdb-bereit'], 'duckdb-bereit'));
		ergebnisse.push({
			erstesChoropleth: atlas['erstes-choropleth'],
			duckdbBereit: atlas['duckdb-bereit'],
			wiederholtAtlas: atlas.wiederholt,
			bodenKarte: karte['erstes-choropleth'],
			bodenDuckdb: duckdb['duckdb-bereit'],
			wiederholtDuckdb: duckdb.wiederholt
		});
		process.stderr.write('.');
	}
	process.stderr.write('\n');
	return ergebnisse;
}

export const medianVon = (l: Ladung[], f: (x: Ladung) => number) => median(l.map(f));
