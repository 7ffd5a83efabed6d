import { expect, test } from '@playwright/test';
import { adresse, karteZeigt, ohneBarrieren, oeffneAtlas, pixelJeLegendenfarbe } from './helpers';

/** The table's rows as the reader sees them: code, name, Stadtteil (district level only) and value. */
async function zeilen(page: import('@playwright/test').Page) {
	return page.getByTestId('bezirkstabelle').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].slice(1).map((c) => c.textContent!.trim())));
}
const zahl = (t: string) => Number(t.replace(/\./g, '').replace(',', '.'));

test.describe('Stadtteile as a level of the atlas', () => {
	test('shows each Stadtteil with the sum of its districts’ counts, on the map, in the table, the profile and the link', async ({ page }) => {
		await oeffneAtlas(page, '?i=einwohner');
		const bezirke = await zeilen(page);
		expect(bezirke).toHaveLength(47);
		const summe = new Map<string, number>();
		for (const [, , stadtteil, wert] of bezirke) summe.set(stadtteil, (summe.get(stadtteil) ?? 0) + zahl(wert));

		await expect(page.locator('#ebene option')).toHaveText(['Stadtbezirke (47)', `Stadtteile (${summe.size})`]);
		await page.selectOption('#ebene', 'stadtteil');
		const tabelle = page.getByTestId('bezirkstabelle');
		await expect(tabelle.locator('tbody tr')).toHaveCount(summe.size);
		await expect(page.getByTestId('tabellenbereich')).toContainText('Alle Stadtteile');
		const teile = await zeilen(page);
		expect(teile.map(([code, name, wert]) => [name, zahl(wert)])).toEqual([...summe].sort(([a], [b]) => a.localeCompare(b, 'de', { numeric: true })).map(([t, n]) => [`Stadtteil ${t}`, n]));

		await karteZeigt(page, 'einwohner');
		const anzahl = await page.locator('.legende li[data-klasse] .anzahl').allTextContents();
		const pixel = await pixelJeLegendenfarbe(page);
		anzahl.forEach((text, k) => {
			if (!text.startsWith('0 ')) expect(pixel[k], `Klasse ${k + 1}: ${text}`).toBeGreaterThan(200);
		});
		await expect(page.locator('#indikator optgroup').last()).toBeDisabled();

		await page.selectOption('#bezirk', '3');
		await expect(page.getByTestId('bezirksprofil')).toContainText('Stadtteil 3');
		const bezirkeVon3 = bezirke.filter(([, , stadtteil]) => stadtteil === '3');
		await expect(page.getByTestId('bezirksprofil').getByRole('link', { name: 'Steckbrief Stadtteil 3 öffnen' })).toHaveAttribute('href', /bezirk\?b=3&ge=stadtteil/);
		const link = await adresse(page);
		expect(link).toContain('ge=stadtteil');
		expect(link).toContain('b=3');
		await ohneBarrieren(page);

		await page.goto(link);
		await expect(page.getByTestId('bezirkstabelle').locator('tbody tr')).toHaveCount(summe.size);
		await expect(page.getByTestId('bezirksprofil')).toContainText('Stadtteil 3');
		await page.selectOption('#ebene', 'bezirk');
		await expect(page.getByTestId('bezirkstabelle').locator('tbody tr')).toHaveCount(47);
		expect(await adresse(page)).not.toContain('b=3');
	});

	test('gives a Stadtteil a Steckbrief of its own: its districts’ counts summed, its age structure, its place on the map, no offers of its own', async ({ page }) => {
		await oeffneAtlas(page, '?i=einwohner');
		const bezirke = await zeilen(page);
		const von3 = bezirke.filter(([, , stadtteil]) => stadtteil === '3');
		const einwohner = von3.reduce((n, [, , , wert]) => n + zahl(wert), 0);
		await page.goto('/bezirk?b=3&ge=stadtteil');
		await expect(page.getByTestId('steckbrief-titel')).toHaveText('Steckbrief Stadtteil 3');
		await expect(page.locator('#steckbrief-ebene')).toHaveValue('stadtteil');
		await expect(page.getByTestId('steckbrief-tabelle').locator('tr', { hasText: 'Einwohner*innen' }).first()).toContainText(einwohner.toLocaleString('de-DE'));
		await expect(page.locator('main')).toContainText(`${von3.length} Stadtbezirke`);
		await expect(page.getByRole('heading', { name: 'Altersaufbau nach Migrationsstatus' })).toBeVisible();
		await expect(page.locator('main svg').first()).toBeVisible();
		for (const [code, name] of von3) await expect(page.getByTestId('steckbrief-angebote')).toContainText(`${code} ${name}`);
		await expect(page.locator('main')).not.toContainText('wird berechnet');
		await ohneBarrieren(page);
		await page.selectOption('#steckbrief-ebene', 'bezirk');
		await expect(page.getByTestId('steckbrief-titel')).toContainText('Steckbrief Stadtbezirk');
		expect(await adresse(page)).not.toContain('ge=');
	});
});
