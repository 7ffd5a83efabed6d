import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { oeffneAtlas } from './helpers';

test('the page requests nothing from any host but its own', async ({ page, baseURL }) => {
	const fremd: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) fremd.push(r.url());
	});
	await oeffneAtlas(page, '?b=41');
	await page.getByLabel('Indikator', { exact: true }).selectOption('flucht_anteil');
	await expect(page.getByTestId('bezirksprofil')).toContainText('Fluchthintergrund');
	expect(fremd).toEqual([]);
});

test('axe-core finds no serious or critical WCAG 2.1 AA violation', async ({ page }) => {
	await oeffneAtlas(page, '?b=41');
	await expect(page.getByTestId('bezirksprofil').locator('tbody tr')).toHaveCount(17);
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const schwer = result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
	expect(schwer).toEqual([]);
});

test('a broken data file ends in a German error naming file, row and column; the first map stays', async ({ page }) => {
	await page.route('**/data/kempten/bevoelkerung.csv', async (route) => {
		const original = await (await route.fetch()).text();
		const zeilen = original.split('\n');
		zeilen[2] = zeilen[2].replace(/,\d+$/, ',zwölf');
		await route.fulfill({ body: zeilen.join('\n'), contentType: 'text/csv' });
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('Datei „bevoelkerung.csv“, Zeile 3, Spalte „anzahl“');
	await expect(page.getByRole('alert')).toContainText('„zwölf“ ist kein gültiger Wert vom Typ ganze Zahl');
	await expect(page.locator('[data-gemalt*="|mh_anteil|"]')).toHaveCount(1);
});

test('the DuckDB reference page of the benchmark starts the engine', async ({ page }) => {
	await page.goto('/messung/duckdb');
	await expect(page.getByTestId('status')).toHaveText('DuckDB bereit');
});
