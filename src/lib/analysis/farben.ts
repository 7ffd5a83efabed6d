/**
 * Colour-blind-safe ColorBrewer/viridis palettes for the choropleth: sequential for levels,
 * diverging (centred on zero) for changes.
 */
import {
	interpolatePuOr,
	interpolateViridis,
	schemeBlues,
	schemeYlGnBu
} from 'd3-scale-chromatic';

export const SEQUENTIELL = {
	ylgnbu: { label: 'Gelb–Grün–Blau', farben: (k: number) => [...schemeYlGnBu[Math.max(3, k)]].slice(-k) },
	blau: { label: 'Blau', farben: (k: number) => [...schemeBlues[Math.max(3, k)]].slice(-k) },
	viridis: {
		label: 'Viridis',
		// Reversed so that high values are dark, as in the ColorBrewer schemes.
		farben: (k: number) => Array.from({ length: k }, (_, i) => interpolateViridis(1 - (k === 1 ? 0.5 : i / (k - 1)) * 0.9))
	}
} as const;

export type SequentiellePalette = keyof typeof SEQUENTIELL;
export const PALETTEN = Object.keys(SEQUENTIELL) as SequentiellePalette[];

export const KEINE_ANGABE = '#d9d9d9';

/**
 * Colours for classes of changes: each class gets the colour of its midpoint on the ColorBrewer PuOr
 * scale, symmetric around 0: decreases orange, increases purple, no change near white.
 */
export function divergierendeFarben(grenzen: readonly number[]): string[] {
	const extent = Math.max(Math.abs(grenzen[0] ?? 0), Math.abs(grenzen.at(-1) ?? 0)) || 1;
	return grenzen.slice(0, -1).map((lo, i) => {
		const mid = (lo + grenzen[i + 1]) / 2;
		// d3's PuOr runs from purple at 0 to orange at 1.
		return interpolatePuOr(0.5 - (0.45 * mid) / extent);
	});
}
