/**
 * Classification of district values into 3–7 classes for the choropleth: quantiles, equal
 * intervals and natural breaks (Ckmeans, the optimal 1-D k-means that supersedes Jenks).
 */
import { ckmeans, quantileSorted } from 'simple-statistics';

export const METHODEN = ['quantile', 'gleich', 'jenks'] as const;
export type Methode = (typeof METHODEN)[number];

export const METHODE_LABEL: Record<Methode, string> = {
	quantile: 'Quantile (gleich viele Bezirke je Klasse)',
	gleich: 'Gleiche Intervalle',
	jenks: 'Natürliche Brüche (Ckmeans/Jenks)'
};

export const MIN_KLASSEN = 3;
export const MAX_KLASSEN = 7;

export interface Klassierung {
	/** Ascending class bounds; class i spans [grenzen[i], grenzen[i+1]], the last bound included. */
	grenzen: number[];
	/** Districts per class. */
	anzahl: number[];
}

/** Class bounds for `values` (nulls ignored); fewer classes when there are fewer distinct values. */
export function klassiere(values: readonly (number | null)[], methode: Methode, klassen: number): Klassierung {
	const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return { grenzen: [], anzahl: [] };
	const distinct = new Set(sorted).size;
	const k = Math.max(1, Math.min(klassen, distinct));
	const min = sorted[0];
	const max = sorted[sorted.length - 1];
	let grenzen: number[];
	if (k === 1) grenzen = [min, max];
	else if (methode === 'gleich') grenzen = Array.from({ length: k + 1 }, (_, i) => min + ((max - min) * i) / k);
	else if (methode === 'quantile')
		grenzen = dedupe(Array.from({ length: k + 1 }, (_, i) => quantileSorted(sorted, i / k)));
	else grenzen = [...ckmeans(sorted, k).map((cluster) => cluster[0]), max];
	grenzen[0] = min;
	grenzen[grenzen.length - 1] = max;
	const anzahl = new Array(grenzen.length - 1).fill(0);
	for (const v of sorted) anzahl[klasseVon(v, grenzen)]++;
	return { grenzen, anzahl };
}

/** Index of the class a value falls in; values on an inner bound belong to the upper class. */
export function klasseVon(value: number, grenzen: readonly number[]): number {
	const last = grenzen.length - 2;
	for (let i = 0; i < last; i++) if (value < grenzen[i + 1]) return i;
	return Math.max(0, last);
}

function dedupe(bounds: number[]): number[] {
	return bounds.filter((b, i) => i === 0 || b > bounds[i - 1]);
}
