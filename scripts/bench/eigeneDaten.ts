/**
 * Own data through the page as a user brings them: a city of its own with N areas (a grid of squares in
 * Middle Franconia, boundaries as GeoJSON, a district table of 10 Stichtage), its boundaries and its
 * table each checked and taken over, then the first map after a reload from IndexedDB beside the
 * default data's first map after a reload in the same run (alternating), and indicator switches.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { messstadt } from '../../src/lib/features/messung/messstadt';
import { kalt, marken } from './umgebung';
import { wechsle, type Wechsel } from './wechsel';

export interface EigeneDaten {
	flaechen: number;
	stichtage: number;
	/** Reading the file in the worker, then check and take-over (from the click to the result). */
	grenzenLesen: number;
	grenzenPruefen: number;
	grenzenUebernehmen: number;
	tabelleLesen: number;
	tabellePruefen: number;
	tabelleUebernehmen: number;
	/** First map after a reload: own data, and the default data set in another profile, per round. */
	ersteKarte: number[];
	ersteKarteStandard: number[];
	wechsel: Wechsel[];
}

const JAHRE = Array.from({ length: 10 }, (_, i) => 2013 + i);

function schreibeStadt(n: number): { grenzen: string; tabelle: string } {
	const ordner = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	const flaechen = messstadt(n);
	const features = flaechen.map((f) => ({ type: 'Feature', properties: { GEBIET: f.code, GEBIETSNAME: f.name }, geometry: { type: 'Polygon', coordinates: [f.ring] } }));
	const grenzen = join(ordner, `grenzen-${n}.geojson`);
	writeFileSync(grenzen, JSON.stringify({ type: 'FeatureCollection', features }));
	const zeilen = ['Gebiet;Name;Stichtag;Einwohner insgesamt;darunter Ausländer;mit Migrationshintergrund;unter 18;65 und älter;Frauen'];
	for (const j of JAHRE)
		for (const [i, f] of flaechen.entries()) {
			const ew = 800 + ((i * 37 + j) % 1200);
			zeilen.push(`${f.code};${f.name};31.12.${j};${ew};${Math.round(ew * (0.08 + (i % 13) / 100))};${Math.round(ew * (0.2 + (i % 17) / 50))};${Math.round(ew * 0.17)};${Math.round(ew * 0.21)};${Math.round(ew * 0.51)}`);
		}
	const tabelle = join(ordner, `gebiete-${n}.csv`);
	writeFileSync(tabelle, zeilen.join('\n') + '\n');
	return { grenzen, tabelle };
}

const jetzt = (page: Page) => page.evaluate(() => performance.now());

/** Picks a file; ms until its mapping step is shown. */
async function lies(page: Page, datei: string, schritt: string): Promise<number> {
	const t0 = await jetzt(page);
	await page.locator('#datei-wahl').setInputFiles(datei);
	await page.getByRole('heading', { name: schritt }).waitFor({ timeout: 120_000 });
	return (await jetzt(page)) - t0;
}

/** Clicks a button and returns ms until `fertig` is visible. */
async function dauer(page: Page, knopf: string, fertig: string): Promise<number> {
	const t0 = await jetzt(page);
	await page.getByRole('button', { name: knopf, exact: true }).click();
	await page.getByTestId(fertig).waitFor({ timeout: 120_000 });
	return (await jetzt(page)) - t0;
}

async function bestaetige(page: Page): Promise<void> {
	const gelesen = page.getByLabel('Ich habe die Hinweise gelesen.');
	if (await gelesen.count()) await gelesen.check();
}

export async function eigeneDatenzeiten(basis: string, n: number, runden: number, wechselAnzahl: number): Promise<EigeneDaten> {
	const { grenzen, tabelle } = schreibeStadt(n);
	return kalt(async (browser) => {
		const eigene = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const standard = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const page = await eigene.newPage();
		await page.goto(`${basis}/daten`);
		const grenzenLesen = await lies(page, grenzen, `2. Bezirksgrenzen zuordnen: „grenzen-${n}.geojson“`);
		const grenzenPruefen = await dauer(page, 'Prüfen', 'neue-stadt');
		await page.getByLabel('Name der Stadt').fill('Messstadt');
		await bestaetige(page);
		const grenzenUebernehmen = await dauer(page, 'Eigene Stadt beginnen', 'import-fertig');
		const tabelleLesen = await lies(page, tabelle, `2. Spalten zuordnen: „gebiete-${n}.csv“`);
		const tabellePruefen = await dauer(page, 'Prüfen', 'pruefung-bestanden');
		await bestaetige(page);
		const tabelleUebernehmen = await dauer(page, 'Übernehmen', 'import-fertig');

		const vergleich = await standard.newPage();
		await vergleich.goto(`${basis}/`);
		await marken(vergleich, ['erstes-choropleth']);
		const ersteKarte: number[] = [];
		const ersteKarteStandard: number[] = [];
		for (let i = 0; i < runden; i++) {
			await page.goto(`${basis}/`);
			ersteKarte.push((await marken(page, ['erstes-choropleth']))['erstes-choropleth']);
			await vergleich.goto(`${basis}/`);
			ersteKarteStandard.push((await marken(vergleich, ['erstes-choropleth']))['erstes-choropleth']);
		}
		await marken(page, ['duckdb-bereit']);
		await page.waitForTimeout(1500);
		const ids = await page.locator('#indikator option').evaluateAll((o) => (o as HTMLOptionElement[]).map((x) => x.value));
		const aktuell = ids.indexOf(await page.locator('#indikator').inputValue());
		const folge = Array.from({ length: wechselAnzahl }, (_, i) => ids[(aktuell + 1 + i) % ids.length]);
		const wechsel = await wechsle(page, folge, 300);
		await eigene.close();
		await standard.close();
		return { flaechen: n, stichtage: JAHRE.length, grenzenLesen, grenzenPruefen, grenzenUebernehmen, tabelleLesen, tabellePruefen, tabelleUebernehmen, ersteKarte, ersteKarteStandard, wechsel };
	});
}
