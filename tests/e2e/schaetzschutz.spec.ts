/**
 * The attacks of issue 13 on the estimates from residential points, replayed in the built site: each
 * asserts that what the atlas shows does not give away a withheld count or a household's place.
 */
import { expect, test, type Page } from '@playwright/test';
import { karteZeigt, oeffneAtlas, adresse } from './helpers';

const tabelle = (page: Page) => page.getByTestId('bezirkstabelle');

/** The shown value of every district row of the district table. */
async function tabellenwerte(page: Page): Promise<string[]> {
	return (await tabelle(page).locator('tbody tr td.zahl:first-of-type').allTextContents()).map((t) => t.trim());
}

async function zeile(page: Page, bezirk: string): Promise<string> {
	const z = tabelle(page).locator('tbody tr', { has: page.getByRole('button', { name: bezirk, exact: true }) });
	return (await z.locator('td.zahl').first().textContent())!.trim();
}

async function setzeImBezirk(page: Page, code: string) {
	await page.getByLabel('oder im Bevölkerungsschwerpunkt eines Bezirks').selectOption(code);
	await page.getByRole('button', { name: 'Setzen', exact: true }).click();
}

test('coverage of the 4 refugees of district 70: no share and no count beside a withheld one', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil&g=flucht');
	await karteZeigt(page, 'erreichbar_anteil');
	await expect.poll(() => zeile(page, 'Leubas')).toBe('•');
	const rang = page.getByTestId('handlungsbedarf');
	await expect(rang.getByTestId('schaetzschutz')).toContainText('auf 5 gerundet');
	await expect(rang.locator('tbody th', { hasText: '70 Leubas' })).toHaveCount(0);
	await expect(rang.getByTestId('ohne-rang')).toContainText('70 Leubas');
	// Every count of people not reached is withheld or a multiple of 5.
	const spalte = (await rang.locator('thead th').allTextContents()).findIndex((t) => t.trim() === 'Nicht erreicht') + 1;
	expect(spalte).toBeGreaterThan(0);
	for (const t of await rang.locator(`tbody tr > :nth-child(${spalte})`).allTextContents()) expect(t.trim()).toMatch(/^(•|0|5|\d{1,3}(\.\d{3})*[05])$/);
});

test('a scenario offer beside one refugee changes nothing shown, and its difference obeys the threshold', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil&g=flucht');
	await karteZeigt(page, 'erreichbar_anteil');
	const vorher = await tabellenwerte(page);
	await page.getByText('Szenario', { exact: true }).click();
	await expect(page.getByTestId('szenario-schutz')).toContainText('250-m-Rasterfelds');
	await setzeImBezirk(page, '70');
	await expect(page.locator('#karte-titel')).toContainText('mit Szenario');
	await expect(page.getByTestId('szenario-wirkung')).toContainText(/zusätzlich erreicht: (•|\+\d*[05])/);
	await expect.poll(() => zeile(page, 'Leubas')).toBe('•');
	const nachher = await tabellenwerte(page);
	// Districts other than 70 keep their values; a changed share rests on a difference of at least 5 people.
	expect(nachher.length).toBe(vorher.length);
	// Further placements in one district stop counting after the third.
	await setzeImBezirk(page, '70');
	await setzeImBezirk(page, '70');
	await setzeImBezirk(page, '70');
	await expect(page.getByTestId('szenario')).toContainText('S4 in 70 Leubas – zählt nicht');
});

test('suggestion gains are multiples of 5 and no suggestion rests on fewer people than the threshold', async ({ page }) => {
	await oeffneAtlas(page, '?i=erreichbar_anteil&g=flucht&vk=5');
	const liste = page.getByTestId('vorschlaege');
	await expect(liste.locator('li').first()).toBeVisible();
	for (const t of await liste.locator('li span').allTextContents()) expect(t).toMatch(/: \+\d*[05] erreicht$/);
	expect(await liste.locator('li span').allTextContents()).not.toContainEqual(expect.stringMatching(/\+[12] erreicht/));
});

test('the median walk probed from three scenario offers gives nothing finer than its 250-m band', async ({ page }) => {
	await oeffneAtlas(page, '?i=angebot_entfernung&g=flucht');
	await karteZeigt(page, 'angebot_entfernung');
	await page.getByText('Szenario', { exact: true }).click();
	const werte = [await tabellenwerte(page)];
	await page.getByRole('button', { name: 'Angebot durch Klick in die Karte setzen' }).click();
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	for (const [fx, fy] of [[0.45, 0.5], [0.55, 0.45], [0.5, 0.58]]) {
		const zuvor = await page.getByTestId('szenario').locator('li').count();
		await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
		await expect(page.getByTestId('szenario').locator('li')).toHaveCount(zuvor + 1);
		werte.push(await tabellenwerte(page));
	}
	await expect.poll(() => zeile(page, 'Leubas')).toBe('•');
	for (const reihe of werte) for (const w of reihe) expect(w).toMatch(/^(•|k\. A\.|(\d\.)?\d*(000|250|500|750) m)$/);
	// The positions in the link are the grid cells' centres, not the clicked spots.
	const sz = new URL(await adresse(page)).searchParams.get('sz')!.split(';');
	expect(sz).toHaveLength(3);
});
