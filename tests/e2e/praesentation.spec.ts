import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flach, seiten, ueberDenRand } from './pdf';

/**
 * The Beirat's presentation on the screens of a meeting room (issue "Print and meeting grade"): every
 * slide fits the window without scrolling, the maps' names and every legend and source are large enough
 * for the back row, each slide says its source and Stichtag, and full screen shows the slide alone.
 */
const GEDULD = { timeout: 60_000 };
const GRUPPENLINK = '/praesentation?a=40+41+43~Thingers,54';
const BEAMER = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
];

/** Opens slide `i` (counting from 0) and waits until its figure is drawn to the stage. */
async function zeigeFolie(page: Page, i: number): Promise<void> {
	const zaehler = page.getByTestId('folienzaehler');
	if (i === 0) await page.keyboard.press('Home');
	else await page.keyboard.press('ArrowRight');
	await expect(zaehler).toContainText(`Folie ${i + 1} von`);
	const folie = page.getByTestId('folie');
	await expect(folie.locator('h1, svg').first()).toBeVisible();
	await expect(folie.getByText('werden vorbereitet')).toHaveCount(0);
	// The figure is redrawn once its place has its size.
	await page.waitForTimeout(250);
}

/** What a reader in the room would see as unfit on the slide shown, as German sentences. */
function befunde(page: Page, karteMindestens: number | null): Promise<string[]> {
	return page.evaluate((karteMindestens) => {
		const b: string[] = [];
		const doc = document.documentElement;
		if (doc.scrollHeight > doc.clientHeight + 1) b.push(`Seite scrollt senkrecht (${doc.scrollHeight} px auf ${doc.clientHeight} px)`);
		if (doc.scrollWidth > doc.clientWidth + 1) b.push(`Seite scrollt seitwärts (${doc.scrollWidth} px auf ${doc.clientWidth} px)`);
		const folie = document.querySelector<HTMLElement>('[data-testid="folie"]')!;
		for (const e of [folie, ...folie.querySelectorAll<HTMLElement>('.svg, .tabellenrahmen')]) {
			if (e.scrollHeight > e.clientHeight + 1) b.push(`${e.className || e.tagName} höher als sein Platz (${e.scrollHeight} px in ${e.clientHeight} px)`);
			if (e.scrollWidth > e.clientWidth + 1) b.push(`${e.className || e.tagName} breiter als sein Platz (${e.scrollWidth} px in ${e.clientWidth} px)`);
		}
		const gezeichnet = (t: SVGTextElement) => {
			const ctm = t.getScreenCTM();
			return parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
		};
		for (const t of folie.querySelectorAll<SVGTextElement>('text[data-teil="legende"], text[data-teil="fuss"]')) {
			if (gezeichnet(t) < 14 - 0.05) b.push(`Legende/Quelle unter 14 px (${gezeichnet(t).toFixed(1)} px): „${t.textContent}“`);
		}
		for (const e of folie.querySelectorAll<HTMLElement>('.quelle, .fussnote')) {
			if (parseFloat(getComputedStyle(e).fontSize) < 14) b.push(`Quelle/Fußnote unter 14 px: „${e.textContent?.slice(0, 40)}“`);
		}
		if (karteMindestens !== null) {
			// The map is the figure's inner SVG; its texts are the district names.
			const namen = [...folie.querySelectorAll<SVGTextElement>('svg svg text')].filter((t) => (t.textContent ?? '').trim());
			if (namen.length < 5) b.push(`nur ${namen.length} Namen auf der Karte`);
			for (const t of namen) if (gezeichnet(t) < karteMindestens - 0.05) b.push(`Name unter ${karteMindestens} px (${gezeichnet(t).toFixed(1)} px): „${t.textContent}“`);
		}
		return b;
	}, karteMindestens);
}

