import { expect, test } from '@playwright/test';
import { ohneBarrieren, oeffneAtlas } from './helpers';

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

test('axe-core finds no WCAG 2.1 AA violation at all, with a profile open and in the change view', async ({ page }) => {
	await oeffneAtlas(page, '?b=41');
	await expect(page.getByTestId('bezirksprofil').locator('tbody tr')).toHaveCount(20);
	await ohneBarrieren(page);
	await page.getByLabel('Veränderung seit einem früheren Stichtag').check();
	await expect(page.locator('.legende')).toContainText('Prozentpunkte');
	await ohneBarrieren(page);
});

test('the floor pages of the benchmark start the engine and paint the map', async ({ page }) => {
	await page.goto('/messung/duckdb');
	await expect(page.getByTestId('status')).toHaveText('DuckDB bereit');
	await page.goto('/messung/karte');
	await expect(page.locator('[data-gemalt="ja"]')).toHaveCount(1);
	await page.goto('/messung/erreichbarkeit');
	await expect(page.getByTestId('status')).toContainText('fertig: 4955 Wohnorte, 1000 Angebote');
});
