import { expect, test } from '@playwright/test';
import { ohneBarrieren } from './helpers';

test.describe('Statistik', () => {
	test('cluster map and significance map render with their legends; the weights can be changed', async ({ page }) => {
		await page.goto('/statistik');
		const karte = page.getByTestId('clusterkarte');
		await expect(karte.locator('svg path').first()).toBeVisible();
		await expect(page.getByTestId('signifikanzkarte').locator('svg path').first()).toBeVisible();
		const legende = page.getByTestId('cluster-legende');
		await expect(legende).toContainText('Hoch–Hoch');
		await expect(legende).toContainText('nicht signifikant');
		// Every district in exactly one class of the legend.
		const zahlen = (await legende.locator('li').allTextContents()).map((t) => Number(t.split(':').at(-1)));
		expect(zahlen.reduce((a, b) => a + b, 0)).toBe(47);
		// Default data 2020, MH share, Queen: esda finds I = 0,365 (tests/fixtures/statistik/referenz.json).
		await expect(page.getByTestId('moran-global')).toContainText('I = 0,365');
		await expect(page.getByTestId('teststaerke')).toContainText('47 Bezirke');
		await page.getByTestId('gewichte').selectOption('knn');
		await expect(page.getByTestId('moran-global')).toContainText('I = 0,248');
		await expect(page.getByText('Beispieldaten').first()).toBeVisible();
		await ohneBarrieren(page);
	});

	test('segregation shows D for the default data and changes with the group, by keyboard', async ({ page }) => {
		await page.goto('/statistik');
		const erklaerung = page.getByTestId('segregation-erklaerung');
		// PySAL's segregation: D = 19,7 for the MH population on 31.12.2020.
		await expect(erklaerung).toContainText('D = 20: 20 % der Menschen mit Migrationshintergrund müssten');
		await expect(page.getByTestId('segregation-tabelle').locator('tbody tr')).toHaveCount(5);
		await expect(page.getByTestId('segregation-tabelle').locator('tbody tr').last()).toContainText('19,7');
		await page.getByLabel('Gruppe').focus();
		await page.keyboard.press('ArrowDown');
		await expect(erklaerung).toContainText('der Ausländer*innen');
		await expect(page.getByText('Zuschnitt der Bezirke ab').first()).toBeVisible();
	});

	test('changes within random variation are marked in the table', async ({ page }) => {
		await page.goto('/statistik');
		await expect(page.getByTestId('zufallsschwankung')).toContainText('im Rahmen der Zufallsschwankung');
		await expect(page.getByTestId('zuverlaessigkeit-tabelle').locator('tbody tr')).toHaveCount(47);
	});

	test('every choice is kept in the link; a single citizenship is a group of its own', async ({ page, context }) => {
		// Two pages each start DuckDB for the citizenship's counts.
		test.slow();
		await page.goto('/statistik?w=knn&kn=6&kor=bonferroni&sg=staat-TR&min=500');
		await expect(page.getByTestId('gewichte')).toHaveValue('knn');
		await expect(page.getByTestId('k')).toHaveValue('6');
		await expect(page.getByLabel('Mehrfachtest-Korrektur')).toHaveValue('bonferroni');
		await expect(page.getByTestId('segregation-erklaerung')).toContainText('der Menschen mit Staatsangehörigkeit Türkei müssten');
		await expect(page.getByText('Bezirke unter 500 Personen')).toBeVisible();
		await page.getByTestId('anteil').selectOption('auslaender_anteil');
		await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe('auslaender_anteil');
		const zweite = await context.newPage();
		await zweite.goto(page.url());
		await expect(zweite.getByTestId('anteil')).toHaveValue('auslaender_anteil');
		await expect(zweite.getByTestId('segregation-erklaerung')).toContainText('Türkei');
		await ohneBarrieren(page);
	});
});
