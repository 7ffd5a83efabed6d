/**
 * Checks the "erstes Choropleth" mark against the screen: an init script samples the map's canvas on
 * every animation frame (the map keeps its drawing buffer) and marks the first frame in which the
 * districts' colours cover part of it. The mark is honest when both times lie within a frame or two.
 * Run once per bench, not in the timed rounds: the sampling itself costs a little on every frame.
 */
import type { Browser } from '@playwright/test';
import { kalt, marken } from './umgebung';

export interface Markenpruefung {
	atlas: { marke: number; pixel: number };
	boden: { marke: number; pixel: number };
}

/** Runs in the page: transparent pixels, background #f2f2ef and white lines are not districts; 2 % of the samples must be. */
function abtasten() {
	const probe = document.createElement('canvas');
	probe.width = probe.height = 48;
	const ctx = probe.getContext('2d', { willReadFrequently: true })!;
	const schritt = () => {
		const karte = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
		if (karte && karte.width > 0) {
			ctx.drawImage(karte, 0, 0, probe.width, probe.height);
			const d = ctx.getImageData(0, 0, probe.width, probe.height).data;
			let farbig = 0;
			for (let i = 0; i < d.length; i += 4) {
				const r = d[i], g = d[i + 1], b = d[i + 2];
				// A canvas not yet drawn is transparent: that is no colour either.
				if (d[i + 3] < 200) continue;
				const hintergrund = Math.abs(r - 242) + Math.abs(g - 242) + Math.abs(b - 239) < 24;
				const weiss = r > 245 && g > 245 && b > 245;
				if (!hintergrund && !weiss) farbig++;
			}
			if (farbig > 0.02 * probe.width * probe.height) {
				performance.mark('bezirke-auf-dem-bildschirm');
				return;
			}
		}
		requestAnimationFrame(schritt);
	};
	requestAnimationFrame(schritt);
}

async function einmal(browser: Browser, url: string): Promise<{ marke: number; pixel: number }> {
	const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
	// tsx keeps function names by wrapping them in `__name`, which the page does not have.
	await page.addInitScript('globalThis.__name = (f) => f');
	await page.addInitScript(abtasten);
	await page.goto(url);
	const m = await marken(page, ['erstes-choropleth', 'bezirke-auf-dem-bildschirm']);
	return { marke: m['erstes-choropleth'], pixel: m['bezirke-auf-dem-bildschirm'] };
}

export async function markenpruefung(basis: string, boden: string): Promise<Markenpruefung> {
	return {
		atlas: await kalt((b) => einmal(b, `${basis}/`)),
		boden: await kalt((b) => einmal(b, boden))
	};
}
