/**
 * Issue 13 §5: a workspace file's boundaries pass the import's own blocking checks before anything of
 * it is used or stored; each refused file says why in German and the data loaded before stay.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A workspace file whose only own part is one district's boundary, its corners placed by `ecke`. */
function arbeitsbereich(name: string, ecke: (lon: number, lat: number) => number[] | null): string {
	const ring = [[10.3, 47.72], [10.32, 47.72], [10.32, 47.74], [10.3, 47.74], [10.3, 47.72]].map(([lon, lat]) => ecke(lon, lat));
	const features = ring.some((p) => p === null) ? [] : [{ type: 'Feature', properties: { code: '10', name: 'Marienberg – Süd' }, geometry: { type: 'Polygon', coordinates: [ring] } }];
	const quelle = { id: 'g', teil: 'geometrie', datei: 'grenzen.geojson', format: 'GeoJSON', importiert: '2026-12-02T07:00:00Z', zeilen: features.length, stichtage: [], inhalt: JSON.stringify({ type: 'FeatureCollection', features }) };
	const datei = {
		format: 'sozialraumatlas-arbeitsbereich',
		version: 1,
		arbeitsstand: { version: 1, einstellungen: { stadt: 'Kempten (Allgäu)', titel: 'Eigene Daten', quelle: '', schwelle: 3, mindestEinwohner: 0 }, quellen: [quelle], ohne: [] },
		zuordnungen: {}
	};
	const pfad = join(mkdtempSync(join(tmpdir(), 'arbeitsbereich-')), name);
	writeFileSync(pfad, JSON.stringify(datei));
	return pfad;
}

const FAELLE: [string, (lon: number, lat: number) => number[] | null, RegExp][] = [
	['leer.json', () => null, /Die Datei enthält keine Flächen/],
	['vertauscht.json', (lon, lat) => [lat, lon], /nicht in Deutschland, sondern bei 10,3° N, 47,7° O/],
	['meter.json', (lon, lat) => [600000 + lon * 1000, 5280000 + lat * 1000], /keine gültigen Längen und Breiten\. Die Koordinaten passen zu EPSG:25832/],
	['riesig.json', () => [1e308, 1e308], /keine gültigen Längen und Breiten/]
];

for (const [name, ecke, meldung] of FAELLE)
	test(`a workspace file with ${name.replace('.json', '')} boundaries is refused with the import's message, and nothing of it is kept`, async ({ page }) => {
		await page.goto('/daten');
		await expect(page.getByTestId('datenstand')).toContainText('Beispieldaten', { timeout: 60_000 });
		await page.getByText('Arbeitsbereich öffnen …').locator('input').setInputFiles(arbeitsbereich(name, ecke));
		const bericht = page.getByTestId('datenstand');
		await expect(bericht).toContainText('grenzen.geojson (in ' + name + ')');
		await expect(bericht).toContainText(meldung);
		await expect(bericht).not.toContainText('geöffnet.');
		await page.reload();
		await expect(page.getByTestId('datenstand')).toContainText('Beispieldaten', { timeout: 60_000 });
		await expect(page.getByTestId('datenstand')).not.toContainText('grenzen.geojson');
	});

test('a workspace file with boundaries in Kempten opens', async ({ page }) => {
	await page.goto('/daten');
	await expect(page.getByTestId('datenstand')).toContainText('Beispieldaten', { timeout: 60_000 });
	await page.getByText('Arbeitsbereich öffnen …').locator('input').setInputFiles(arbeitsbereich('gut.json', (lon, lat) => [lon, lat]));
	await expect(page.getByTestId('datenstand')).toContainText('Arbeitsbereich „gut.json“ geöffnet.', { timeout: 120_000 });
	await expect(page.getByTestId('datenstand')).toContainText('grenzen.geojson');
});

test('a workspace saved zum Weitergeben carries the published tables, not the raw rows, and opened in another browser shows the same figures, withheld where withheld', async ({ page, browser }) => {
	test.setTimeout(300_000);
	// District 61's profile and its breakdowns, withheld bars and citizenships among them.
	const steckbrief = async (p: typeof page) => {
		await p.goto('/bezirk?b=61');
		const alter = p.locator('section[aria-labelledby="alter-titel"]');
		await expect(alter).toContainText('geheim gehalten (kleine Zahlen)', { timeout: 60_000 });
		const staaten = p.locator('section[aria-labelledby="staaten-titel"]');
		await expect(staaten).not.toContainText('wird berechnet', { timeout: 60_000 });
		return [await p.getByTestId('steckbrief-tabelle').innerText(), await alter.innerText(), await staaten.innerText()];
	};
	const vorher = await steckbrief(page);
	await page.goto('/daten');
	await expect(page.getByTestId('datenstand')).toContainText('Beispieldaten', { timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Arbeitsbereich zum Weitergeben speichern' }).click()]);
	const pfad = join(mkdtempSync(join(tmpdir(), 'weitergeben-')), download.suggestedFilename());
	await download.saveAs(pfad);
	const datei = JSON.parse(readFileSync(pfad, 'utf8'));
	expect(Object.keys(datei.arbeitsstand.veroeffentlicht.tabellen)).toContain('kennzahl_alter');
	expect(datei.arbeitsstand.quellen.map((q: { teil: string }) => q.teil)).not.toContain('bevoelkerung');
	// The demo's raw population table, as the site serves it, is not in the file.
	expect(readFileSync(pfad, 'utf8')).not.toContain('2016-12-31,10,m,0-4,deutsch,DE,,false,,31');

	// A colleague's browser: nothing stored, the file opened on her data page.
	const kollegin = await (await browser.newContext()).newPage();
	await kollegin.goto('/daten');
	await expect(kollegin.getByTestId('datenstand')).toContainText('Beispieldaten', { timeout: 60_000 });
	await kollegin.getByText('Arbeitsbereich öffnen …').locator('input').setInputFiles(pfad);
	await expect(kollegin.getByTestId('datenstand')).toContainText('geöffnet.', { timeout: 120_000 });
	expect(await steckbrief(kollegin)).toEqual(vorher);
});
