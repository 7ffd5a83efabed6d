import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folgeLink, ohneBarrieren } from './helpers';
import { ueberDenRand } from './pdf';

const wurzel = join(import.meta.dirname, '../..');
const IMPORT = join(import.meta.dirname, '../fixtures/import/gut');
// Each test loads the data set several times (DuckDB, coverage per Stichtag); the shared machine is slow.
test.describe.configure({ timeout: 300_000 });
const HANDLUNGSFELDER = ['Sprache und Bildung', 'Arbeit und Ausbildung', 'Gesundheit und Pflege', 'Bürgerschaftliches Engagement', 'Gesellschaftliche Teilhabe', 'Interkulturelle Öffnung'];

async function oeffneMassnahmen(page: import('@playwright/test').Page, query = '') {
	await folgeLink(page, `/massnahmen${query}`);
	await expect(page.getByTestId('trefferzahl')).toContainText(/\d+ von 14\d Maßnahmen/, { timeout: 60_000 });
}

test('a status changed in the form survives a reload and shows in the table, the Steckbrief, the Statusbericht and the workspace file', async ({ page }) => {
	await oeffneMassnahmen(page);
	const zeile = page.locator('tr[data-massnahme="SB 4.1"]');
	await expect(zeile).toContainText('geplant');
	await expect(zeile).toContainText('Beispiel');
	await expect(page.getByTestId('kik-beispielhinweis')).toBeVisible();
	await page.getByRole('button', { name: 'Maßnahme SB 4.1 bearbeiten' }).click();
	const form = page.getByTestId('massnahmenformular');
	await form.getByLabel('Status').selectOption('laufend');
	await form.getByLabel('Umsetzungsgrad (%)').fill('30');
	await form.getByLabel('in diesen Stadtbezirken:').check();
	await form.getByLabel('Stadtbezirke der Maßnahme').selectOption(['41']);
	// Without an author the form refuses and says why.
	await form.getByRole('button', { name: 'Stand speichern' }).click();
	await expect(form.getByRole('alert')).toContainText('Eingetragen von');
	await form.getByLabel(/Eingetragen von/).fill('Test Fachrunde');
	await ohneBarrieren(page);
	await form.getByRole('button', { name: 'Stand speichern' }).click();
	await expect(form.getByTestId('gespeichert')).toContainText('SB 4.1 ist jetzt „laufend“');
	await expect(form.getByTestId('historie').locator('li')).toHaveCount(2);

	await page.reload();
	await expect(page.getByTestId('trefferzahl')).toContainText(/von 14\d Maßnahmen/, { timeout: 60_000 });
	await expect(zeile).toContainText('laufend');
	await expect(zeile).toContainText('30 %');
	await expect(zeile).not.toContainText('Beispiel');
	await page.getByTestId('filter-status').selectOption('laufend');
	await expect(page.locator('tr[data-massnahme="SB 4.1"]')).toHaveCount(1);
	await page.getByRole('button', { name: 'Maßnahme SB 4.1 bearbeiten' }).click();
	// The earlier state is still in the history.
	await expect(page.getByTestId('historie')).toContainText('geplant');
	await expect(page.getByTestId('historie')).toContainText('Test Fachrunde');

	await folgeLink(page, '/bezirk?b=41');
	await expect(page.getByTestId('steckbrief-massnahmen')).toContainText('SB 4.1', { timeout: 120_000 });
	await expect(page.getByTestId('steckbrief-massnahmen').locator('tr', { hasText: 'SB 4.1' })).toContainText('laufend');

	await folgeLink(page, '/statusbericht');
	await expect(page.getByTestId('aenderungen')).toBeVisible({ timeout: 90_000 });
	const wechsel = page.getByTestId('aenderungen').locator('table').first();
	await expect(wechsel.locator('tr', { hasText: 'SB 4.1' })).toContainText('geplant');
	await expect(wechsel.locator('tr', { hasText: 'SB 4.1' })).toContainText('laufend');
	await expect(page.getByTestId('statustabelle')).toContainText('Insgesamt');
	await ohneBarrieren(page);

	await folgeLink(page, '/daten');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Arbeitsbereich vollständig speichern' }).click()]);
	const datei = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
	const eintraege = datei.kik.verlauf.filter((e: { massnahme: string }) => e.massnahme === 'SB 4.1');
	expect(eintraege.map((e: { status: string }) => e.status)).toEqual(['geplant', 'laufend']);
	expect(eintraege[1]).toMatchObject({ geaendertVon: 'Test Fachrunde', bezirke: ['41'], stadtweit: false, umsetzungsgrad: 30, beispiel: false });
});

