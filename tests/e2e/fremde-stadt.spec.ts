import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ohneBarrieren } from './helpers';

/**
 * Another city's data set (tests/fixtures/fremdstadt: Duisburg's seven Stadtbezirke, only inhabitants and
 * migration background) served in place of the default one: no word of Kempten may remain on any page,
 * and what the data lack is said, never shown as 0.
 */
const ORDNER = join(import.meta.dirname, '../fixtures/fremdstadt');
const VERBOTEN = /Kempten|KIK|Thingers/;

async function fremdeStadt(page: Page): Promise<void> {
	await page.route('**/data/kempten/*', async (route) => {
		const datei = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!);
		const pfad = join(ORDNER, datei);
		if (!/^[\w-]+\.(csv|json|geojson)$/.test(datei) || !existsSync(pfad)) return route.fulfill({ status: 404, body: 'Nicht gefunden' });
		await route.fulfill({ status: 200, body: readFileSync(pfad), contentType: datei.endsWith('.csv') ? 'text/csv' : 'application/json' });
	});
}

/** Every text a user can meet on the page: visible or folded away, in SVG figures, titles, labels, placeholders. */
function seitentext(page: Page): Promise<string> {
	return page.evaluate(() => {
		const kopie = document.body.cloneNode(true) as HTMLElement;
		kopie.querySelectorAll('script, style, noscript').forEach((e) => e.remove());
		const attribute = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) ?? ''));
		return [document.title, kopie.textContent ?? '', ...attribute].join('\n');
	});
}

const GEDULD = { timeout: 120_000 };

async function bereit(page: Page): Promise<void> {
	await expect(page.getByText('Datenbank wird gestartet')).toHaveCount(0, GEDULD);
	await expect(page.getByText(/wird berechnet|werden berechnet|werden geladen/)).toHaveCount(0, GEDULD);
}

const SEITEN: [string, (page: Page) => Promise<void>][] = [
	['/', async (page) => expect(page.locator('[data-gemalt*="|"]')).toHaveCount(1, GEDULD)],
	['/bezirk?b=500', async (page) => expect(page.getByTestId('steckbrief-titel')).toHaveText('Steckbrief Stadtbezirk 500 Mitte', GEDULD)],
	['/vergleich?a=100%2B200~Norden,500', async (page) => expect(page.locator('main table').first()).toBeVisible(GEDULD)],
	// The slide frame stands before its slides are made: the counter names them once they are.
	['/praesentation?a=100%2B200~Norden,500', async (page) => expect(page.getByTestId('folienzaehler')).toContainText(/Folie 1 von \d/, GEDULD)],
	['/faktencheck?t=2012-12-31', async (page) => page.waitForFunction(() => performance.getEntriesByName('bericht-fertig').length > 0, null, GEDULD).then(() => undefined)],
	['/daten', async (page) => expect(page.locator('main h1')).toBeVisible(GEDULD)]
];

test.describe('another city loaded', () => {
	// The data set comes without prepared tables: the browser loads and derives it, slower on a busy machine.
	test.describe.configure({ timeout: 240_000 });
	test.beforeEach(async ({ page }) => fremdeStadt(page));

	for (const [pfad, geladen] of SEITEN) {
		test(`${pfad} names no Kempten, no KIK, no Thingers`, async ({ page }) => {
			await page.goto(pfad);
			await geladen(page);
			await bereit(page);
			// Folded parts (details) count as well: open them all.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const text = await seitentext(page);
			expect(text).toContain('Duisburg');
			expect(text.match(new RegExp(`.{0,60}(${VERBOTEN.source}).{0,60}`, 'g')) ?? []).toEqual([]);
		});
	}

	test('the Faktencheck leaves out what the data lack and says which column would fill it', async ({ page }) => {
		await page.goto('/faktencheck?t=2012-12-31');
		await page.waitForFunction(() => performance.getEntriesByName('bericht-fertig').length > 0, null, GEDULD);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Faktencheck Migration Duisburg');
		const text = await seitentext(page);
		expect(text).not.toMatch(/\b0 Ausländer|sind \.|lag 2005 wie 2012 bei 0,0 %|umgestellt/);
		await expect(page.getByTestId('abbildung')).toHaveCount(4);
		const entfallen = page.getByTestId('entfallen');
		await expect(entfallen.locator('li')).toHaveCount(6);
		await expect(entfallen).toContainText('Altersaufbau nach Migrationsstatus: Keine Angabe: Die geladenen Daten enthalten den Altersaufbau nicht');
		await expect(page.getByTestId('abbildung').first()).toContainText('die Spalten „eingebuergert“, „aussiedler“ und „auslaender“ der Zahlen je Stadtbezirk würden diese Angaben liefern.');
		await expect(page.getByTestId('abbildung').nth(1)).toContainText('Der Anteil der Menschen mit Migrationshintergrund stieg von');
		await expect(page.getByTestId('kennzahlen-fehlt')).toContainText('Keine Angabe:');
		await expect(page.getByTestId('kennzahlen')).not.toContainText('k. A.');
		await ohneBarrieren(page);
	});

	test('the Steckbrief says what is missing instead of drawing empty charts', async ({ page }) => {
		await page.goto('/bezirk?b=500');
		await expect(page.getByTestId('steckbrief-titel')).toBeVisible(GEDULD);
		await bereit(page);
		await expect(page.getByTestId('steckbrief-angebote')).toHaveText('Die geladenen Daten enthalten keine Angebote.');
		await expect(page.getByTestId('steckbrief-ohne-alter')).toContainText('„altersgruppe“ und „geschlecht“');
		await expect(page.getByTestId('zeitreihen').locator('figure')).toHaveCount(1);
		await expect(page.getByTestId('steckbrief-tabelle').locator('tr', { hasText: 'Ausländer*innen' }).first()).toContainText('keine Angabe');
		await expect(page.getByTestId('steckbrief-fehlt')).toContainText('„auslaender“');
		await ohneBarrieren(page);
	});

	test('the comparison’s example comes from the loaded districts; no measure filter without measures', async ({ page }) => {
		await page.goto('/vergleich');
		await expect(page.getByText('„Gruppe“ = 100 + 200 + 300')).toBeVisible(GEDULD);
		await page.goto('/');
		await expect(page.locator('[data-gemalt*="|"]')).toHaveCount(1, GEDULD);
		await bereit(page);
		await expect(page.locator('#massnahme')).toHaveCount(0);
	});
});
