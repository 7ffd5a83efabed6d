import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folgeLink } from './helpers';
import { layoutBefunde, type Befunde, type Mindestgroesse } from './layout';
import { seiten, ueberDenRand } from './pdf';

/** Every route, with the state a reader would open (a profile, the README's group link). */
const ROUTEN = ['/', '/bezirk?b=54', '/vergleich?a=40+41+43~Thingers,54', '/praesentation', '/faktencheck', '/daten', '/statistik', '/massnahmen', '/fachrunde', '/statusbericht'];

/**
 * What is asserted (2026-12-03): text neither clipped nor under 12 px, every SVG text at least 12 px
 * as drawn and inside its SVG, and no sideways scrolling, on every screen format; the same on A4 paper
 * (below, with the type sizes of print). The book of Steckbriefe is set in print sizes (8 pt tables) and
 * is held to the sideways check alone on screen. The downloaded SVGs get the same check (berichte.spec.ts).
 */
const FORMATE = [
	{ name: 'Telefon 390 × 844', viewport: { width: 390, height: 844 } },
	{ name: 'Beamer 1024 × 768', viewport: { width: 1024, height: 768 } },
	{ name: 'Bildschirm 1400 × 900', viewport: { width: 1400, height: 900 } },
	{ name: 'Bildschirm 1920 × 1080', viewport: { width: 1920, height: 1080 } }
] as const;

/** The page has settled: nothing loads, no part says it is still being computed or loaded. */
async function fertig(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[role="status"]').filter({ hasText: /wird berechnet|werden geladen|wird geladen|wird gestartet/ })).toHaveCount(0, { timeout: 45_000 });
	await page.waitForTimeout(500);
}

for (const f of FORMATE) {
	test(`layout holds on every route: ${f.name}`, async ({ page }) => {
		test.setTimeout(10 * 60_000);
		await page.setViewportSize(f.viewport);
		const alle: Record<keyof Befunde, string[]> = { seitwaerts: [], text: [], svg: [] };
		// After the first route, the others are reached by a link, as a reader moves through the site.
		for (const [i, route] of ROUTEN.entries()) {
			await (i === 0 ? page.goto(route) : folgeLink(page, route));
			await fertig(page);
			const b = await layoutBefunde(page);
			for (const art of Object.keys(alle) as (keyof Befunde)[]) alle[art].push(...b[art].map((x) => `${route}: ${x}`));
		}
		expect(alle.text).toEqual([]);
		expect(alle.svg).toEqual([]);
		expect(alle.seitwaerts).toEqual([]);
	});
}

/**
 * A4 portrait as Chromium prints it: print media at the width of the text block, 182 mm = 688 CSS px at
 * 96 dpi (A4's 210 mm less the publications' 14-mm margins, ui/Seitenraender; the other pages' 12 mm of
 * app.css leave 703 px, so 688 holds for both). Paper has no sideways scrolling: what is wider than the
 * page, Chromium shrinks, type and all, or cuts at the paper's edge, so the sideways check is the one that
 * matters most. Type as a statistics office prints it: tables down to 7.5 pt (10 px; the Faktencheck's and
 * the Statusbericht's tables, as in a statistical yearbook), footnotes down to 6.5 pt. The slide shows
 * print one slide to a landscape page (ui/Folienfolge): 273 mm, 1031 px.
 */
const A4_BREITE = Math.floor((182 / 25.4) * 96);
const A4_QUER = Math.floor((273 / 25.4) * 96);
const QUER = new Set(['/praesentation', '/fachrunde']);
const DRUCK: Mindestgroesse = { text: (7.5 / 72) * 96, fussnote: (6.5 / 72) * 96 };

test('layout holds on every route: A4 Druck', async ({ page }) => {
	test.setTimeout(12 * 60_000);
	const alle: Record<keyof Befunde, string[]> & { rand: string[] } = { seitwaerts: [], text: [], svg: [], rand: [] };
	const ordner = mkdtempSync(join(tmpdir(), 'layout-a4-'));
	for (const [i, route] of ROUTEN.entries()) {
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: QUER.has(route) ? A4_QUER : A4_BREITE, height: 1000 });
		await (i === 0 ? page.goto(route) : folgeLink(page, route));
		await fertig(page);
		await page.emulateMedia({ media: 'print' });
		// Charts are drawn at their place's width: the print layout's places redraw them.
		await page.waitForTimeout(500);
		const b = await layoutBefunde(page, DRUCK);
		for (const art of Object.keys(b) as (keyof Befunde)[]) alle[art].push(...b[art].map((x) => `${route}: ${x}`));
		// And on the PDF itself: no word in the side margins (12 mm, the narrower of the two).
		const datei = join(ordner, `${ROUTEN.indexOf(route)}.pdf`);
		await page.pdf({ path: datei, format: 'A4', preferCSSPageSize: true, printBackground: true });
		alle.rand.push(...ueberDenRand(datei, 1, seiten(datei).length, 12).map((x) => `${route}: ${x}`));
	}
	expect(alle.seitwaerts).toEqual([]);
	expect(alle.text).toEqual([]);
	expect(alle.svg).toEqual([]);
	expect(alle.rand).toEqual([]);
});

test('the book of Steckbriefe does not scroll sideways on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/steckbriefe?stadtteil=6');
	await expect(page.getByTestId('bezirksblatt').first()).toBeVisible({ timeout: 45_000 });
	await fertig(page);
	expect((await layoutBefunde(page)).seitwaerts).toEqual([]);
});
