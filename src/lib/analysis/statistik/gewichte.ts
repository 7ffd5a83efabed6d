/**
 * Spatial weights from the district polygons: who is whose neighbour. Queen contiguity (sharing at
 * least a corner) is GeoDa's and PySAL's default; Rook needs a shared edge; k nearest takes the k
 * districts whose centroids lie closest. Vertices are matched after rounding to about a centimetre, as
 * neighbouring polygons cut from one partition share their vertices.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Gewichtsart = 'queen' | 'rook' | 'knn';

export const GEWICHTSART_LABEL: Record<Gewichtsart, string> = {
	queen: 'Queen (gemeinsame Ecke oder Kante)',
	rook: 'Rook (gemeinsame Kante)',
	knn: 'k nächste Nachbarn (Schwerpunkte)'
};

export const STANDARD_K = 4;

/** Neighbours of each area by index (binary weights; row standardisation happens where they are used). */
export type Nachbarschaft = number[][];

type Flaeche = Feature<Polygon | MultiPolygon, unknown>;

function ringe(f: Flaeche): Position[][] {
	const g = f.geometry;
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

const schluessel = (p: Position) => `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;

function kontiguitaet(flaechen: readonly Flaeche[], art: 'queen' | 'rook'): Nachbarschaft {
	const wer = new Map<string, Set<number>>();
	flaechen.forEach((f, i) => {
		for (const ring of ringe(f)) {
			for (let k = 0; k < ring.length - 1; k++) {
				const a = schluessel(ring[k]);
				const b = schluessel(ring[k + 1]);
				if (art === 'rook' && a === b) continue;
				const key = art === 'queen' ? a : a < b ? `${a}|${b}` : `${b}|${a}`;
				let s = wer.get(key);
				if (!s) wer.set(key, (s = new Set()));
				s.add(i);
			}
		}
	});
	const nachbarn = flaechen.map(() => new Set<number>());
	for (const s of wer.values()) for (const i of s) for (const j of s) if (i !== j) nachbarn[i].add(j);
	return nachbarn.map((s) => [...s].sort((a, b) => a - b));
}

/** Area-weighted centroid of the outer rings, in a local equirectangular projection (metres). */
export function schwerpunkte(flaechen: readonly Flaeche[]): [number, number][] {
	const alle = flaechen.flatMap((f) => ringe(f).flat());
	const breite0 = (alle.reduce((s, p) => s + p[1], 0) / Math.max(1, alle.length)) * (Math.PI / 180);
	const m = 6371008.8 * (Math.PI / 180);
	return flaechen.map((f) => {
		const g = f.geometry;
		const aussen = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
		let A = 0;
		let cx = 0;
		let cy = 0;
		for (const ring of aussen) {
			for (let k = 0; k < ring.length - 1; k++) {
				const x0 = ring[k][0] * m * Math.cos(breite0);
				const y0 = ring[k][1] * m;
				const x1 = ring[k + 1][0] * m * Math.cos(breite0);
				const y1 = ring[k + 1][1] * m;
				const c = x0 * y1 - x1 * y0;
				A += c;
				cx += (x0 + x1) * c;
				cy += (y0 + y1) * c;
			}
		}
		return [cx / (3 * A), cy / (3 * A)];
	});
}

/** The k nearest centroids (ties broken by index, so the result does not depend on sort stability). */
export function naechsteNachbarn(punkte: readonly [number, number][], k: number): Nachbarschaft {
	return punkte.map((p, i) =>
		punkte
			.map((q, j) => ({ j, d: (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 }))
			.filter((e) => e.j !== i)
			.sort((a, b) => a.d - b.d || a.j - b.j)
			.slice(0, k)
			.map((e) => e.j)
			.sort((a, b) => a - b)
	);
}

/**
 * Weights among the areas kept (indices into `flaechen`, renumbered 0…): contiguity is taken on the whole
 * map and then restricted (a left-out district breaks no other adjacency); k nearest is found among the
 * kept areas only, so every kept area still has k neighbours.
 */
export function nachbarschaft(flaechen: readonly Flaeche[], art: Gewichtsart, behalten: readonly number[] = flaechen.map((_, i) => i), k = STANDARD_K): Nachbarschaft {
	if (art === 'knn') return naechsteNachbarn(schwerpunkte(behalten.map((i) => flaechen[i])), Math.min(k, behalten.length - 1));
	const alle = kontiguitaet(flaechen, art);
	const neu = new Map(behalten.map((alt, j) => [alt, j]));
	return behalten.map((alt) => alle[alt].flatMap((j) => (neu.has(j) ? [neu.get(j)!] : [])));
}
