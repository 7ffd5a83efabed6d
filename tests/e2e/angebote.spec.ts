import { expect, test, type Page } from '@playwright/test';
import { karteZeigt, ohneBarrieren, oeffneAtlas, pixelJeFarbe, adresse } from './helpers';

/** Map pixels per offer category colour (Okabe–Ito), read back from the WebGL canvas. */
const pixelJeKategorie = (page: Page) =>
	pixelJeFarbe(page, [[230, 159, 0], [0, 114, 178], [0, 158, 115], [204, 121, 167], [86, 180, 233]], 8);

async function angeboteBereit(page: Page) {
	await expect(page.locator('[data-ebenen="bereit"]')).toHaveCount(1);
	await expect(page.getByTestId('angebotsliste')).toBeVisible();
}

/** Table value of a district as a number ("12,5 %" → 12.5). */
async function tabellenwert(page: Page, bezirk: string): Promise<number> {
	const zeile = page.getByTestId('bezirkstabelle').locator('tbody tr', { has: page.getByRole('button', { name: bezirk, exact: true }) });
	const text = (await zeile.locator('td.zahl').first().textContent())!;
	return Number(text.replace(/[^\d,−-]/g, '').replace(',', '.').replace('−', '-'));
}

test('the offers layer renders on the map, and filtering by Handlungsfeld shortens list and map', async ({ page }) => {
	await oeffneAtlas(page);
	await angeboteBereit(page);
	await expect(page.getByTestId('angebotsliste').locator('li')).toHaveCount(57);
	await expect.poll(async () => (await pixelJeKategorie(page)).reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
	const vorher = await pixelJeKategorie(page);
	await page.getByRole('checkbox', { name: 'Gesundheit und Pflege' }).check();
	const liste = page.getByTestId('angebotsliste').locator('li');
	await expect.poll(() => liste.count()).toBeLessThan(57);
	const anzahl = await liste.count();
	expect(anzahl).toBeGreaterThan(0);
	await expect(page.getByText(`${anzahl} von 57 Angeboten`)).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('hf')).toBe('GP');
	await expect.poll(async () => (await pixelJeKategorie(page)).reduce((a, b) => a + b, 0)).toBeLessThan(vorher.reduce((a, b) => a + b, 0));
	// The key says the colour is the offer's kind, names the filter, and counts exactly the offers drawn.
	const legende = page.getByTestId('angebotslegende');
	await expect(legende).toContainText('Farbe der Punkte: Art des Angebots (gezeigt: Angebote mit Handlungsfeld „Gesundheit und Pflege“)');
	const gezeichnet = anzahl - (await liste.filter({ hasText: 'Keine Lageangabe' }).count());
	const jeArt = (await legende.locator('li').allInnerTexts()).map((t) => /\((\d+)\)$/.exec(t)?.[1]).filter((n) => n !== undefined).map(Number);
	expect(jeArt.reduce((a, b) => a + b, 0)).toBe(gezeichnet);
	await ohneBarrieren(page);
});

test('an offer chosen from the list shows every field; rows without a position say why they are not mapped', async ({ page }) => {
	await oeffneAtlas(page);
	await angeboteBereit(page);
	await expect(page.getByTestId('angebotsliste')).toContainText('Keine Lageangabe – nicht auf der Karte');
	// The settings count them, with a space before the bracket.
	await expect(page.locator('.zaehler').first()).toHaveText(/^\d+ von \d+ Angeboten \(\d+ ohne Lageangabe\)$/);
	await page.getByRole('button', { name: 'Stadtteilbüro Sankt Mang (Soziale Stadt)' }).click();
	const details = page.getByTestId('angebotsdetails');
	await expect(page.locator('#angebot-titel')).toBeFocused();
	for (const feld of ['Typ', 'Adresse', 'Lage', 'Handlungsfelder', 'Zielgruppen', 'Sprachen', 'Maßnahmen (Integrationskonzept)', 'Öffnungszeiten', 'Kontakt', 'Quelle'])
		await expect(details.locator('dt', { hasText: feld })).toHaveCount(1);
	await expect(details).toContainText('GT 2.1: Es werden Begegnungsstätten in allen Quartieren');
	await ohneBarrieren(page);
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
});