for (const viewport of BEAMER) {
	test(`every slide fits ${viewport.width} × ${viewport.height} and says its source and Stichtag`, async ({ page }) => {
		test.setTimeout(3 * 60_000);
		await page.setViewportSize(viewport);
		await page.goto(GRUPPENLINK);
		const zaehler = page.getByTestId('folienzaehler');
		await expect(zaehler).toContainText('Folie 1 von 12', GEDULD);
		await page.getByTestId('folie').focus();
		const alle: string[] = [];
		for (let i = 0; i < 12; i++) {
			await zeigeFolie(page, i);
			const titel = (await zaehler.textContent()) ?? '';
			const karte = / je Stadtbezirk$/.test(titel) ? (viewport.width === 1024 ? 16 : 12) : null;
			alle.push(...(await befunde(page, karte)).map((x) => `${titel}: ${x}`));
			const text = (await page.getByTestId('folie').textContent()) ?? '';
			for (const teil of ['Quelle:', 'Stichtag 31.12.2020']) if (!text.replace(/\s+/g, ' ').includes(teil)) alle.push(`${titel}: ohne „${teil}“`);
		}
		expect(alle).toEqual([]);
	});
}

test('the title slide keeps its key figures on a 390 px phone, and no slide scrolls sideways', async ({ page }) => {
	test.setTimeout(2 * 60_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/praesentation');
	const zahlen = page.locator('.gross dd');
	await expect(zahlen).toHaveCount(4, GEDULD);
	await expect(zahlen.first()).not.toBeEmpty();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	for (const box of await zahlen.evaluateAll((es) => es.map((e) => ({ rechts: e.getBoundingClientRect().right, breit: e.scrollWidth - e.clientWidth })))) {
		expect(box.rechts).toBeLessThanOrEqual(390);
		expect(box.breit).toBeLessThanOrEqual(0);
	}
	// No later slide makes the page scroll sideways either (the comparison's table scrolls in its frame).
	await page.goto(GRUPPENLINK);
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	await page.getByTestId('folie').focus();
	const breiter: string[] = [];
	for (let i = 1; i < 12; i++) {
		await zeigeFolie(page, i);
		const breite = await page.evaluate(() => document.documentElement.scrollWidth);
		if (breite > 390) breiter.push(`${await page.getByTestId('folienzaehler').textContent()}: ${breite} px`);
	}
	expect(breiter).toEqual([]);
});

test('full screen shows the slide alone, filling the screen', async ({ page }) => {
	await page.goto(GRUPPENLINK);
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	await page.getByRole('button', { name: 'Vollbild' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('folie');
	const fenster = await page.evaluate(() => ({ breite: window.innerWidth, hoehe: window.innerHeight }));
	const folie = (await page.getByTestId('folie').boundingBox())!;
	expect(folie).toEqual({ x: 0, y: 0, width: fenster.breite, height: fenster.hoehe });
	// Header and banner are not part of it; the keys still step the slides.
	expect(await page.evaluate(() => !!document.fullscreenElement?.querySelector('header, [data-testid="beispielhinweis"]'))).toBe(false);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 2 von 12');
	await expect(page.getByTestId('folie').locator('svg').first()).toBeVisible();
	const karte = (await page.getByTestId('folie').locator('svg').first().boundingBox())!;
	expect(karte.height).toBeGreaterThan(fenster.hoehe * 0.8);
	await page.keyboard.press('Escape');
	await page.evaluate(() => document.exitFullscreen?.().catch(() => undefined));
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test('full screen at 1024 × 768 shows the slide\'s place, large enough for the room', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(GRUPPENLINK);
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	const position = page.getByTestId('folienposition');
	// Beside the bar's counter, no second one.
	await expect(position).toBeHidden();
	await page.getByRole('button', { name: 'Vollbild' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('folie');
	await expect(position).toBeVisible();
	await expect(position).toHaveText('Folie 1 von 12');
	expect(await position.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(14);
	// Not announced twice: the bar's counter is the live region.
	expect(await position.getAttribute('aria-live')).toBeNull();
	await page.keyboard.press('ArrowRight');
	await expect(position).toHaveText('Folie 2 von 12');
	await zeigeFolie(page, 2);
	// In the stage's bottom margin, clear of the slide's figure and its source line.
	const ort = (await position.boundingBox())!;
	const figur = (await page.getByTestId('folie').locator('svg').first().boundingBox())!;
	expect(ort.y + ort.height).toBeLessThanOrEqual(768);
	expect(ort.y).toBeGreaterThanOrEqual(figur.y + figur.height - 1);
	await page.keyboard.press('End');
	await expect(position).toHaveText('Folie 12 von 12');
	await page.evaluate(() => document.exitFullscreen?.().catch(() => undefined));
	await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
	await expect(position).toBeHidden();
});

test('printed, the presentation is one slide to an A4 landscape page, each with source and Stichtag, without the web page', async ({ page }) => {
	test.setTimeout(3 * 60_000);
	await page.goto(GRUPPENLINK);
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 1 von 12', GEDULD);
	const papier = page.getByTestId('druckfolien');
	await expect(papier.locator('section')).toHaveCount(12);
	// Every figure drawn before the print begins: the browser's print runs no script in between.
	await expect.poll(() => papier.locator('.svg').evaluateAll((e) => e.filter((x) => !x.querySelector('svg')).length)).toBe(0);
	// Out of sight on screen, and no wider page for it.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	await expect(papier).toBeHidden();
	const ziel = join(mkdtempSync(join(tmpdir(), 'praesentation-')), 'folien.pdf');
	await page.emulateMedia({ media: 'print' });
	await page.pdf({ path: ziel, preferCSSPageSize: true, printBackground: true });
	expect(execFileSync('pdfinfo', [ziel], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
	const s = seiten(ziel).map(flach);
	expect(s.length).toBe(12);
	s.forEach((t, i) => {
		for (const teil of ['Quelle:', 'Stichtag 31.12.2020']) expect(t, `Folie ${i + 1}`).toContain(teil);
		for (const web of ['Zurück zum Atlas', 'Pfeiltasten', 'Vollbild', 'verlassen Ihren Rechner nicht', 'Eigene Daten der Stadt laden', 'Folie 1 von']) expect(t, `Folie ${i + 1}`).not.toContain(web);
	});
	expect(s[0]).toContain('Migration und Integration');
	expect(s[3]).toContain('Vergleich: Thingers · 54 Bühl – Süd');
	expect(s[11]).toContain('Dissimilarität');
	expect(ueberDenRand(ziel, 1, 12, 12)).toEqual([]);
	await page.emulateMedia({ media: 'screen' });
});

test('the comparison presents its chosen Stichtag and group', async ({ page }) => {
	await page.goto('/vergleich?a=40+41+43~Thingers,54');
	await expect(page.getByTestId('vergleichstabelle')).toBeVisible(GEDULD);
	await page.getByLabel('Stichtag', { exact: true }).selectOption('2018-12-31');
	await expect(page.getByTestId('vergleichstabelle')).toBeVisible();
	// Thingers' share at that Stichtag, without its distance to the city below it.
	const zelle = page.getByTestId('vergleichstabelle').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: /^Migrationshintergrund/ }) }).locator('td').first();
	const mh = (await zelle.textContent())!.match(/^[^%]+%/)![0];
	await page.getByRole('link', { name: 'Diesen Vergleich präsentieren' }).click();
	await expect(page).toHaveURL(/\/praesentation\?/);
	const params = new URL(page.url()).searchParams;
	expect(params.get('t')).toBe('2018-12-31');
	expect(params.get('a')).toBe('40+41+43~Thingers,54');
	const folie = page.getByTestId('folie');
	await expect(folie.locator('.unter')).toHaveText('Stichtag 31.12.2018', GEDULD);
	await expect(page.getByTestId('link-ersetzt')).toHaveCount(0);
	await folie.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('folienzaehler')).toContainText('Folie 4 von 12: Vergleich: Thingers · 54 Bühl – Süd');
	await expect(folie.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Migrationshintergrund', exact: true }) }).locator('td').first()).toHaveText(mh);
	await expect(folie).toContainText('Stichtag 31.12.2018');
});