test('a faulty measure-state table is refused with file, row and column, and nothing changes', async ({ page }) => {
	await oeffneMassnahmen(page);
	const csv = 'massnahme;status;geaendert_am;geaendert_von\nSB 4.1;laufend;2026-01-10;AG\nSB 9.9;fertig;2026-01-10;AG\n';
	await page.getByTestId('import-stand').setInputFiles({ name: 'stand-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	const fehler = page.getByTestId('fehlermeldungen');
	await expect(fehler).toContainText('Datei „stand-2026.csv“, Zeile 3, Spalte „massnahme“: „SB 9.9“ ist keine Maßnahme des Integrationskonzepts');
	await expect(fehler).toContainText('Zeile 3, Spalte „status“: „fertig“ ist kein Status der Liste');
	await expect(page.locator('tr[data-massnahme="SB 4.1"]')).toContainText('geplant');
	await ohneBarrieren(page);
});

test('the goals show their judgement and chart, the gaps are named, and the Fachrunde steps by keyboard', async ({ page }) => {
	await oeffneMassnahmen(page);
	const ziel = page.getByTestId('ziel').filter({ hasText: 'Begegnungsstätte in 500 m' });
	await expect(ziel.getByTestId('urteil')).toHaveText('nicht auf Kurs', { timeout: 60_000 });
	await expect(ziel.locator('svg')).toHaveCount(1);
	await expect(ziel).toContainText('Quelle:');
	await expect(page.getByTestId('ziel').filter({ hasText: 'Interkulturelle Öffnung der Verwaltung' }).getByTestId('urteil')).toHaveText('nicht messbar');
	// Bühl – Süd: high need, its measures only planned or in preparation – one gap for all groups.
	await expect(page.getByTestId('lueckenliste').locator('tr', { hasText: '54 Bühl – Süd' })).toContainText('alle');
	// Bezirk 34 has a running Sprachcafé for Neuzugewanderte: gaps for the other groups only.
	const bezirk34 = page.getByTestId('lueckenliste').locator('tr', { hasText: '34 Innenstadt' });
	await expect(bezirk34.filter({ hasText: 'Frauen' })).toHaveCount(1);
	await expect(bezirk34.filter({ hasText: 'Neuzugewanderte' })).toHaveCount(0);

	await page.goto('/fachrunde');
	const zaehler = page.getByTestId('folienzaehler');
	await expect(zaehler).toContainText('Folie 1 von 8');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('ArrowRight');
	await expect(zaehler).toContainText('Folie 3 von 8: Sprache und Bildung');
	await expect(page.getByTestId('folie')).toContainText('SB 2.4');
	await page.keyboard.press('End');
	await expect(zaehler).toContainText('Interkulturelle Öffnung');
	await ohneBarrieren(page);
});

test('npm run statusbericht writes the report as an A4 PDF with every Handlungsfeld and the changes', () => {
	const ziel = join(mkdtempSync(join(tmpdir(), 'statusbericht-')), 'statusbericht.pdf');
	execFileSync('npm', ['run', 'statusbericht', '--', '--stichtag', '2025-12-31', '--out', ziel], { cwd: wurzel, stdio: 'pipe', timeout: 240_000 });
	const info = execFileSync('pdfinfo', [ziel], { encoding: 'utf8' });
	expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(8);
	const text = execFileSync('pdftotext', [ziel, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	for (const t of ['Statusbericht zum Integrationskonzept', 'Stand: 31.12.2025', 'Umsetzungsgrad', 'Zeichenerklärung', 'Impressum', 'Abb. 1', 'Tab. 1', 'Quelle:', 'Beispiel', ...HANDLUNGSFELDER]) expect(text).toContain(t);
	// The contents (page 2) give each chapter's page, and the chapter's heading stands on that page.
	const seiten = execFileSync('pdftotext', ['-enc', 'UTF-8', ziel, '-'], { encoding: 'utf8' }).split('\f').map((t) => t.replace(/\s+/g, ' '));
	const inhalt = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', ziel, '-'], { encoding: 'utf8' });
	const eintraege = [...inhalt.matchAll(/^\s*(\d+ .+?|Zeichenerklärung|Impressum)\s+(\d+)\s*$/gm)].map((m) => [m[1], Number(m[2])] as const);
	expect(eintraege.map(([t]) => t)).toEqual(['1 Zusammenfassung', '2 Änderungen seit dem letzten Bericht', ...HANDLUNGSFELDER.map((h, i) => `${i + 3} ${h}`), '9 Maßnahmen im Sozialraum', '10 Anhang: Methoden und Quellen', 'Zeichenerklärung', 'Impressum']);
	for (const [kapitel, seite] of eintraege) expect(seiten[seite - 1], `${kapitel} auf Seite ${seite}`).toContain(kapitel);
	expect(eintraege.map(([, seite]) => seite)).toEqual([...eintraege.map(([, seite]) => seite)].sort((a, b) => a - b));
	// Every word inside the page: the measure tables' last columns were once cut at the right margin.
	expect(ueberDenRand(ziel, 1, seiten.length - 1)).toEqual([]);
	// Page numbers in the running foot (CSS page-margin boxes), on every page but the title page.
	const anzahl = seiten.length - 1;
	expect(seiten[0]).not.toContain('Seite 1 von');
	seiten.slice(1, anzahl).forEach((t, i) => expect(t, `Seite ${i + 2}`).toContain(`Seite ${i + 2} von ${anzahl}`));
	// Changes since the previous Fachrunde (08.05.2024): AA 3.1 went from "nicht begonnen" to "geplant".
	const aenderungen = text.slice(text.indexOf('Maßnahmen mit geändertem Status'), text.indexOf('Neu erfasste Maßnahmen'));
	expect(aenderungen).toContain('AA 3.1');
	expect(aenderungen).toContain('nicht begonnen');
	let fehler = '';
	try {
		execFileSync('npm', ['run', 'statusbericht', '--', '--stichtag', '31.12.2025', '--out', ziel], { cwd: wurzel, stdio: 'pipe', timeout: 60_000 });
	} catch (e) {
		fehler = String((e as { stderr: Buffer }).stderr);
	}
	expect(fehler).toContain('„--stichtag“ fehlt oder ist kein Datum');
});

/** Reads a file on the data page, checks it and takes it over (or begins a city of its own with it). */
async function importiere(page: import('@playwright/test').Page, datei: string | { name: string; mimeType: string; buffer: Buffer }, stadt?: string) {
	await page.locator('#datei-wahl').setInputFiles(datei);
	await expect(page.getByText('wird gelesen')).toHaveCount(0);
	await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
	if (stadt) await page.getByTestId('neue-stadt').getByLabel('Name der Stadt').fill(stadt, { timeout: 90_000 });
	else await expect(page.getByTestId('pruefung-bestanden')).toBeVisible({ timeout: 90_000 });
	const gelesen = page.getByLabel('Ich habe die Hinweise gelesen.');
	if (await gelesen.count()) await gelesen.check();
	await page.getByRole('button', { name: stadt ? 'Eigene Stadt beginnen' : 'Übernehmen', exact: true }).click();
	await expect(page.getByTestId('import-fertig')).toBeVisible({ timeout: 90_000 });
}

test('a city of its own starts with no measures, states or goals of the demo, and takes its own measures and states through the templates', async ({ page }) => {
	test.setTimeout(500_000);
	// The demo's example states seen once, so the browser has a KIK state of the demo to keep apart.
	await oeffneMassnahmen(page);
	await folgeLink(page, '/daten');
	await importiere(page, join(IMPORT, 'fremde-stadt-grenzen.geojson'), 'Musterstadt');
	await importiere(page, join(IMPORT, 'fremde-stadt-2022.csv'));
	await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Maßnahmen' })).toHaveCount(0);
	await folgeLink(page, '/massnahmen');
	await expect(page.getByTestId('keine-massnahmen')).toBeVisible({ timeout: 120_000 });
	await expect(page.getByTestId('trefferzahl')).toHaveText('0 von 0 Maßnahmen');
	await expect(page.getByTestId('ziel')).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText(/Beispiel|Kempten|SB 2\.4/);

	// The own concept's measures through the data page's template columns, then their states through the KIK template.
	const liste = 'id,handlungsfeld,bereich,ziel_nr,ziel_text,text\nSB 1.1,SB,Bildung,1,Alle Kinder sprechen Deutsch bei der Einschulung,Sprachförderung in allen Kitas\nGT 1.1,GT,Teilhabe,1,Jedes Viertel hat einen Treffpunkt,Quartierstreffs aufbauen\n';
	await folgeLink(page, '/daten');
	await importiere(page, { name: 'musterstadt-massnahmen.csv', mimeType: 'text/csv', buffer: Buffer.from(liste) });
	await expect(page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Maßnahmen' })).toBeVisible();
	await folgeLink(page, '/massnahmen');
	await expect(page.getByTestId('trefferzahl')).toHaveText('2 von 2 Maßnahmen', { timeout: 120_000 });
	await expect(page.locator('tr[data-massnahme="SB 1.1"]')).toContainText('nicht erfasst');
	const vorlage = await (await page.request.get('/vorlagen/kik-massnahmenstand-vorlage.csv')).text();
	const kopf = vorlage.split('\n')[0];
	const zeile = kopf.split(',').map((k) => ({ massnahme: 'SB 1.1', status: 'laufend', umsetzungsgrad: '20', zielgruppen: 'Kinder', bezirke: 'stadtweit', geaendert_am: '2026-02-01', geaendert_von: 'AG Bildung' })[k] ?? '');
	await page.getByTestId('import-stand').setInputFiles({ name: 'musterstadt-stand.csv', mimeType: 'text/csv', buffer: Buffer.from(`${kopf}\n${zeile.join(',')}\n`) });
	await expect(page.getByText('„musterstadt-stand.csv“ übernommen.')).toBeVisible();
	await expect(page.locator('tr[data-massnahme="SB 1.1"]')).toContainText('laufend');
	await expect(page.locator('tr[data-massnahme="SB 1.1"]')).not.toContainText('Beispiel');
	await page.getByLabel('Ziele laden').setInputFiles({ name: 'musterstadt-ziele.csv', mimeType: 'text/csv', buffer: Buffer.from('ziel,kennzahl,bezeichnung,messbar,grund\nGT 1,eigen,Treffpunkte je Viertel,nein,Noch keine Zählung der Treffpunkte\n') });
	await expect(page.getByText('„musterstadt-ziele.csv“ übernommen.')).toBeVisible();
	await page.reload();
	await expect(page.locator('tr[data-massnahme="SB 1.1"]')).toContainText('20 %', { timeout: 120_000 });
	await expect(page.getByTestId('ziel').filter({ hasText: 'Treffpunkte je Viertel' }).getByTestId('urteil')).toHaveText('nicht messbar');
	await ohneBarrieren(page);

	// Back to the demo: its example states are there again, untouched by the other city.
	await folgeLink(page, '/daten');
	await page.getByRole('button', { name: 'Zu den Beispieldaten zurückkehren' }).click();
	await expect(page.getByText('Die Beispieldaten sind wieder geladen')).toBeVisible({ timeout: 120_000 });
	await oeffneMassnahmen(page);
	await expect(page.locator('tr[data-massnahme="SB 4.1"]')).toContainText('Beispiel');
	await expect(page.locator('tr[data-massnahme="SB 1.1"]')).not.toContainText('laufend');
});
