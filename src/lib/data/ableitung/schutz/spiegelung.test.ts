import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import { highs } from './highs';
import { pruefe } from './pruefung';
import { spiegele, spiegelgrenzen, stimmig } from './spiegelung';
import { sekundaer, system } from './system';

let h: Highs;
beforeAll(async () => {
	h = await highs();
});

const linie = (gesamt: number, ...teile: number[]) => ({ glieder: [gesamt, ...teile], faktoren: [-1, ...teile.map(() => 1)] });

describe('the reflection of an LP solution through the true values', () => {
	// One line over withheld cells: x0 = x1 + x2 (true 3 = 1 + 2).
	const x0 = Float64Array.from([3, 1, 2]);

	it('adds the reflected point, which satisfies the line and stays ≥ 0', () => {
		const lo = x0.slice();
		const hi = x0.slice();
		// p = (3, 0, 3) lies on the line; its reflection (3, 2, 1) too.
		spiegele([3, 0, 3], x0, lo, hi);
		expect([...lo]).toEqual([3, 0, 1]);
		expect([...hi]).toEqual([3, 2, 3]);
	});

	it('stops the reflection where a cell would fall below 0', () => {
		// p = (3, 0, 3) from x0 = (3, 2, 1): the full reflection would give x2 = −1; half of it reaches 0.
		const andere = Float64Array.from([3, 2, 1]);
		const lo = andere.slice();
		const hi = andere.slice();
		spiegele([3, 0, 3], andere, lo, hi);
		expect(Math.min(...lo)).toBeGreaterThanOrEqual(0);
		expect(lo[2]).toBeCloseTo(0, 9);
		expect(hi[1]).toBeCloseTo(3, 9);
	});

	it('takes no step from a cell the solver leaves a hair below its true value', () => {
		// The solver's tolerance: x1 comes back 1e-12 below 1. Only cells above x0 limit the step; one just
		// below would give a step of −10¹², flinging the reflection far out and proving any interval.
		const lo = x0.slice();
		const hi = x0.slice();
		spiegele([3, 1 - 1e-12, 2 + 1e-12], x0, lo, hi);
		expect(Math.min(...lo)).toBeGreaterThan(0.99);
		expect(Math.max(...hi)).toBeLessThan(3.01);
		// A cell exactly at its true value widens nothing either.
		const lo2 = x0.slice();
		const hi2 = x0.slice();
		spiegele([3, 1, 2], x0, lo2, hi2);
		expect([...lo2, ...hi2]).toEqual([...x0, ...x0]);
	});

	it('bounds each cell by twice its true value, so that every such point reflects in full', () => {
		expect([...spiegelgrenzen(x0)]).toEqual([6, 2, 4]);
	});

	it('tells true values that satisfy the rows from ones that contradict them', () => {
		// The row x1 + x2 − x0 = 0 over columns 0, 1, 2.
		const [starts, indices, values] = [[0, 3], [0, 1, 2], [-1, 1, 1]];
		expect(stimmig(x0, starts, indices, values, [0])).toBe(true);
		expect(stimmig(Float64Array.from([4, 1, 2]), starts, indices, values, [0])).toBe(false);
	});
});

describe('the audit with reflected points', () => {
	it('proves every cell of a protected 2 × 2 table from reflected minima, with fewer LPs than cells', async () => {
		const werte = [1, 5, 4, 10, 6, 14, 5, 15, 20];
		const s = system(werte, werte.map((_, i) => i === 0), [linie(4, 0, 1), linie(5, 2, 3), linie(6, 0, 2), linie(7, 1, 3), linie(8, 4, 5), linie(8, 6, 7)]);
		sekundaer(s);
		const r = await pruefe(h, s, [0, 1, 2, 3], { breite: 2 });
		expect(r.zuEng).toHaveLength(0);
		expect(r.lps).toBeLessThan(4);
	});

	it('takes no point from true values the published tables contradict', async () => {
		// 0 (shown 10) = 1 (withheld, "true" 2) + 2 (shown 7): the tables say 3, and only 3.
		const r = await pruefe(h, system([10, 2, 7], [0, 1, 0], [linie(0, 1, 2)]), [1], { breite: 1 });
		expect(r.zuEng.map((iv) => iv.zelle)).toEqual([1]);
		expect(r.intervalle[0].min).toBeCloseTo(3, 9);
	});
});
