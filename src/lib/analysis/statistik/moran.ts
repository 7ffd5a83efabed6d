/**
 * Moran's I, global and local (LISA, Anselin 1995), with row-standardised weights and permutation
 * inference as GeoDa and PySAL's esda compute it. Global: the values are permuted over all areas.
 * Local: conditional permutation — area i keeps its value, its neighbours' values are drawn at random
 * from the other areas (without replacement). The pseudo p-value is folded (the smaller tail): (min(≥, ≤) + 1) / (R + 1).
 * Areas without neighbours get no local statistic.
 */
import type { Nachbarschaft } from './gewichte';
import { zufallszahlen } from './zufall';

export const STANDARD_PERMUTATIONEN = 999;

export interface MoranGlobal {
	I: number;
	/** E[I] = −1 / (n − 1) under no spatial autocorrelation. */
	erwartung: number;
	p: number;
	permutationen: number;
	n: number;
}

export type Quadrant = 'HH' | 'LL' | 'HL' | 'LH';

export interface MoranLokal {
	I: number;
	/** null without neighbours. */
	p: number | null;
	quadrant: Quadrant | null;
}

function standardisiert(werte: readonly number[]): { z: number[]; m2: number } {
	const n = werte.length;
	const mittel = werte.reduce((s, v) => s + v, 0) / n;
	const z = werte.map((v) => v - mittel);
	return { z, m2: z.reduce((s, v) => s + v * v, 0) / n };
}

function lag(z: readonly number[], nb: readonly number[]): number {
	if (nb.length === 0) return 0;
	let s = 0;
	for (const j of nb) s += z[j];
	return s / nb.length;
}

function globalI(z: readonly number[], w: Nachbarschaft, m2: number): number {
	let s = 0;
	let s0 = 0;
	for (let i = 0; i < z.length; i++) {
		if (w[i].length === 0) continue;
		s += z[i] * lag(z, w[i]);
		s0 += 1;
	}
	return s / (s0 * m2);
}

const gefaltet = (groesser: number, R: number) => (Math.min(groesser, R - groesser) + 1) / (R + 1);

export function moranGlobal(werte: readonly number[], w: Nachbarschaft, permutationen = STANDARD_PERMUTATIONEN, seed?: number): MoranGlobal {
	const n = werte.length;
	const { z, m2 } = standardisiert(werte);
	const I = globalI(z, w, m2);
	const zufall = zufallszahlen(seed);
	const perm = [...z];
	let groesser = 0;
	for (let r = 0; r < permutationen; r++) {
		for (let k = n - 1; k > 0; k--) {
			const j = Math.floor(zufall() * (k + 1));
			[perm[k], perm[j]] = [perm[j], perm[k]];
		}
		if (globalI(perm, w, m2) >= I) groesser++;
	}
	return { I, erwartung: -1 / (n - 1), p: gefaltet(groesser, permutationen), permutationen, n };
}

function quadrant(zi: number, l: number): Quadrant | null {
	if (zi > 0) return l > 0 ? 'HH' : l < 0 ? 'HL' : null;
	if (zi < 0) return l < 0 ? 'LL' : l > 0 ? 'LH' : null;
	return null;
}

/**
 * As esda's `crand`: one table of random draws (per permutation, `maxK` distinct indices out of the
 * n − 1 others) serves every area, an index at or above the area's own shifted by one. Each area's test
 * is exact; the tests of different areas share their draws, which only correlates them, and the table
 * costs permutations × maxK random numbers instead of permutations × Σk.
 */
function ziehungen(n: number, maxK: number, permutationen: number, zufall: () => number): Int32Array {
	const andere = Int32Array.from({ length: n - 1 }, (_, j) => j);
	const tabelle = new Int32Array(permutationen * maxK);
	for (let r = 0; r < permutationen; r++) {
		for (let m = 0; m < maxK; m++) {
			const j = m + Math.floor(zufall() * (n - 1 - m));
			const t = andere[m];
			andere[m] = andere[j];
			andere[j] = t;
			tabelle[r * maxK + m] = andere[m];
		}
	}
	return tabelle;
}

export function moranLokal(werte: readonly number[], w: Nachbarschaft, permutationen = STANDARD_PERMUTATIONEN, seed?: number): MoranLokal[] {
	const n = werte.length;
	const { z, m2 } = standardisiert(werte);
	const maxK = Math.min(n - 1, Math.max(0, ...w.map((nb) => nb.length)));
	const tabelle = n < 2 ? new Int32Array(0) : ziehungen(n, maxK, permutationen, zufallszahlen(seed));
	return z.map((zi, i) => {
		const k = Math.min(w[i].length, n - 1);
		const l = lag(z, w[i]);
		const I = (zi / m2) * l;
		if (k === 0) return { I, p: null, quadrant: quadrant(zi, l) };
		let groesser = 0;
		for (let r = 0; r < permutationen; r++) {
			let s = 0;
			const zeile = r * maxK;
			for (let m = 0; m < k; m++) {
				const j = tabelle[zeile + m];
				s += z[j >= i ? j + 1 : j];
			}
			if ((zi / m2) * (s / k) >= I) groesser++;
		}
		return { I, p: gefaltet(groesser, permutationen), quadrant: quadrant(zi, l) };
	});
}
