/**
 * Issue 13, as an attacker with a spreadsheet: what one page or download shows is combined with what
 * another shows, and a withheld value must not come back. Each case reads only what the page shows.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { dsvFormat } from 'd3-dsv';
import { join } from 'node:path';
import { folgeLink, oeffneAtlas, waehleDatei, zumAtlas } from './helpers';

const STICHTAG = '2020-12-31';
const GESPERRT = '•';

async function csv(download: Download): Promise<string[][]> {
	const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8').replace(/^\uFEFF/, '');
	return dsvFormat(';').parseRows(text);
}

const zahl = (t: string) => Number(t.replace(/\./g, '').replace(',', '.'));

async function tabelleVonAbb(page: Page, nr: number): Promise<string[][]> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: `Abb. ${nr} herunterladen` }).getByRole('button', { name: 'Tabelle CSV' }).click()]);
	return csv(download);
}

/** Raises the protection of the default data set on the data page (raising is allowed, lowering not). */
async function einstellen(page: Page, feld: 'Geheimhaltung: Zahlen unter' | 'Anteile erst ab Einwohner*innen je Bezirk (0 = immer)', wert: number): Promise<void> {
	await folgeLink(page, '/daten');
	await page.getByLabel(feld).fill(String(wert));
	await page.getByRole('button', { name: 'Einstellungen übernehmen' }).click();
	await expect(page.getByText('Einstellungen übernommen.')).toBeVisible({ timeout: 180_000 });
}

test('Faktencheck Abb. 1 minus the shown cells of Abb. 2 never leaves one withheld cell alone (CSV downloads)', async ({ page }) => {
	test.setTimeout(240_000);
	// At the default threshold the city's pyramid has no small cell; at 30 its oldest Ausländer and Eingebürgerte are.
	await einstellen(page, 'Geheimhaltung: Zahlen unter', 30);
	await folgeLink(page, `/faktencheck?t=${STICHTAG}`);
	await page.waitForFunction(() => performance.getEntriesByName('bericht-fertig').length > 0, null, { timeout: 60_000 });
	const abb1 = await tabelleVonAbb(page, 1);
	const abb2 = await tabelleVonAbb(page, 2);
	// Each file opens with its figure's title, then the header.
	expect(abb1[0][0]).toMatch(/^Abbildung 1: /);
	expect(abb2[0][0]).toMatch(/^Abbildung 2: /);
	expect(abb1[1]).toEqual(['Gruppe', 'Personen', 'Anteil an der Bevölkerung (%)']);
	expect(abb2[1]).toEqual(['Altersgruppe', 'Geschlecht', 'Gruppe', 'Personen']);
	const zellen = abb2.slice(2).filter((z) => z.length === 4 && z[0] !== '');
	const gruppen = abb1.slice(2).filter((z) => z.length === 3 && z[0] !== '' && z[1] !== '');
	expect(gruppen.length).toBeGreaterThan(2);
	let gesperrtInsgesamt = 0;
	for (const [gruppe, personen] of gruppen) {
		const eigene = zellen.filter((z) => z[2] === gruppe);
		expect(eigene.length, gruppe).toBeGreaterThan(0);
		const gesperrt = eigene.filter((z) => z[3] === GESPERRT).length;
		gesperrtInsgesamt += gesperrt;
		if (personen === GESPERRT) continue;
		const rest = zahl(personen) - eigene.filter((z) => z[3] !== GESPERRT).reduce((s, z) => s + zahl(z[3]), 0);
		// The group's total minus its shown bars is the sum of its withheld bars: one alone would be given away.
		expect(gesperrt, `${gruppe}: ${personen} − gezeigte Felder = ${rest}`).not.toBe(1);
		if (gesperrt === 0) expect(rest, gruppe).toBe(0);
	}
	// The check above ran on withheld cells.
	expect(gesperrtInsgesamt).toBeGreaterThan(1);
});

/** The citizenships the district profile names (its chart lists up to ten). */
async function staatenImSteckbrief(page: Page, code: string): Promise<string[]> {
	await folgeLink(page, `/bezirk?b=${code}`);
	await expect(page.getByTestId('steckbrief-titel')).toContainText(`Stadtbezirk ${code} `);
	const abschnitt = page.locator('section[aria-labelledby="staaten-titel"]');
	await expect(abschnitt.locator('svg')).toBeVisible({ timeout: 60_000 });
	// The chart is drawn into its frame once the frame is measured: the names are read when they are there.
	const namen = abschnitt.locator('svg g[data-mark="y-axis tick label"] text');
	await expect(namen.first()).toBeAttached();
	// A name too long for its margin is cut with "…" and keeps its full text in its <title>.
	return namen.evaluateAll((texte) => texte.map((t) => t.querySelector('title')?.textContent ?? t.textContent ?? ''));
}

