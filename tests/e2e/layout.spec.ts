import { expect, test, type Page } from '@playwright/test';
import { layoutBefunde, type Befunde } from './layout';

/** Every route, with the state a reader would open (a profile, the README's group link). */
const ROUTEN = ['/', '/bezirk?b=54', '/vergleich?a=40+41+43~Thingers,54', '/praesentation', '/faktencheck', '/daten', '/statistik', '/massnahmen', '/fachrunde', '/statusbericht'];

/**
 * What is asserted so far (2026-12-03): text neither clipped nor under 12 px, every SVG text at least 12 px
 * as drawn and inside its SVG, and no sideways scrolling, on every screen format. The book of Steckbriefe
 * is set in print sizes (8 pt tables) and is held to the sideways check alone. Not yet asserted, because
 * pages still fail it: A4 print (the PDFs are read back instead: publikation.spec.ts, kik.spec.ts). The
 * downloaded SVGs get the same check (berichte.spec.ts). The check itself (layout.ts) reports all of them.
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
		for (const route of ROUTEN) {
			await page.goto(route);
			await fertig(page);
			const b = await layoutBefunde(page);
			for (const art of Object.keys(alle) as (keyof Befunde)[]) alle[art].push(...b[art].map((x) => `${route}: ${x}`));
		}
		expect(alle.text).toEqual([]);
		expect(alle.svg).toEqual([]);
		expect(alle.seitwaerts).toEqual([]);
	});
}

test('the book of Steckbriefe does not scroll sideways on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/steckbriefe?stadtteil=6');
	await expect(page.getByTestId('bezirksblatt').first()).toBeVisible({ timeout: 45_000 });
	await fertig(page);
	expect((await layoutBefunde(page)).seitwaerts).toEqual([]);
});