test('a longer walking distance raises the coverage of at least one district', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil');
	await karteZeigt(page, 'erreichbar_anteil');
	await expect(page.locator('#karte-titel')).toContainText('Anteil der Einwohner*innen mit einem Angebot in 500 m Fußweg');
	const vorher = await tabellenwert(page, 'Leubas');
	await page.getByLabel(/Fußweg höchstens/).fill('1500');
	await expect(page.locator('#karte-titel')).toContainText('1.500 m');
	await expect.poll(() => tabellenwert(page, 'Leubas')).toBeGreaterThan(vorher);
	await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe('1500');
});

test('the walking-distance control shows its effect where it is: the city\'s coverage beside it, updated as it moves', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil');
	await karteZeigt(page, 'erreichbar_anteil');
	const wirkung = page.getByTestId('stadt-erreicht');
	await expect(wirkung).toContainText(/Gesamtstadt: \d+,\d %/);
	const anteil = async () => Number(/(\d+,\d) %/.exec((await wirkung.textContent()) ?? '')![1].replace(',', '.'));
	const vorher = await anteil();
	await page.getByLabel(/Fußweg höchstens/).fill('1500');
	await expect.poll(anteil).toBeGreaterThan(vorher);
	await expect(wirkung).toContainText('der Einwohner*innen erreichen ein Angebot');
});

test('a hypothetical offer placed in a district raises its coverage and is marked as a scenario', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil');
	await karteZeigt(page, 'erreichbar_anteil');
	const vorher = await tabellenwert(page, 'Leubas');
	await page.getByText('Szenario', { exact: true }).click();
	await page.getByLabel('oder im Bevölkerungsschwerpunkt eines Bezirks').selectOption('70');
	await page.getByRole('button', { name: 'Setzen', exact: true }).click();
	await expect(page.locator('#karte-titel')).toContainText('mit Szenario: 1 hypothetisches Angebot');
	await expect.poll(() => tabellenwert(page, 'Leubas')).toBeGreaterThan(vorher);
	await expect(page.getByTestId('szenario')).toContainText('S1 in 70 Leubas');
	await expect(page.getByTestId('szenario-wirkung')).toContainText('→');
	await expect(page.getByTestId('handlungsbedarf')).toContainText('Die Spalten „mit Szenario“ enthalten hypothetische Angebote');
	await expect.poll(() => new URL(page.url()).searchParams.get('sz')).toMatch(/^47\.\d+,10\.\d+$/);
	// A click on the map in placing mode adds another one.
	await page.getByRole('button', { name: 'Angebot durch Klick in die Karte setzen' }).click();
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.62, box.y + box.height * 0.55);
	await expect(page.getByTestId('szenario')).toContainText('S2 in');
	await ohneBarrieren(page);
	await page.getByRole('button', { name: 'Szenario verwerfen' }).click();
	await expect(page.locator('#karte-titel')).not.toContainText('Szenario');
	await expect.poll(() => tabellenwert(page, 'Leubas')).toBe(vorher);
});

test('suggested locations reach people not reached yet and can be taken into the scenario', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil&g=neuzugewandert&vk=3');
	const vorschlaege = page.getByTestId('vorschlaege');
	await expect(vorschlaege.locator('li')).toHaveCount(3);
	await expect(vorschlaege).toContainText(/V1 in .*: \+\d+ erreicht/);
	await page.getByRole('button', { name: 'V1 ins Szenario übernehmen' }).click();
	await expect(page.getByTestId('szenario')).toContainText('S1 in');
});