async function vergleichszeile(page: Page, auswahl: string, zeile: string): Promise<string[]> {
	await folgeLink(page, `/vergleich?a=${encodeURIComponent(auswahl)}`);
	const tr = page.getByTestId('vergleichstabelle').locator('tbody tr', { has: page.locator('th', { hasText: zeile }) }).first();
	await expect(tr.locator('td').first()).not.toHaveText('', { timeout: 60_000 });
	await expect(tr.locator('td').first()).not.toContainText('…');
	return (await tr.locator('td').allTextContents()).map((t) => t.trim().split('\n')[0].trim());
}

/** The atlas profile's counts of a district: row name → shown text. */
async function profilzahlen(page: Page, code: string): Promise<Map<string, string>> {
	await zumAtlas(page, `?b=${code}`);
	const zeilen = page.getByTestId('bezirksprofil').locator('tbody tr');
	await expect(zeilen).toHaveCount(20);
	const paare = await zeilen.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
	return new Map(paare as [string, string][]);
}

/** The Steckbrief pyramid's bars as its tooltips name them: "Ausländer*innen, Frauen, 85+: 3". */
async function pyramidenbalken(page: Page, code: string): Promise<{ gruppe: string; wer: string; alter: string; anzahl: number }[]> {
	await folgeLink(page, `/bezirk?b=${code}`);
	const abschnitt = page.locator('section[aria-labelledby="alter-titel"]');
	await expect(abschnitt.locator('svg')).toBeVisible({ timeout: 60_000 });
	return (await abschnitt.locator('svg g[data-mark="bar"] title').allTextContents()).map((t) => {
		const [, gruppe, wer, alter, anzahl] = /^(.+), (Männer|Frauen), (.+): ([\d.]+)$/.exec(t)!;
		return { gruppe, wer, alter, anzahl: zahl(anzahl) };
	});
}

// 54 is the case (its total of Ausländer*innen less the pyramid's bars was one woman of 85+), 61 the Eingebürgerte's.
for (const code of ['54', '61']) {
	test(`Steckbrief ${code}: the age pyramid's bars against the profile's counts leave no single withheld bar to subtract`, async ({ page }) => {
		const profil = await profilzahlen(page, code);
		const balken = await pyramidenbalken(page, code);
		const felder = new Set(balken.map((b) => `${b.wer}|${b.alter}`));
		expect(felder.size).toBeGreaterThan(30);
		const summen: [string, string, string[]][] = [
			['Ausländer*innen', profil.get('Ausländer*innen (Anzahl)')!, ['Ausländer*innen']],
			['Menschen mit Migrationshintergrund', profil.get('MH (Anzahl)')!, ['Ausländer*innen', 'Aussiedler*innen', 'Eingebürgerte']]
		];
		const einwohner = profil.get('Einwohner*innen')!;
		const mh = profil.get('MH (Anzahl)')!;
		if (einwohner !== GESPERRT && mh !== GESPERRT) summen.push(['Deutsche ohne Migrationshintergrund', String(zahl(einwohner) - zahl(mh)), ['Deutsche ohne Migrationshintergrund']]);
		for (const [name, gesamt, gruppen] of summen) {
			if (gesamt === GESPERRT) continue;
			const gezeigt = balken.filter((b) => gruppen.includes(b.gruppe));
			const rest = zahl(gesamt) - gezeigt.reduce((a, b) => a + b.anzahl, 0);
			// Bars the pyramid lacks for these groups (a withheld count, or none at all).
			const fehlend = [...felder].flatMap((f) => gruppen.filter((g) => !gezeigt.some((b) => b.gruppe === g && `${b.wer}|${b.alter}` === f)));
			expect(rest, name).toBeGreaterThanOrEqual(0);
			// One missing bar beside a non-zero rest would be that rest.
			if (rest > 0) expect(fehlend.length, `${name}: ${rest} in ${fehlend.length} fehlenden Balken`).toBeGreaterThanOrEqual(2);
		}
	});
}

