/**
 * The printed publications read back as a reader gets them: `npm run report` and `npm run steckbriefe`
 * write PDFs, pdftotext gives each page's text.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { flach, fuellung, getrennteEinheiten, seiten, ueberDenRand } from './pdf';

const wurzel = join(import.meta.dirname, '../..');
const bezirke = csvParse(readFileSync(join(wurzel, 'static/data/kempten/stadtbezirk.csv'), 'utf8'));

/** "Abbildung 8: Anteil … je Stadtbezirk ........ 8" → [text, 8] for every line of the contents. */
function inhaltszeilen(inhalt: string): [string, number][] {
	return [...inhalt.matchAll(/^\s*(.+?)\s+(\d+)\s*$/gm)].map((m) => [m[1], Number(m[2])]);
}

test('the Faktencheck PDF is a publication: title page, contents with pages, tables, keys beside the maps with room to spare, symbol key, Impressum, page numbers', () => {
	const ziel = join(mkdtempSync(join(tmpdir(), 'publikation-')), 'faktencheck.pdf');
	execFileSync('npm', ['run', 'report', '--', '--stichtag', '2020-12-31', '--out', ziel], { cwd: wurzel, stdio: 'pipe', timeout: 180_000 });
	const s = seiten(ziel);
	const n = s.length;

	const titel = flach(s[0]);
	for (const soll of ['Kempten (Allgäu)', 'Faktencheck Migration Kempten (Allgäu)', 'Stichtag 31.12.2020', 'Herausgeber: Sozialraumatlas']) expect(titel).toContain(soll);
	for (const web of ['verlassen Ihren Rechner nicht', 'Eigene Daten der Stadt laden', 'Sozialraumatlas Kempten', 'Drucken', 'Atlas', 'Seite 1 von']) expect(titel).not.toContain(web);

	expect(s[1]).toMatch(/^\s*Inhalt/);
	const eintraege = inhaltszeilen(execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', ziel, '-'], { encoding: 'utf8' })).filter(([t]) => !t.startsWith('Faktencheck'));
	expect(eintraege.map(([t]) => t)).toEqual(expect.arrayContaining(['1 Auf einen Blick', 'Abbildung 1: Bevölkerung nach Migrationsstatus', 'Tabelle 1: Bevölkerung nach Migrationsstatus', 'Zeichenerklärung', 'Impressum']));
	// Every page number in the contents is the page the entry stands on.
	for (const [text, seite] of eintraege) {
		const kopf = /^(Abbildung|Tabelle) \d+:/.exec(text)?.[0] ?? text;
		expect(flach(s[seite - 1]), `${text} auf Seite ${seite}`).toContain(kopf);
	}

	const alles = flach(s.join(' '));
	expect(alles).toMatch(/Tabelle 1: Bevölkerung nach Migrationsstatus.*Quelle:/);
	expect(alles).toContain('Gesamtstadt');
	expect(alles).toMatch(/Zeichenerklärung • .*Zahlenwert geheim gehalten/);
	expect(alles).toMatch(/Impressum.*Herausgeber:/);
	expect(alles).not.toContain('verlassen Ihren Rechner nicht');

	// A map's page (after the contents) holds the key: every district's number, twice (map and key), and its name.
	const kartenseiten = s.slice(2).filter((t) => /Abbildung \d+: Anteil [^:]+ je Stadtbezirk/.test(flach(t)));
	expect(kartenseiten.length).toBe(2);
	for (const t of kartenseiten) {
		expect(t).toContain('Stadtbezirke (Nummern in der Karte)');
		const woerter = flach(t).split(' ');
		for (const b of bezirke) {
			// A long name may break after a slash.
			expect(flach(t).replaceAll('/ ', '/'), `Bezirk ${b.code}`).toContain(b.name);
			expect(woerter.filter((w) => w === b.code).length, `Nummer ${b.code}`).toBeGreaterThanOrEqual(2);
		}
	}

	s.slice(1).forEach((t, i) => expect(t).toContain(`Seite ${i + 2} von ${n}`));
	// A number never breaks from its unit ("16,5 %" on one line).
	expect(getrennteEinheiten(s)).toEqual([]);
	// Every page keeps every word inside its margins: figures drawn for paper, the wide district table too.
	expect(ueberDenRand(ziel, 1, n)).toEqual([]);
	// Figures are set two to a page and a map with its key to one: no page of figures is left half empty.
	const abbildungen = eintraege.find(([t]) => t === '2 Abbildungen')![1];
	const tabellen = eintraege.find(([t]) => t === '3 Tabellen')![1];
	const fuellungen = fuellung(ziel, abbildungen, tabellen - 1);
	const leer = fuellungen.flatMap((f, i) => (f < 0.6 ? [`Seite ${abbildungen + i}: bis ${Math.round(f * 100)} % gefüllt`] : []));
	expect(leer).toEqual([]);
	// A map's page keeps room to spare (before: 12 of 265 mm): a longer source or district name does not
	// push its last sentence onto a page of its own.
	const voll = fuellungen.flatMap((f, i) => (kartenseiten.includes(s[abbildungen - 1 + i]) && f > 0.92 ? [`Seite ${abbildungen + i}: bis ${Math.round(f * 100)} % gefüllt`] : []));
	expect(voll).toEqual([]);
	// Maps and charts are vectors: the PDF holds no raster image.
	expect(execFileSync('pdfimages', ['-list', ziel], { encoding: 'utf8' }).trim().split('\n').length).toBe(2);
});

test('npm run steckbriefe writes one PDF: title page, contents with each district\'s page, one page per district; a Stadtteil gets its own', () => {
	const ordner = mkdtempSync(join(tmpdir(), 'steckbriefe-'));
	const ziel = join(ordner, 'steckbriefe.pdf');
	const ausgabe = execFileSync('npm', ['run', 'steckbriefe', '--', '--out', ziel], { cwd: wurzel, encoding: 'utf8', timeout: 180_000 });
	expect(ausgabe).toMatch(/Steckbriefe in \d+,\d s geschrieben/);
	const s = seiten(ziel);
	expect(s.length).toBe(2 + bezirke.length);
	expect(flach(s[0])).toContain('Steckbriefe der Stadtbezirke');
	expect(flach(s[0])).not.toContain('verlassen Ihren Rechner nicht');
	expect(s[1]).toMatch(/^\s*Inhalt/);
	// The contents stand in two columns and long names wrap: a district's number is followed by its page, no digits between.
	const inhalt = flach(execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', ziel, '-'], { encoding: 'utf8' }));
	const seiteVon = new Map([...inhalt.matchAll(/Stadtbezirk (\d+)\D*?(\d+)/g)].map((m) => [m[1], Number(m[2])]));
	bezirke.forEach((b, i) => {
		const titel = `Stadtbezirk ${b.code} ${b.name}`;
		// Each district heads exactly one page, the one the contents name.
		expect(s.filter((t) => flach(t).trimStart().startsWith(titel)), titel).toHaveLength(1);
		expect(flach(s[i + 2]).trimStart().startsWith(titel)).toBe(true);
		expect(seiteVon.get(b.code), titel).toBe(i + 3);
		expect(s[i + 2]).toContain(`Seite ${i + 3} von ${s.length}`);
	});
	expect(ueberDenRand(ziel, 1, s.length)).toEqual([]);
	expect(getrennteEinheiten(s)).toEqual([]);
	// Every development chart states the range all districts share.
	expect(flach(s[2])).toMatch(/Achse \d+,\d bis \d+,\d %, in allen Steckbriefen gleich/);

	const teil = join(ordner, 'stadtteil-4.pdf');
	execFileSync('npm', ['run', 'steckbriefe', '--', '--stadtteil', '4', '--out', teil], { cwd: wurzel, stdio: 'pipe', timeout: 180_000 });
	const imTeil = bezirke.filter((b) => b.stadtteil === '4');
	expect(imTeil.length).toBeGreaterThan(1);
	expect(seiten(teil).length).toBe(2 + imTeil.length);
	expect(flach(seiten(teil)[0])).toContain('Stadtteil 4');
});

/**
 * The print from the browser's own button: Paged.js sets the pages on screen, the contents get their page
 * numbers, and what Chromium then prints is those pages. Read back from the PDF, each entry's text
 * stands on the page its number names.
 */
for (const [pfad, mark, name] of [
	['/faktencheck?t=2020-12-31', 'bericht-fertig', 'Faktencheck'],
	['/steckbriefe?stadtteil=4', 'steckbriefe-fertig', 'book of Steckbriefe']
] as const) {
	test(`the ${name} printed from the browser has its pages set, the contents with page numbers, and a way back`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(pfad);
		await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 180_000 });
		await page.getByRole('button', { name: 'Drucken oder als PDF speichern' }).click();
		await page.waitForFunction(() => performance.getEntriesByName('druckfassung-fertig').length > 0, null, { timeout: 180_000 });
		const fassung = page.getByTestId('druckfassung');
		await expect(fassung.getByRole('button', { name: 'Drucken oder als PDF speichern' })).toBeFocused();
		const eintraege = await fassung.locator('.pagedjs_page [data-ziel]').evaluateAll((e) =>
			e.map((x) => ({ suche: (x as HTMLElement).dataset.suche!, seite: Number(x.querySelector('[data-seite]')!.textContent) }))
		);
		expect(eintraege.length).toBeGreaterThan(1);

		const ziel = join(mkdtempSync(join(tmpdir(), 'druckfassung-')), 'druck.pdf');
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: ziel, preferCSSPageSize: true, printBackground: true });
		expect(execFileSync('pdfinfo', [ziel], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
		const s = seiten(ziel).map(flach);
		expect(s.length).toBe(await fassung.locator('.pagedjs_page').count());
		expect(s[1]).toMatch(/^\s*Inhalt/);
		for (const e of eintraege) expect(s[e.seite - 1], `„${e.suche}“ auf Seite ${e.seite}`).toContain(e.suche);
		s.slice(1).forEach((t, i) => expect(t).toContain(`Seite ${i + 2} von ${s.length}`));
		expect(s.join(' ')).not.toContain('Zurück zur Ansicht');
		expect(ueberDenRand(ziel, 1, s.length)).toEqual([]);

		await page.emulateMedia({ media: 'screen' });
		await fassung.getByRole('button', { name: 'Zurück zur Ansicht' }).click();
		await expect(page.getByTestId('druckfassung')).toHaveCount(0);
		await expect(page.locator('main h1').first()).toBeVisible();
	});
}

test("the Steckbrief page's link prints the book of its Stadtteil: its pages set, one for each of the Stadtteil's districts", async ({ page }) => {
	test.setTimeout(300_000);
	const b54 = bezirke.find((b) => b.code === '54')!;
	const imTeil = bezirke.filter((b) => b.stadtteil === b54.stadtteil);
	await page.goto('/bezirk?b=54');
	await expect(page.getByTestId('alle-steckbriefe')).toBeVisible({ timeout: 45_000 });
	await page.getByRole('link', { name: `… nur Stadtteil ${b54.stadtteil}` }).click();
	await page.waitForFunction(() => performance.getEntriesByName('druckfassung-fertig').length > 0, null, { timeout: 180_000 });
	const seitenImBuch = page.getByTestId('druckfassung').locator('.pagedjs_page');
	// Title page, contents, one page per district.
	await expect(seitenImBuch).toHaveCount(2 + imTeil.length);
	for (const [i, b] of imTeil.entries()) await expect(seitenImBuch.nth(2 + i)).toContainText(`Stadtbezirk ${b.code} ${b.name}`);
});
