import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import readXlsxFile from 'read-excel-file/node';
import { ohneBarrieren } from './helpers';
import { layoutBefunde } from './layout';
import { flach, seiten, ueberDenRand } from './pdf';

const wurzel = join(import.meta.dirname, '../..');
const namen = csvParse(readFileSync(join(wurzel, 'static/data/kempten/stadtbezirk.csv'), 'utf8')).map((z) => z.name!);

/** The share with migration background of a group of districts, summed from the raw rows: the oracle. */
function mhAnteil(codes: string[], stichtag: string): string {
	const zeilen = csvParse(readFileSync(join(wurzel, 'static/data/kempten/bevoelkerung.csv'), 'utf8')).filter((z) => z.stichtag === stichtag && codes.includes(z.stadtbezirk!));
	const alle = zeilen.reduce((s, z) => s + Number(z.anzahl), 0);
	const mh = zeilen.filter((z) => z.status !== 'deutsch').reduce((s, z) => s + Number(z.anzahl), 0);
	return `${((100 * mh) / alle).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
}

async function inhalt(download: Download): Promise<Buffer> {
	return Buffer.concat(await (await download.createReadStream()).toArray());
}

async function bericht(page: Page, stichtag: string) {
	await page.goto(`/faktencheck?t=${stichtag}`);
	await page.waitForFunction(() => performance.getEntriesByName('bericht-fertig').length > 0, null, { timeout: 60_000 });
}

test('a district profile shows its values beside the city, and its development as line charts', async ({ page }) => {
	await page.goto('/bezirk?b=54');
	await expect(page.getByTestId('steckbrief-titel')).toHaveText('Steckbrief Stadtbezirk 54 Bühl – Süd');
	const zeile = page.getByTestId('steckbrief-tabelle').locator('tr', { hasText: 'Migrationshintergrund' }).first();
	await expect(zeile).toContainText(mhAnteil(['54'], '2020-12-31'));
	await expect(zeile).toContainText('38,2 %');
	await expect(zeile).toContainText('von 47');
	// The span of ranks the intervals allow stands apart from the rank.
	await expect(zeile.locator('td').last()).toHaveText(/^\d+ von 47( \(\d+–\d+\))?$/);
	await expect(page.getByTestId('steckbrief-tabelle')).toContainText('Anteil an den Ausländer*innen');
	// The share's 95 % Wilson interval stands beside it.
	await expect(page.getByTestId('steckbrief-tabelle').locator('thead')).toContainText('95-%-Intervall');
	await expect(zeile).toContainText(/\d,\d % – \d+,\d %/);
	const reihen = page.getByTestId('zeitreihen').locator('figure');
	await expect(reihen).toHaveCount(6);
	// Each small chart draws two lines (district and city) through the five Stichtage.
	await expect(reihen.first().locator('svg [data-mark="line"] path')).toHaveCount(2);
	await expect(reihen.first()).toContainText('Bezirk 54');
	await expect(page.locator('main')).toContainText('Beispieldaten');
	await page.getByLabel('Stadtbezirk', { exact: true }).selectOption('41');
	await expect(page.getByTestId('steckbrief-titel')).toHaveText('Steckbrief Stadtbezirk 41 Thingers – Süd');
	await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe('41');
});

test('a comparison of three columns, one of them a group, computed from counts, survives a reload', async ({ page }) => {
	await page.goto('/vergleich?a=40%2B41%2B43~Thingers');
	const tabelle = page.getByTestId('vergleichstabelle');
	await expect(tabelle.locator('thead th')).toHaveCount(3);
	for (const code of ['54', '11']) {
		await page.getByLabel('Weitere Spalte').selectOption(code);
		await page.getByRole('button', { name: 'Hinzufügen' }).click();
	}
	await expect(tabelle.locator('thead th')).toHaveText(['Indikator', 'Thingers', '54 Bühl – Süd', '11 Rothkreuz', 'Gesamtstadt']);
	const mh = tabelle.locator('tbody tr', { hasText: 'Migrationshintergrund' }).first();
	await expect(mh).toContainText(mhAnteil(['40', '41', '43'], '2020-12-31'));
	await expect(mh).toContainText(mhAnteil(['54'], '2020-12-31'));
	await expect(mh).toContainText('Pp.');
	await expect(page.getByTestId('vergleich-verlauf').locator('svg [data-mark="line"] path')).toHaveCount(4);
	await page.reload();
	await expect(tabelle.locator('thead th')).toHaveText(['Indikator', 'Thingers', '54 Bühl – Süd', '11 Rothkreuz', 'Gesamtstadt']);
	await expect(mh).toContainText(mhAnteil(['40', '41', '43'], '2020-12-31'));
});

test('a comparison at an earlier Stichtag: the link\'s t= chooses it, the choice stays in the link, a Stichtag the data lack is named', async ({ page }) => {
	await page.goto('/vergleich?a=40%2B41%2B43~Thingers,54&t=2017-12-31');
	const tabelle = page.getByTestId('vergleichstabelle');
	await expect(page.getByRole('heading', { name: 'Alle Indikatoren am 31.12.2017, mit Abstand zur Gesamtstadt' })).toBeVisible();
	const mh = tabelle.locator('tbody tr', { hasText: 'Migrationshintergrund' }).first();
	await expect(mh).toContainText(mhAnteil(['40', '41', '43'], '2017-12-31'));
	await page.getByLabel('Stichtag', { exact: true }).selectOption('2019-12-31');
	await expect(mh).toContainText(mhAnteil(['54'], '2019-12-31'));
	await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2019-12-31');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Alle Indikatoren am 31.12.2019, mit Abstand zur Gesamtstadt' })).toBeVisible();
	await page.goto('/vergleich?a=54&t=2030-12-31');
	await expect(page.getByRole('heading', { name: 'Alle Indikatoren am 31.12.2020, mit Abstand zur Gesamtstadt' })).toBeVisible();
	await expect(page.locator('main')).toContainText('2030-12-31');
});

test('the 2020 Faktencheck shows ten figures with sentences, the KIK key figures and the definitions', async ({ page }) => {
	await bericht(page, '2020-12-31');
	await expect(page.getByTestId('abbildung')).toHaveCount(10);
	await expect(page.getByTestId('kennzahlen')).toContainText('70.787');
	await expect(page.getByTestId('kennzahlen')).toContainText('27.027 = 38,2 %');
	await expect(page.getByText('Der Anteil der Menschen mit Migrationshintergrund stieg von 36,8 % (2016) auf 38,2 % (2020).')).toBeVisible();
	await expect(page.locator('main')).toContainText('Anteil Menschen mit Migrationshintergrund');
	// PySAL's segregation gives D = 19,7 for 2020 (tests/fixtures/statistik/referenz.json).
	await expect(page.getByText('D = 20: 20 % der Menschen mit Migrationshintergrund müssten')).toBeVisible();
	await expect(page.locator('main')).toContainText('Zuschnitt der Bezirke');
	for (const fig of await page.getByTestId('abbildung').all()) await expect(fig).toContainText('Quelle:');
	await page.locator('#bericht-stichtag').selectOption('2017-12-31');
	await expect(page.getByTestId('kennzahlen')).toContainText('70.157');
	await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2017-12-31');
});

test('the Faktencheck draws its figures once for the screen, their paper version when a print begins, anew for another Stichtag', async ({ page }) => {
	await bericht(page, '2020-12-31');
	const bildschirm = page.locator('.bildschirmbild .svg > svg');
	const papier = page.locator('.papierbild > svg');
	await expect(bildschirm).toHaveCount(10);
	await expect(papier).toHaveCount(0);
	await page.emulateMedia({ media: 'print' });
	await expect(papier).toHaveCount(10);
	await expect(papier.first()).toContainText('Stichtag 31.12.2020');
	await page.emulateMedia({ media: 'screen' });
	await page.locator('#bericht-stichtag').selectOption('2017-12-31');
	await expect(bildschirm.first()).toContainText('Stichtag 31.12.2017');
	await expect(bildschirm).toHaveCount(10);
	await expect(papier).toHaveCount(0);
	// The browser's print dialog, and page.pdf, begin with `beforeprint`.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(papier).toHaveCount(10);
	await expect(papier.first()).toContainText('Stichtag 31.12.2017');
	await expect(papier.first()).not.toContainText('Stichtag 31.12.2020');
});

test('a figure downloads as SVG and PNG with title and source, its table as XLSX', async ({ page }) => {
	await bericht(page, '2020-12-31');
	const abb4 = page.getByTestId('abbildung').nth(3);
	const laden = async (knopf: string) => {
		const [d] = await Promise.all([page.waitForEvent('download'), abb4.getByRole('button', { name: knopf, exact: true }).click()]);
		return d;
	};
	const svg = await laden('SVG');
	expect(svg.suggestedFilename()).toMatch(/_abb4_staatsangehoerigkeiten\.svg$/);
	const svgText = (await inhalt(svg)).toString('utf8');
	expect(svgText).toMatch(/^<\?xml|^<svg/);
	expect(svgText).toContain('Abbildung 4: Die zehn häufigsten Staatsangehörigkeiten');
	expect(svgText).toContain('Türkei');
	expect(svgText).toContain('Quelle: Generierte Beispieldaten');

	const png = await inhalt(await laden('PNG'));
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	// Not an empty canvas: decoded in the page, the PNG has coloured bars (Okabe–Ito orange) and dark text.
	const farbig = await page.evaluate(async (b64) => {
		const bild = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (z) => z.charCodeAt(0))], { type: 'image/png' }));
		const c = new OffscreenCanvas(bild.width, bild.height).getContext('2d')!;
		c.drawImage(bild, 0, 0);
		const { data } = c.getImageData(0, 0, bild.width, bild.height);
		let orange = 0;
		let dunkel = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (Math.abs(data[i] - 0xe6) + Math.abs(data[i + 1] - 0x9f) + Math.abs(data[i + 2]) < 12) orange++;
			if (data[i] + data[i + 1] + data[i + 2] < 150) dunkel++;
		}
		return { breite: bild.width, orange, dunkel };
	}, png.toString('base64'));
	expect(farbig.breite).toBeGreaterThanOrEqual(640);
	expect(farbig.orange).toBeGreaterThan(5000);
	expect(farbig.dunkel).toBeGreaterThan(500);

	const xlsx = await laden('Tabelle XLSX');
	expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
	const [blatt] = await readXlsxFile(await inhalt(xlsx));
	expect(blatt.data[0]).toEqual(['Rang', 'Staatsangehörigkeit', 'Personen', 'Anteil an den Ausländer*innen (%)']);
	// Numbers stay numbers, so the statistics office can compute with them.
	expect(blatt.data[1].slice(0, 3)).toEqual([1, 'Türkei', 2309]);
	expect(blatt.data.flat().join(' ')).toContain('Stichtag: 31.12.2020');
});

test('every figure downloads as an SVG whose text stays inside the picture and is nowhere under 12 px as drawn', async ({ page, context }) => {
	await bericht(page, '2020-12-31');
	const abbildungen = page.getByTestId('abbildung');
	const anzahl = await abbildungen.count();
	expect(anzahl).toBeGreaterThan(8);
	const ansicht = await context.newPage();
	const befunde: string[] = [];
	for (let i = 0; i < anzahl; i++) {
		const [d] = await Promise.all([page.waitForEvent('download'), abbildungen.nth(i).getByRole('button', { name: 'SVG', exact: true }).click()]);
		// The file as a reader opens it: the SVG alone, at the size it declares.
		await ansicht.setContent(`<!doctype html><html lang="de"><body style="margin:0">${(await inhalt(d)).toString('utf8').replace(/^<\?xml[^>]*>/, '')}</body></html>`);
		expect(await ansicht.locator('svg text').count(), d.suggestedFilename()).toBeGreaterThan(3);
		const b = await layoutBefunde(ansicht);
		befunde.push(...b.svg.map((x) => `${d.suggestedFilename()}: ${x}`));
	}
	expect(befunde).toEqual([]);
});

test('npm run report writes a multi-page A4 PDF of the Faktencheck', () => {
	const ziel = join(mkdtempSync(join(tmpdir(), 'bericht-')), 'faktencheck-2020.pdf');
	execFileSync('npm', ['run', 'report', '--', '--stichtag', '2020-12-31', '--out', ziel], { cwd: wurzel, stdio: 'pipe', timeout: 120_000 });
	const info = execFileSync('pdfinfo', [ziel], { encoding: 'utf8' });
	expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(5);
	expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
	const text = execFileSync('pdftotext', [ziel, '-'], { encoding: 'utf8' });
	expect(text).toContain('Faktencheck');
	expect(text).toContain('70.787');
	expect(text).toContain('Abbildung 9');
	let fehler = '';
	try {
		execFileSync('npm', ['run', 'report', '--', '--stichtag', '2030-12-31', '--out', ziel], { cwd: wurzel, stdio: 'pipe', timeout: 120_000 });
	} catch (e) {
		fehler = String((e as { stderr: Buffer }).stderr);
	}
	expect(fehler).toContain('Die Daten haben keinen Stichtag 2030-12-31.');
});

for (const quer of [false, true]) {
	test(`an A4 ${quer ? 'landscape' : 'portrait'} print of the atlas holds the whole map, its legend and source, and all 47 districts`, async ({ page }) => {
		await page.goto('/?b=41');
		await expect(page.locator('[data-gemalt*="|"]')).toHaveCount(1);
		await expect(page.getByTestId('bezirkstabelle').locator('tbody tr')).toHaveCount(47);
		// On paper the map is a picture of the whole canvas, inside the page width.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: quer ? 1047 : 718, height: 1000 });
		const karte = await page.locator('canvas.maplibregl-canvas').boundingBox();
		expect(karte!.width).toBeGreaterThan(300);
		expect(karte!.x + karte!.width).toBeLessThanOrEqual(quer ? 1047 : 718);
		const ziel = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'atlas.pdf');
		await page.pdf({ path: ziel, format: 'A4', landscape: quer, printBackground: true });
		// A name may take two lines of its column (after a slash, at a space), as long as it is whole.
		const text = execFileSync('pdftotext', [ziel, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').replace(/\/ /g, '/');
		const fehlend = namen.filter((n) => !text.includes(n));
		expect(fehlend).toEqual([]);
		for (const t of ['Anteil Menschen mit Migrationshintergrund', 'Stichtag 31.12.2020', 'Gesamtstadt', 'Quelle:', 'Beispieldaten', 'Stadtbezirk', 'Stadtteil', '3 Bezirke']) expect(text).toContain(t);
		// The paper says the data are examples, not how to load others on a screen it is not.
		for (const t of ['Eigene Daten der Stadt laden', 'Zum Inhalt springen', 'verlassen Ihren Rechner nicht']) expect(text).not.toContain(t);
		// Every page is numbered in either orientation, its foot naming what it shows.
		const s = seiten(ziel).map(flach);
		expect(s.length).toBeGreaterThan(1);
		s.forEach((t, i) => expect(t, `Seite ${i + 1}`).toContain(`Seite ${i + 1} von ${s.length}`));
		expect(s[0]).toContain('Sozialraumatlas Kempten (Allgäu) – Anteil Menschen mit Migrationshintergrund');
	});
}

test('the atlas printed with a scenario offer, after print media has been on for seconds, shows the scenario and prints the ranking with its columns readable', async ({ page }) => {
	await page.goto('/?m=bivariat&g=neuzugewandert');
	await expect(page.locator('[data-gemalt*="|bivariat|"]')).toHaveCount(1);
	await page.getByText('Szenario', { exact: true }).click();
	await page.getByLabel('oder im Bevölkerungsschwerpunkt eines Bezirks').selectOption('70');
	await page.getByRole('button', { name: 'Setzen', exact: true }).click();
	await expect(page.locator('#karte-titel')).toContainText('mit Szenario: 1 hypothetisches Angebot');
	const rangfolge = page.getByTestId('handlungsbedarf');
	await expect(rangfolge.locator('thead')).toContainText('Rang mit Szenario');
	const bezirke = (await rangfolge.locator('tbody th').allTextContents()).map((t) => t.trim());
	expect(bezirke.length).toBeGreaterThan(30);
	// As a reader prints it: the dialog opens on print media, and a while passes before the PDF is made.
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: 718, height: 1000 });
	await page.waitForTimeout(3000);
	const karte = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	expect(karte.x + karte.width).toBeLessThanOrEqual(718);
	const ziel = join(mkdtempSync(join(tmpdir(), 'atlas-szenario-')), 'atlas.pdf');
	await page.pdf({ path: ziel, format: 'A4', printBackground: true });
	const text = flach(seiten(ziel).join(' ')).replace(/\/ /g, '/');
	expect(text).toContain('mit Szenario: 1 hypothetisches Angebot');
	expect(text).toContain('Die Spalten „mit Szenario“ enthalten hypothetische Angebote');
	// Every column of the ranking on the paper, every district of it whole, no word in the margins.
	for (const spalte of ['Rang', 'Stadtbezirk', 'Bedarfsindex', 'Nicht erreicht', 'Fußweg (Median)', 'Erreicht mit Szenario', 'Rang mit Szenario']) expect(text).toContain(spalte);
	expect(bezirke.filter((b) => !text.includes(b))).toEqual([]);
	expect(ueberDenRand(ziel, 1, seiten(ziel).length, 12)).toEqual([]);
});

test('a printed Steckbrief numbers its pages, names the district in its foot and carries no web banner', async ({ page }) => {
	await page.goto('/bezirk?b=54');
	await expect(page.getByTestId('zeitreihen').locator('figure svg')).toHaveCount(6, { timeout: 30_000 });
	await page.emulateMedia({ media: 'print' });
	const ziel = join(mkdtempSync(join(tmpdir(), 'steckbrief-')), 'steckbrief.pdf');
	await page.pdf({ path: ziel, format: 'A4', preferCSSPageSize: true, printBackground: true });
	const s = seiten(ziel).map(flach);
	expect(s.length).toBeGreaterThan(1);
	// A printed page is no browser: the web header's word on where the data are computed stays on the screen.
	expect(s.join(' ')).not.toContain('verlassen Ihren Rechner nicht');
	s.forEach((t, i) => {
		expect(t, `Seite ${i + 1}`).toContain(`Seite ${i + 1} von ${s.length}`);
		expect(t, `Seite ${i + 1}`).toContain('Steckbrief 54 Bühl – Süd – Kempten (Allgäu), Stichtag 31.12.2020');
	});
});

test('the presentation steps by keyboard and clicker and shows names on its map', async ({ page }) => {
	await page.goto('/praesentation?a=40%2B41%2B43~Thingers,54');
	const zaehler = page.getByTestId('folienzaehler');
	// Title, two maps, the comparison, the seven charts of the report and its segregation figure.
	await expect(zaehler).toContainText('Folie 1 von 12');
	await page.keyboard.press('ArrowRight');
	await expect(zaehler).toContainText('Folie 2 von');
	// Names where they fit at projector size (the inner city is too dense for all of them).
	await expect(page.getByTestId('folie').locator('svg').first()).toContainText('Thingers – Nord');
	await expect(page.getByTestId('folie').locator('svg').first()).toContainText('Marienberg – Süd');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(zaehler).toContainText('Folie 4 von');
	await expect(zaehler).toContainText('Vergleich: Thingers · 54 Bühl – Süd');
	await expect(page.getByTestId('folie').locator('table')).toContainText(mhAnteil(['40', '41', '43'], '2020-12-31'));
	await page.keyboard.press('PageUp');
	await expect(zaehler).toContainText('Folie 3 von');
	await page.keyboard.press('End');
	await page.keyboard.press('PageUp');
	await expect(zaehler).toContainText('Folie 11 von 12: Aufenthaltsdauer');
	await page.keyboard.press('End');
	await expect(zaehler).toContainText('Folie 12 von 12: Segregation');
	await expect(page.getByTestId('folie').locator('svg').first()).toContainText('Dissimilarität D');
	await page.getByRole('link', { name: 'Zurück zum Atlas' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#karte-titel')).toBeVisible();
});

for (const [pfad, bereit] of [
	['/bezirk?b=54', 'main svg'],
	['/vergleich?a=40%2B41%2B43~Thingers,54', 'main svg'],
	['/faktencheck?t=2020-12-31', 'main svg'],
	['/steckbriefe?stadtteil=4', 'main svg'],
	['/praesentation', '.gross dd']
]) {
	test(`axe-core finds no WCAG 2.1 AA violation on ${pfad}`, async ({ page }) => {
		await page.goto(pfad);
		await expect(page.locator(bereit).first()).toBeVisible({ timeout: 30_000 });
		await expect(page.getByText('wird berechnet')).toHaveCount(0);
		await ohneBarrieren(page);
	});
}
