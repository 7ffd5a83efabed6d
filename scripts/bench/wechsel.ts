/**
 * Indicator switches, from the change event to the frame the map has drawn with the new colours
 * (MapLibre's `render` event for them), and to the start of the browser's next animation frame after
 * it (the latest moment that frame can be on screen). At a user's pace a switch comes every 300 ms;
 * back to back, the next one starts as soon as the previous one is drawn (so it also measures WebGL's
 * read-back of the previous frame).
 */

export interface Wechsel {
	gezeichnet: number;
	naechsterFrame: number;
}
import { INDIKATOREN } from '../../src/lib/data/indikatoren';
import type { Page } from '@playwright/test';
import { kalt, marken } from './umgebung';

export async function wechselzeiten(basis: string, anzahl: number, pauseMs: number): Promise<Wechsel[]> {
	return kalt(async (browser) => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(`${basis}/`);
		await marken(page, ['duckdb-bereit']);
		await page.waitForTimeout(1500);
		return wechsle(page, Array.from({ length: anzahl }, (_, i) => INDIKATOREN[(i + 1) % INDIKATOREN.length].id), pauseMs);
	});
}

/** Switches of the atlas open in `page` through `ids` (the own data's page offers only the indicators it has). */
export async function wechsle(page: Page, ids: string[], pauseMs: number): Promise<Wechsel[]> {
	return page.evaluate(
		async ({ ids, pause }) => {
			const select = document.querySelector<HTMLSelectElement>('#indikator')!;
			const karte = document.querySelector<HTMLElement>('[data-gemalt]')!;
			const zeiten: { gezeichnet: number; naechsterFrame: number }[] = [];
			for (const id of ids) {
				if (pause) await new Promise((r) => setTimeout(r, pause));
				const gemalt = new Promise<void>((resolve) => {
					const obs = new MutationObserver(() => {
						if (karte.dataset.gemalt?.includes(`|${id}|`)) {
							obs.disconnect();
							resolve();
						}
					});
					obs.observe(karte, { attributes: true, attributeFilter: ['data-gemalt'] });
				});
				const start = performance.now();
				select.value = id;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				await gemalt;
				const gezeichnet = performance.now() - start;
				await new Promise((r) => requestAnimationFrame(r));
				zeiten.push({ gezeichnet, naechsterFrame: performance.now() - start });
			}
			return zeiten;
		},
		{ ids, pause: pauseMs }
	);
}

/**
 * The floor of a switch: the map floor page (same map module, same canvas size, the same areas:
 * `flaechen` squares of the bench's city, or Kempten's 47 districts with 0) recolouring every area.
 */
export async function bodenwechsel(boden: string, flaechen: number, anzahl: number, pauseMs: number): Promise<Wechsel[]> {
	return kalt(async (browser) => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(flaechen ? `${boden}&flaechen=${flaechen}` : boden);
		await marken(page, ['erstes-choropleth']);
		await page.waitForTimeout(1500);
		const ids = await page.locator('#indikator option').evaluateAll((o) => (o as HTMLOptionElement[]).map((x) => x.value));
		return wechsle(page, Array.from({ length: anzahl }, (_, i) => ids[(i + 1) % ids.length]), pauseMs);
	});
}
