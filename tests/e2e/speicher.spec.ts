/**
 * Issue 13 §6: the own data kept in the browser survive what a browser does to them — a second tab,
 * a damaged stored state, a database of the same name that is not the atlas's.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { oeffneAtlas, uebernimmDatei, waehleDatei } from './helpers';

const DATEI = join(import.meta.dirname, '../fixtures/import/gut/bezirke-2021-win1252.csv');

async function importiere(page: Page): Promise<void> {
	await waehleDatei(page, DATEI);
	await uebernimmDatei(page, 120_000, false);
}

/** Puts `inhalt` into the atlas's store (or, with `fremd`, a foreign database of its name) before the atlas opens. */
async function vorbelege(page: Page, was: { fremd?: boolean; arbeitsstand?: unknown }): Promise<void> {
	await page.goto('/data/kempten/datensatz.json');
	await page.evaluate(
		({ fremd, arbeitsstand }) =>
			new Promise<void>((fertig, fehler) => {
				const weg = indexedDB.deleteDatabase('sozialraumatlas');
				weg.onerror = () => fehler(weg.error);
				weg.onsuccess = () => {
					const auf = indexedDB.open('sozialraumatlas', 1);
					auf.onupgradeneeded = () => auf.result.createObjectStore(fremd ? 'fremd' : 'daten');
					auf.onsuccess = () => {
						const db = auf.result;
						if (fremd) return (db.close(), fertig());
						const tx = db.transaction('daten', 'readwrite');
						tx.objectStore('daten').put(arbeitsstand, 'arbeitsstand');
						tx.oncomplete = () => (db.close(), fertig());
					};
				};
			}),
		was
	);
}

test('a second tab importing over the first is told to reload, and nothing of the first is lost', async ({ context }) => {
	const erste = await context.newPage();
	const zweite = await context.newPage();
	await erste.goto('/daten');
	await zweite.goto('/daten');
	await importiere(erste);
	await expect(erste.getByTestId('import-fertig')).toBeVisible({ timeout: 120_000 });
	await importiere(zweite);
	await expect(zweite.locator('main')).toContainText('in einem anderen Tab geändert', { timeout: 120_000 });
	// The second tab still shows what it showed; a reload brings the first tab's import.
	await expect(zweite.getByTestId('datenstand')).toContainText('Beispieldaten');
	await zweite.reload();
	await expect(zweite.getByTestId('datenstand')).toContainText('bezirke-2021-win1252.csv');
});

test('a damaged stored state gives way to the last good one, with a notice', async ({ page }) => {
	const gut = { version: 1, einstellungen: { stadt: 'Kempten (Allgäu)', titel: 'Guter Stand', quelle: '', schwelle: 3, mindestEinwohner: 0 }, quellen: [], ohne: ['wohnort'] };
	await vorbelege(page, { arbeitsstand: { fassung: 2, stand: { version: 1, kaputt: true }, vorher: gut } });
	await oeffneAtlas(page);
	await expect(page.getByTestId('warnungen')).toContainText('Der gespeicherte Stand der eigenen Daten ist beschädigt; der letzte gute Stand wurde geladen.');
	await page.goto('/daten');
	await expect(page.getByTestId('datenstand').locator('tr', { hasText: 'Wohnorte' })).toContainText('nicht verwendet', { timeout: 120_000 });
});

test('a foreign database of the same name is detected and repaired', async ({ page }) => {
	await vorbelege(page, { fremd: true });
	await oeffneAtlas(page);
	await expect(page.getByTestId('warnungen')).toContainText('Eine fremde Datenbank gleichen Namens in diesem Browser wurde erkannt und für den Atlas ergänzt.');
	await page.goto('/daten');
	await importiere(page);
	await expect(page.getByTestId('import-fertig')).toBeVisible({ timeout: 120_000 });
});
