import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messstadt } from '../../src/lib/features/messung/messstadt';
import { mitDatensatz, type Aenderung } from './helpers';

/**
 * A data set with 250 areas (the bench's grid city, served in place of the default one): the district
 * table shows a hundred rows a page, pages on, follows a district chosen elsewhere to its page, and its
 * CSV still holds every area.
 */
const FLAECHEN = messstadt(250);
const FREMD = join(import.meta.dirname, '../fixtures/fremdstadt');
const einwohner = (i: number) => 800 + ((i * 37) % 1200);
const DATEIEN: Record<string, Aenderung> = {
	'datensatz.json': JSON.stringify({
		...JSON.parse(readFileSync(join(FREMD, 'datensatz.json'), 'utf8')),
		id: 'viele-flaechen-test',
		stichtage: ['2022-12-31'],
		dateien: { stadtbezirk: 'stadtbezirk.csv', bezirkszahl: 'bezirkszahl.csv', staat: 'staat.csv', geometrie: 'stadtbezirke.geojson' }
	}),
	'staat.csv': readFileSync(join(FREMD, 'staat.csv'), 'utf8'),
	'stadtbezirk.csv': ['code,name', ...FLAECHEN.map((f) => `${f.code},${f.name}`)].join('\n') + '\n',
	'bezirkszahl.csv': ['stichtag,stadtbezirk,einwohner,mh', ...FLAECHEN.map((f, i) => `2022-12-31,${f.code},${einwohner(i)},${Math.round(einwohner(i) * (0.2 + (i % 17) / 50))}`)].join('\n') + '\n',
	'stadtbezirke.geojson': JSON.stringify({ type: 'FeatureCollection', features: FLAECHEN.map((f) => ({ type: 'Feature', properties: { code: f.code, name: f.name }, geometry: { type: 'Polygon', coordinates: [f.ring] } })) })
};

test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ page }) => mitDatensatz(page, DATEIEN));

test('the district table of 250 areas shows a hundred rows a page and pages on; a district chosen in the list shows its page; the CSV has all 250', async ({ page }) => {
	await page.goto('/');
	const tabelle = page.getByTestId('bezirkstabelle');
	const seiten = page.getByTestId('tabellenseiten');
	await expect(tabelle.locator('tbody tr')).toHaveCount(100, { timeout: 120_000 });
	await expect(seiten).toContainText('Zeilen 1–100 von 250');
	await expect(tabelle.locator('tbody tr').first()).toContainText('Gebiet 1');
	await expect(seiten.getByRole('button', { name: 'Vorherige Seite' })).toBeDisabled();

	// Scrolled to the frame's end, the next page starts at its first row.
	await tabelle.locator('tbody tr').last().scrollIntoViewIfNeeded();
	await seiten.getByRole('button', { name: 'Nächste Seite' }).click();
	await expect(seiten).toContainText('Zeilen 101–200 von 250');
	await expect(tabelle.locator('tbody tr').first()).toContainText('Gebiet 101');
	await expect(tabelle.locator('tbody tr').first()).toBeInViewport();
	await seiten.getByRole('button', { name: 'Nächste Seite' }).click();
	await expect(seiten).toContainText('Zeilen 201–250 von 250');
	await expect(tabelle.locator('tbody tr')).toHaveCount(50);
	await expect(seiten.getByRole('button', { name: 'Nächste Seite' })).toBeDisabled();

	// Chosen in the list, not in the table: the table turns to the page that holds it, marked.
	await page.getByLabel('Stadtbezirk auswählen').selectOption({ label: '1120 Gebiet 121' });
	await expect(seiten).toContainText('Zeilen 101–200 von 250');
	await expect(tabelle.locator('tr[aria-current="true"]')).toContainText('Gebiet 121');

	// Sorted by value, the first page holds the hundred highest of all 250, not of the page shown.
	await tabelle.getByRole('button', { name: 'Wert' }).click();
	const hoechster = Math.max(...FLAECHEN.map((_, i) => Math.round(einwohner(i) * (0.2 + (i % 17) / 50)) / einwohner(i)));
	await seiten.getByRole('button', { name: 'Vorherige Seite' }).click();
	await expect(seiten).toContainText('Zeilen 1–100 von 250');
	await expect(tabelle.locator('tbody tr').first().locator('td.zahl').first()).toHaveText(`${(hoechster * 100).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()]);
	const text = (await (await download.createReadStream()).toArray()).map(String).join('');
	expect(text.split('\n').filter((z) => /^1\d{3};/.test(z))).toHaveLength(250);
});
