import { describe, expect, it } from 'vitest';
import { moranGlobal, moranLokal } from './moran';

/** Areas 0…n−1 in a row, each touching the next. */
const reihe = (n: number) => Array.from({ length: n }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < n));

describe("Moran's I on small hand-made rows", () => {
	it('an area without neighbours enters neither the global I nor gets a local test', () => {
		// 1, 2, 3 in a row and 10 alone: z = −3, −2, −1, 6, m2 = 12.5; Σ z·lag = 6 + 4 + 2 over 3 areas: I = 12 / (3 · 12.5).
		const w = [[1], [0, 2], [1], []];
		expect(moranGlobal([1, 2, 3, 10], w, 9, 1).I).toBeCloseTo(0.32, 12);
		expect(moranLokal([1, 2, 3, 10], w, 9, 1)[3]).toEqual({ I: 0, p: null, quadrant: null });
	});
	it('quadrants: high or low against the neighbours; none at exactly the mean or with neighbours exactly at it', () => {
		// z = −2, −1, 0, 3: lags −1, −1, 1, 0.
		expect(moranLokal([1, 2, 3, 6], reihe(4), 9, 1).map((l) => l.quadrant)).toEqual(['LL', 'LL', null, null]);
		// z = 2, 1, 0, −3: lags 1, 1, −1, 0.
		expect(moranLokal([6, 5, 4, 1], reihe(4), 9, 1).map((l) => l.quadrant)).toEqual(['HH', 'HH', null, null]);
		// z = −1, 1, −1, 1 alternating.
		expect(moranLokal([1, 3, 1, 3], reihe(4), 9, 1).map((l) => l.quadrant)).toEqual(['LH', 'HL', 'LH', 'HL']);
	});
	it('a permutation as extreme as the data counts: three areas in a row, one arrangement in three has the observed I', () => {
		// Σ z·lag = −1.5 · z(middle)², so I depends only on the value in the middle; with 2 there (z = −1) it is the
		// largest of three equally likely values: p = 1/3. Whole z keep the two arrangements' sums exactly equal.
		const m = moranGlobal([1, 2, 6], reihe(3));
		expect(m.p).toBeGreaterThan(0.28);
		expect(m.p).toBeLessThan(0.39);
	});
});
