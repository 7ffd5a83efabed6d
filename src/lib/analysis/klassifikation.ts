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
	/** Ascending class bounds; class i spans [grenzen[i], grenzen[i+1]) ("bis unter"), the last one including its upper bound. */
	grenzen: number[];
	/** Districts per class. */
	anzahl: number[];
	/** Bounds the user fixed (so that maps of different years compare); the outer ones come from the data. */
	fest?: boolean;
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

/**
 * Changes: zero is always a class bound, never inside a class, so that decreases and increases never
 * share a colour. The classes are split between the two sides by their number of districts.
 */
export function klassiereVeraenderung(values: readonly (number | null)[], methode: Methode, klassen: number): Klassierung {
	const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const neg = xs.filter((v) => v < 0);
	const pos = xs.filter((v) => v >= 0);
	if (neg.length === 0 || pos.length === 0 || klassen < 2) return klassiere(xs, methode, klassen);
	const kNeg = Math.min(klassen - 1, Math.max(1, Math.round((klassen * neg.length) / xs.length)));
	const unten = klassiere(neg, methode, kNeg).grenzen;
	const oben = klassiere(pos, methode, klassen - kNeg).grenzen;
	const grenzen = [...unten.slice(0, -1), 0, ...oben.slice(1)];
	// A side with a single distinct value gives one class; its bounds still meet at zero.
	const eindeutig = grenzen.filter((g, i) => i === 0 || g > grenzen[i - 1]);
	const anzahl = new Array(eindeutig.length - 1).fill(0);
	for (const v of xs) anzahl[klasseVon(v, eindeutig)]++;
	return { grenzen: eindeutig, anzahl };
}

/** Classes at bounds the user fixed (inner bounds, ascending); the data's extremes close the outer classes. */
export function klassiereFest(values: readonly (number | null)[], innere: readonly number[]): Klassierung {
	const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (xs.length === 0) return { grenzen: [], anzahl: [], fest: true };
	const grenzen = [Math.min(...xs, innere[0]), ...innere, Math.max(...xs, innere.at(-1)!)];
	const anzahl = new Array(grenzen.length - 1).fill(0);
	for (const v of xs) anzahl[klasseVon(v, grenzen)]++;
	return { grenzen, anzahl, fest: true };
}

/** Whether a value lies within the classes at all (a city value may lie beyond every district's). */
export function inKlassen(value: number, grenzen: readonly number[]): boolean {
	return grenzen.length > 1 && value >= grenzen[0] && value <= grenzen.at(-1)!;
}
