import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { sammleSeitenfehler } from './helpers';
import { Nutzerweg } from './nutzerweg';

/**
 * A city begun with its boundaries alone (no statistics yet) replaces the demo data set as a whole
 * (issue 12 §1): no view shows Kempten any more, the atlas shows the new city's areas, fitted to them,
 * and says what is still missing.
 */
const S = join(import.meta.dirname, '../fixtures/staedte');

test.describe.configure({ timeout: 300_000 });
test.use({ actionTimeout: 60_000 });

test('Hamburg’s Stadtteile alone: the demo is gone from every view, the map shows Hamburg and what is missing is named', async ({ page }) => {
	const fehler = sammleSeitenfehler(page);
	const weg = new Nutzerweg(page);
	await page.goto('/daten');
	await weg.lege(join(S, 'hamburg/hamburg-district-regions.geojson'));
	await weg.beginneStadt('Hamburg');
	// The question named what is replaced before anything was; now the data page says what comes next.
	await expect(page.getByTestId('import-fertig')).toContainText('Als Nächstes');
	for (const pfad of ['/', '/bezirk', '/vergleich', '/faktencheck']) {
		await page.goto(pfad);
		const begonnen = page.getByTestId('stadt-begonnen');
		await expect(begonnen).toContainText('Hamburg: begonnen');
		await expect(begonnen).toContainText('hamburg-district-regions.geojson');
		await expect(begonnen).toContainText('Es fehlen noch: Bevölkerung je Stadtbezirk');
		await expect(page.locator('header')).toContainText('Sozialraumatlas Hamburg');
		await expect(page.locator('body')).not.toContainText('Kempten');
		await expect(page.getByTestId('beispielhinweis')).toHaveCount(0);
	}
	const karte = page.locator('[data-gemalt="grenzen"]');
	await expect(karte).toHaveCount(1, { timeout: 60_000 });
	const [x0, y0, x1, y1] = (await karte.getAttribute('data-ausschnitt'))!.split(',').map(Number);
	// The drawn extent's centre lies among Hamburg's Stadtteile of Bezirk Eimsbüttel (9,72–10,33° O, 53,39–53,75° N).
	expect([(x0 + x1) / 2 > 9.72 && (x0 + x1) / 2 < 10.33, (y0 + y1) / 2 > 53.39 && (y0 + y1) / 2 < 53.75], `Ausschnitt ${x0},${y0},${x1},${y1}`).toEqual([true, true]);
	await expect(page.getByTestId('stadt-begonnen')).toContainText('9 Flächen');
	// The map stays in its box: the way on is a link a mouse can reach, not covered by the map.
	await page.getByTestId('stadt-begonnen').getByRole('link', { name: /Weiter auf der Datenseite/ }).click({ timeout: 10_000 });
	await page.waitForURL((u) => u.pathname.endsWith('/daten'));
	expect(fehler).toEqual([]);
});
