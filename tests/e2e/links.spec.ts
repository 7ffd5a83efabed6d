import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { folgeLink, oeffneAtlas } from './helpers';

const GEDULD = { timeout: 60_000 };
/** The README's own link forms, exactly as written there (placeholders like `…` left out). */
const README_LINKS = [...readFileSync('README.md', 'utf8').matchAll(/`(\/[a-z]*\?[^`\s]+)`/g)].map((m) => m[1]).filter((l) => !l.includes('…'));

/** What shows that a page has read its link and the data. */
const BEREIT: Record<string, (page: Page) => Promise<void>> = {
	'/bezirk': (page) => expect(page.getByTestId('steckbrief-titel')).toBeVisible(GEDULD),
	'/vergleich': (page) => expect(page.getByTestId('vergleichstabelle')).toBeVisible(GEDULD),
	'/faktencheck': (page) => expect(page.locator('main svg').first()).toBeVisible(GEDULD),
	'/praesentation': (page) => expect(page.getByTestId('folienzaehler')).toContainText(/Folie 1 von \d+/, GEDULD),
	'/statistik': (page) => expect(page.locator('main table').first()).toBeVisible(GEDULD),
	'/massnahmen': (page) => expect(page.getByTestId('trefferzahl')).toContainText('von', GEDULD),
	'/statusbericht': (page) => expect(page.locator('main h1').first()).toBeVisible(GEDULD),
	'/steckbriefe': (page) => expect(page.locator('main svg').first()).toBeVisible(GEDULD)
};

test('the README shows its link forms', () => {
	expect(README_LINKS).toContain('/vergleich?a=40+41+43~Thingers,54');
	for (const link of README_LINKS) expect(Object.keys(BEREIT), link).toContain(new URL(link, 'http://x').pathname);
});

for (const link of README_LINKS) {
	test(`the README's link ${link} opens as written, with nothing replaced`, async ({ page }) => {
		await page.goto(link);
		await BEREIT[new URL(link, 'http://x').pathname](page);
		await expect(page.getByTestId('link-ersetzt')).toHaveCount(0);
	});
}

test("the README's group link keeps its group on the comparison and in the presentation", async ({ page }) => {
	await page.goto('/vergleich?a=40+41+43~Thingers,54');
	await expect(page.getByTestId('vergleichstabelle').locator('thead th')).toHaveText(['Indikator', 'Thingers', '54 Bühl – Süd', 'Gesamtstadt'], GEDULD);
	await expect(page.getByTestId('link-ersetzt')).toHaveCount(0);
	// The page's own link to the presentation carries the same group.
	await page.getByRole('link', { name: 'Diesen Vergleich präsentieren' }).click();
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	await page.keyboard.press('End');
	for (let i = 0; i < 8; i++) await page.keyboard.press('PageUp');
	await expect(page.getByTestId('folienzaehler')).toContainText('Vergleich: Thingers · 54 Bühl – Süd');

	await page.goto('/praesentation?a=40+41+43~Thingers,54');
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	await expect(page.getByTestId('link-ersetzt')).toHaveCount(0);
});

/** Each page with a link that asks for what is not there: the page opens and names what it replaced. */
const VERLUSTE: [string, string[]][] = [
	['/vergleich?a=40+99~Irgendwo,54&i=toString', ['Auswahl „40+99~Irgendwo“ → nicht berücksichtigt', 'Indikator „toString“ → Anteil Menschen mit Migrationshintergrund']],
	['/vergleich?a=54&t=2030-12-31', ['Stichtag „2030-12-31“ → 31.12.2020']],
	['/praesentation?a=40+41+43~Thingers,999', ['Auswahl „999“ → nicht berücksichtigt']],
	['/praesentation?a=54&t=2030-12-31', ['Stichtag „2030-12-31“ → 31.12.2020']],
	['/bezirk?b=999', ['Stadtbezirk „999“ →']],
	['/bezirk?b=__proto__', ['Stadtbezirk „__proto__“ →']],
	['/faktencheck?t=2031-12-31', ['Stichtag „2031-12-31“ → 31.12.2020']],
	['/statistik?t=31.12.2020&i=toString', ['Stichtag „31.12.2020“ → der neueste Stichtag', 'Anteil „toString“']],
	['/massnahmen?hf=XX&status=__proto__', ['Handlungsfeld „XX“ → alle', 'Status „__proto__“ → alle']],
	['/statusbericht?stichtag=morgen', ['Berichtstag „morgen“ → heute']],
	['/steckbriefe?stadtteil=4&drucken=morgen', ['Drucken „morgen“ → nicht sofort gedruckt']]
];

for (const [link, hinweise] of VERLUSTE) {
	test(`a link that loses something says so: ${link}`, async ({ page }) => {
		await page.goto(link);
		await BEREIT[new URL(link, 'http://x').pathname](page);
		const hinweis = page.getByTestId('link-ersetzt');
		for (const h of hinweise) await expect(hinweis).toContainText(h);
	});
}

test("the header's Steckbrief link and the profile open the district selected in the atlas", async ({ page }) => {
	await oeffneAtlas(page);
	const kopf = page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Steckbrief' });
	await expect(kopf).toHaveAttribute('href', /\/bezirk$/);
	await page.getByLabel('Stadtbezirk auswählen').selectOption('54');
	await expect(page.locator('#profil-titel')).toHaveText(/^54 /);
	await expect(kopf).toHaveAttribute('href', /\/bezirk\?b=54$/);
	await kopf.click();
	await expect(page.getByTestId('steckbrief-titel')).toHaveText('Steckbrief Stadtbezirk 54 Bühl – Süd', GEDULD);

	await oeffneAtlas(page, '?b=41');
	await expect(kopf).toHaveAttribute('href', /\/bezirk\?b=41$/);
	await page.getByTestId('bezirksprofil').getByRole('link', { name: /Steckbrief 41 / }).click();
	await expect(page.getByTestId('steckbrief-titel')).toHaveText(/^Steckbrief Stadtbezirk 41 /, GEDULD);
	await expect(page.getByTestId('link-ersetzt')).toHaveCount(0);
});

test('a link or Back to the same page with another district shows that district, not the one it was opened with', async ({ page }) => {
	await page.goto('/bezirk?b=61');
	const titel = page.getByTestId('steckbrief-titel');
	await expect(titel).toHaveText(/^Steckbrief Stadtbezirk 61 /, GEDULD);
	await folgeLink(page, '/bezirk?b=80');
	await expect(titel).toHaveText(/^Steckbrief Stadtbezirk 80 /, GEDULD);
	await page.goBack();
	await expect(page).toHaveURL(/b=61/);
	await expect(titel).toHaveText(/^Steckbrief Stadtbezirk 61 /, GEDULD);

	await folgeLink(page, '/vergleich?a=61');
	await expect(page.getByTestId('vergleichstabelle').locator('thead')).toContainText('61', GEDULD);
	await folgeLink(page, '/vergleich?a=80');
	await expect(page.getByTestId('vergleichstabelle').locator('thead')).toContainText('80', GEDULD);
	await expect(page.getByTestId('vergleichstabelle').locator('thead')).not.toContainText('61');
});
