import { expect, type Page } from '@playwright/test';

/** Opens the atlas and waits until DuckDB answers (the status line disappears) and the map is drawn. */
export async function oeffneAtlas(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-gemalt*="|"]')).toHaveCount(1);
	await expect(page.getByText('Datenbank wird gestartet')).toHaveCount(0);
	await expect(page.getByTestId('kennzahlen').locator('dl')).toBeVisible();
}

/** Waits until the map has drawn the colours of the given indicator. */
export async function karteZeigt(page: Page, indikator: string): Promise<void> {
	await expect(page.locator(`[data-gemalt*="|${indikator}|"]`)).toHaveCount(1);
}

/**
 * Counts map pixels per legend colour by reading the WebGL canvas back (preserveDrawingBuffer is on),
 * so the test sees what a user sees rather than the DOM.
 */
export async function pixelJeLegendenfarbe(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const swatches = [...document.querySelectorAll<HTMLElement>('.legende li[data-klasse] .feld')];
		const farben = swatches.map((s) => getComputedStyle(s).backgroundColor.match(/\d+/g)!.map(Number));
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const copy = document.createElement('canvas');
		copy.width = canvas.width;
		copy.height = canvas.height;
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0);
		const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
		const counts = farben.map(() => 0);
		for (let i = 0; i < data.length; i += 4) {
			farben.forEach(([r, g, b], k) => {
				if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 6) counts[k]++;
			});
		}
		return counts;
	});
}