test('the bivariate map of need and coverage has a readable legend and the ranking downloads with the rows shown', async ({ page }) => {
	await oeffneAtlas(page, '?m=bivariat&g=neuzugewandert');
	await karteZeigt(page, 'bivariat');
	await expect(page.getByTestId('legende')).toContainText('Bedarf × Erreichbarkeit');
	const zellen = await page.getByTestId('legende').locator('td').allTextContents();
	const tabelle = page.getByTestId('handlungsbedarf');
	const gezeigt = await tabelle.locator('tbody th').allTextContents();
	expect(zellen.map(Number).reduce((a, b) => a + b, 0)).toBe(gezeigt.length);
	// Districts with too few Neuzugewanderte for a share (confidentiality) are named without a rank; all 47 are accounted for.
	const ohneRang = ((await tabelle.getByTestId('ohne-rang').textContent()) ?? '').split(':')[1].split(',').filter((t) => t.trim());
	expect(gezeigt.length + ohneRang.length).toBe(47);
	const [download] = await Promise.all([page.waitForEvent('download'), tabelle.getByRole('button', { name: 'Rangfolge als CSV herunterladen' }).click()]);
	const text = (await (await download.createReadStream()).toArray()).map(String).join('');
	const zeilen = text.replace(/^\uFEFF/, '').split('\n').filter((z) => /^\d+;/.test(z));
	expect(zeilen.map((z) => `${z.split(';')[1]} ${z.split(';')[2]}`)).toEqual(gezeigt.map((g) => g.trim()));
	expect(text).toContain('Methode: Wert = Bedarfsindex + z-Wert');
	expect(text).toContain('Hinweis: Beispieldaten');
	await ohneBarrieren(page);
});

test('with an offer filter on, the bivariate map, its legend, the ranking and its CSV name the filter, the group, the distance and the detour factor', async ({ page }) => {
	await oeffneAtlas(page, '?m=bivariat&g=neuzugewandert&hf=SB&r=800');
	await karteZeigt(page, 'bivariat');
	const auswahl = /Neuzugewanderte.*höchstens 800 m Fußweg \(Luftlinie × \d,\d+\) · Angebote: Handlungsfeld „Sprache und Bildung“/;
	await expect(page.locator('#karte-titel')).toContainText(auswahl);
	await expect(page.getByTestId('legende').getByTestId('auswahl')).toHaveText(auswahl);
	const tabelle = page.getByTestId('handlungsbedarf');
	await expect(tabelle.getByTestId('auswahl')).toHaveText(auswahl);
	await expect(tabelle).toContainText('kein Angebot mit Handlungsfeld „Sprache und Bildung“');
	const [download] = await Promise.all([page.waitForEvent('download'), tabelle.getByRole('button', { name: 'Rangfolge als CSV herunterladen' }).click()]);
	const text = (await (await download.createReadStream()).toArray()).map(String).join('');
	expect(text).toMatch(auswahl);
	expect(text).not.toContain('gefiltert');
});

test('a permalink with filters, distance and a scenario reproduces the view', async ({ page, context }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil');
	await page.getByRole('checkbox', { name: 'Sprache und Bildung' }).check();
	await page.getByLabel(/Fußweg höchstens/).fill('800');
	await page.getByText('Szenario', { exact: true }).click();
	await page.getByLabel('oder im Bevölkerungsschwerpunkt eines Bezirks').selectOption('61');
	await page.getByRole('button', { name: 'Setzen', exact: true }).click();
	await expect(page.locator('#karte-titel')).toContainText('mit Szenario');
	const legende = await page.locator('.legende').first().textContent();
	const wert = await tabellenwert(page, 'Hinterbach/Hirschdorf/Zollhaus');
	const zweite = await context.newPage();
	const adresseDerErsten = await adresse(page);
	await oeffneAtlas(zweite, adresseDerErsten.slice(adresseDerErsten.indexOf('?')));
	await expect(zweite.locator('#karte-titel')).toContainText('800 m');
	await expect(zweite.locator('#karte-titel')).toContainText('mit Szenario: 1 hypothetisches Angebot');
	await expect(zweite.getByRole('checkbox', { name: 'Sprache und Bildung' })).toBeChecked();
	await expect(zweite.locator('.legende').first()).toHaveText(legende!);
	expect(await tabellenwert(zweite, 'Hinterbach/Hirschdorf/Zollhaus')).toBe(wert);
});

test('planning by measure names the districts an offer type reaches and leaves out', async ({ page }) => {
	await oeffneAtlas(page, `?mn=${encodeURIComponent('SB 2.4')}`);
	const planung = page.getByTestId('massnahmenplanung');
	await expect(planung).toContainText('Planung nach Maßnahme: SB 2.4');
	await expect(planung).toContainText('Sprachcafé');
	await expect(planung).toContainText(/Erreicht \(mindestens 50 % der Gruppe\): \d+/);
	await expect(planung).toContainText(/Ausgelassen \(weniger als 50 %\): \d+/);
});
