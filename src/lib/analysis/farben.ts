/**
 * Colour-blind-safe ColorBrewer/viridis palettes for the choropleth: sequential for levels,
 * diverging (centred on zero) for changes.
 */
import {
	interpolateBrBG,
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

export const DIVERGIEREND = {
	puor: { label: 'Orange–Lila', interpolate: interpolatePuOr },
	brbg: { label: 'Braun–Grün', interpolate: interpolateBrBG }
} as const;

export type SequentiellePalette = keyof typeof SEQUENTIELL;
export type DivergierendePalette = keyof typeof DIVERGIEREND;

export const KEINE_ANGABE = '#d9d9d9';

/** Colours for classes of changes: each class gets the colour of its midpoint on a scale symmetric around 0. */
export function divergierendeFarben(grenzen: readonly number[], palette: DivergierendePalette): string[] {
	const extent = Math.max(Math.abs(grenzen[0] ?? 0), Math.abs(grenzen.at(-1) ?? 0)) || 1;
	return grenzen.slice(0, -1).map((lo, i) => {
		const mid = (lo + grenzen[i + 1]) / 2;
		// PuOr and BrBG run from the negative (brown/orange) at 0 to the positive (purple/green) at 1.
		return DIVERGIEREND[palette].interpolate(0.5 + (0.45 * mid) / extent);
	});
}