// 61 and 80 show fewer than ten citizenships each and have withheld ones.
test('Vergleich: the union 61+80 names no citizenship beyond those its districts show', async ({ page }) => {
	const in61 = await staatenImSteckbrief(page, '61');
	const in80 = await staatenImSteckbrief(page, '80');
	const [gruppe, nur61, nur80] = await vergleichszeile(page, '61+80,61,80', 'Staatsangehörigkeiten');
	expect(in61.length).toBeGreaterThan(0);
	expect(in80.length).toBeGreaterThan(0);
	// A district counts the citizenships it shows: those its profile names, and those shown only in another
	// breakdown (by Fluchthintergrund). The union can have no more: one more would be a withheld one.
	const genannt = new Set([...in61, ...in80]).size;
	const sonst = zahl(nur61) - in61.length + (zahl(nur80) - in80.length);
	expect(zahl(nur61)).toBeGreaterThanOrEqual(in61.length);
	expect(zahl(nur80)).toBeGreaterThanOrEqual(in80.length);
	expect(zahl(gruppe)).toBeGreaterThanOrEqual(genannt);
	expect(zahl(gruppe)).toBeLessThanOrEqual(genannt + sonst);
});

// The demo data's district 81 has 517 inhabitants, 37 has 568: a minimum of 520 falls between them.
test('with a minimum population of 520, district 81 (517 inhabitants) shows no share in Vergleich or Präsentation', async ({ page }) => {
	test.setTimeout(240_000);
	await einstellen(page, 'Anteile erst ab Einwohner*innen je Bezirk (0 = immer)', 520);
	const [einwohner81, einwohner37] = await vergleichszeile(page, '81,37', 'Einwohner');
	expect(zahl(einwohner81)).toBeLessThan(520);
	expect(zahl(einwohner37)).toBeGreaterThanOrEqual(520);
	for (const zeile of ['Migrationshintergrund', 'Ausländer']) {
		const [w81, w37, stadt] = await vergleichszeile(page, '81,37', zeile);
		expect(w81, zeile).toBe(GESPERRT);
		expect(w37, zeile).toMatch(/\d,\d %/);
		expect(stadt, zeile).toMatch(/\d,\d %/);
	}
	await folgeLink(page, '/praesentation?a=81');
	const zaehler = page.getByTestId('folienzaehler');
	// All slides are there once the report's figures are (title, two maps, the comparison, the figures).
	await expect(zaehler).toContainText(/Folie 1 von \d\d/, { timeout: 60_000 });
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(zaehler).toContainText('Folie 4 von');
	await expect(zaehler).toContainText('Vergleich: 81');
	const tabelle = page.getByTestId('folie').locator('table');
	for (const zeile of ['Migrationshintergrund', 'Ausländer']) {
		const tr = tabelle.locator('tbody tr', { has: page.locator('th', { hasText: zeile }) }).first();
		await expect(tr.locator('td').first(), zeile).toHaveText(GESPERRT);
	}
});

test('an import’s take-over shows the protection’s progress as a labelled progress bar', async ({ page }) => {
	await page.goto('/daten');
	await waehleDatei(page, join(import.meta.dirname, '../fixtures/import/gut/bezirke-2021-win1252.csv'));
	await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
	await expect(page.getByTestId('pruefung-bestanden')).toBeVisible({ timeout: 60_000 });
	const gelesen = page.getByLabel('Ich habe die Hinweise gelesen.');
	if (await gelesen.count()) await gelesen.check();
	// On a fast machine the bar may live shorter than a poll: every bar that appears is noted as it appears.
	await page.evaluate(() => {
		const gesehen: string[] = [];
		(window as unknown as { balken: string[] }).balken = gesehen;
		new MutationObserver(() => {
			for (const p of document.querySelectorAll('label progress')) gesehen.push(`${p.closest('label')!.textContent!.trim()}|${p.getAttribute('aria-valuetext')}`);
		}).observe(document.body, { subtree: true, childList: true, attributes: true });
	});
	await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
	await expect(page.getByTestId('import-fertig')).toBeVisible({ timeout: 60_000 });
	const gesehen = await page.evaluate(() => (window as unknown as { balken: string[] }).balken);
	expect(gesehen.some((b) => /^Geheimhaltung aller Tabellen wird geprüft.*\|\d+ %$/.test(b)), gesehen.join('; ')).toBe(true);
	await expect(page.getByRole('progressbar', { name: /Geheimhaltung aller Tabellen wird geprüft/ })).toHaveCount(0);
	await zumAtlas(page);
});
