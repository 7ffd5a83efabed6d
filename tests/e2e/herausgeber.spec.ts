/**
 * Issue 13 §4: the publisher decides the protection of the data set it hosts; a visitor cannot lower it,
 * and a workspace file that lowers the threshold for own data says so before it is opened.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { oeffneAtlas, uebernimmDatei, waehleDatei } from './helpers';

test('the threshold of the default data set cannot be lowered on the data page', async ({ page }) => {
	await page.goto('/daten');
	const feld = page.locator('input[name="schwelle"]');
	await expect(feld).toHaveValue('3');
	await feld.fill('0');
	await page.getByRole('button', { name: 'Einstellungen übernehmen' }).click();
	await expect(page.locator('main')).toContainText('legt der Herausgeber fest: Zahlen unter 3 werden gesperrt');
	// Nothing was taken over: after a reload the data set's own threshold stands.
	await page.reload();
	await expect(page.locator('input[name="schwelle"]')).toHaveValue('3');
	await expect(page.getByTestId('datenstand')).not.toContainText('Eigene Daten');
});

test('a workspace file with a lowered threshold says so before it is opened, and its outputs are marked', async ({ page, browser }) => {
	await page.goto('/daten');
	await waehleDatei(page, join(import.meta.dirname, '../fixtures/import/gut/bezirke-2021-win1252.csv'));
	await uebernimmDatei(page);
	// Own statistics without the demo's residential points keep their own threshold.
	const wohnorte = page.getByTestId('datenstand').locator('tr', { hasText: 'Wohnorte' });
	await wohnorte.getByRole('button', { name: 'Nicht verwenden' }).click();
	await expect(page.getByTestId('datenstand').locator('tr', { hasText: 'Wohnorte' })).toContainText('nicht verwendet', { timeout: 60_000 });
	await page.locator('input[name="schwelle"]').fill('1');
	await page.getByRole('button', { name: 'Einstellungen übernehmen' }).click();
	await expect(page.getByText('Einstellungen übernommen.')).toBeVisible({ timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Arbeitsbereich vollständig speichern' }).click()]);
	const pfad = await download.path();

	const kollegin = await browser.newContext({ locale: 'de-DE' });
	const seite = await kollegin.newPage();
	await seite.goto('/daten');
	let frage = '';
	seite.once('dialog', async (d) => {
		frage = d.message();
		await d.dismiss();
	});
	await seite.getByText('Arbeitsbereich öffnen …').locator('input').setInputFiles(pfad);
	await expect(seite.getByTestId('datenstand')).toContainText('nicht geöffnet');
	expect(frage).toContain('setzt die Geheimhaltung herab');
	await expect(seite.getByTestId('datenstand')).toContainText('Beispieldaten');
	seite.once('dialog', (d) => d.accept());
	await seite.getByText('Arbeitsbereich öffnen …').locator('input').setInputFiles(pfad);
	// Only once the file is open may the test leave the page (the question blocks it until answered).
	await expect(seite.getByTestId('datenstand')).toContainText(/Arbeitsbereich „[^“]+“ geöffnet\./, { timeout: 60_000 });
	await oeffneAtlas(seite, '?i=einwohner&t=2021-12-31');
	await expect(seite.locator('main')).toContainText('Geheimhaltung herabgesetzt: Zahlen unter 1 statt unter 3 gesperrt');
	await kollegin.close();
});
