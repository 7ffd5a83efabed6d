/**
 * The audit's shortcuts, held to what the exact audit (an LP for each cell's min and max) says: points and
 * their reflections prove most cells without an LP of their own and never claim more than the exact
 * interval; the audit reports its progress and yields to the page without flooding it; a re-audit goes on
 * from the remembered bases and finds the same intervals; HiGHS stays silent on the console.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Highs } from 'highs';
import { highs } from './highs';
import { pruefe, type Intervall } from './pruefung';
import { basisgedaechtnis } from './basen';
import { sekundaer, system, type Schutzsystem } from './system';
import { linie, tafel } from './testing/tafeln';

let h: Highs;
beforeAll(async () => {
	h = await highs();
});
afterEach(() => {
	vi.restoreAllMocks();
});

const gesperrte = (s: Schutzsystem) => [...s.gesperrt.keys()].filter((z) => s.gesperrt[z]);
const nachZelle = (ivs: Intervall[]) => new Map(ivs.map((iv) => [iv.zelle, iv]));

describe('proof from points (no LP of its own for a cell already known to be wide)', () => {
	// A 12 × 12 table whose 1s are withheld (two in every row and column: no line gives one away).
	const s = tafel(12, (_, __, w) => w === 1);
	const ziele = gesperrte(s);

	it('finds the same cells too narrow as the exact audit, each within its exact interval, with far fewer LPs', async () => {
		expect(sekundaer(s)).toEqual([]);
		expect(ziele).toHaveLength(30);
		for (const breite of [2, 3, 4]) {
			const exakt = await pruefe(h, s, ziele, { breite, genau: true });
			const innen = await pruefe(h, s, ziele, { breite });
			expect(innen.zuEng.map((iv) => iv.zelle)).toEqual(exakt.zuEng.map((iv) => iv.zelle));
			const e = nachZelle(exakt.intervalle);
			for (const iv of innen.intervalle) {
				expect(iv.min).toBeGreaterThanOrEqual(e.get(iv.zelle)!.min - 1e-6);
				expect(iv.max).toBeLessThanOrEqual(e.get(iv.zelle)!.max + 1e-6);
				expect(iv.min).toBeLessThanOrEqual(iv.wert + 1e-6);
				expect(iv.max).toBeGreaterThanOrEqual(iv.wert - 1e-6);
			}
			// Where most cells are wide enough, their points save most LPs; where none is, each needs its own.
			if (breite < 4) expect(innen.lps).toBeLessThan(exakt.lps);
		}
		expect((await pruefe(h, s, ziele, { breite: 2 })).lps).toBeLessThan(ziele.length / 2);
	});

	it('marks an interval proven by points as an inner bound, an LP’s min and max as exact', async () => {
		const innen = await pruefe(h, s, ziele, { breite: 2 });
		expect(innen.intervalle).toHaveLength(30);
		expect(innen.intervalle.every((iv) => !iv.genau)).toBe(true);
		expect((await pruefe(h, s, ziele, { breite: 2, genau: true })).intervalle.every((iv) => iv.genau)).toBe(true);
	});

	it('proves an all-withheld table with its margins shown from two LPs, whatever its size', async () => {
		for (const k of [12, 20]) {
			const alle = tafel(k, () => true);
			const r = await pruefe(h, alle, gesperrte(alle), { breite: 2 });
			expect(r.zuEng).toEqual([]);
			expect(r.intervalle).toHaveLength(k * k);
			expect(r.lps).toBeLessThanOrEqual(2);
		}
	});

	it('learns from every LP’s point also where the true values contradict the lines (rounded tables)', async () => {
		// 0 (shown 10) = 1 + 2 (both withheld, true values 3 and 3: not 10, as after rounding): no reflection,
		// but the first cell's max and min LPs are points of the second too, which then needs no LP.
		const s = system([10, 3, 3], [0, 1, 1], [linie(0, 1, 2)]);
		const r = await pruefe(h, s, [1, 2], { breite: 2 });
		expect(r.intervalle.map((iv) => [iv.zelle, iv.min, iv.max, iv.genau])).toEqual([
			[1, 0, 10, true],
			[2, 0, 10, false]
		]);
		expect(r.lps).toBe(2);
	});
});

describe('an audit that takes a while', () => {
	const s = tafel(20, () => true);
	const alle = gesperrte(s);

	it('reports the share of cells decided now and then, rising and below 1, at most once per 50 ms', async () => {
		const anteile: number[] = [];
		const start = performance.now();
		const r = await pruefe(h, s, alle, { breite: 2, genau: true, zwischendurch: (a) => anteile.push(a) });
		const dauer = performance.now() - start;
		expect(r.intervalle).toHaveLength(alle.length);
		expect(dauer).toBeGreaterThan(100);
		expect(anteile.length).toBeGreaterThan(0);
		expect(anteile.length).toBeLessThanOrEqual(dauer / 50 + 1);
		for (const [i, a] of anteile.entries()) {
			expect(a).toBeGreaterThan(0);
			expect(a).toBeLessThan(1);
			if (i) expect(a).toBeGreaterThanOrEqual(anteile[i - 1]);
		}
	});

	it('yields to the page between its LPs also when nobody asks for the progress', async () => {
		let zwischendurch = 0;
		const uhr = setInterval(() => zwischendurch++, 1);
		try {
			await pruefe(h, s, alle, { breite: 2, genau: true });
		} finally {
			clearInterval(uhr);
		}
		expect(zwischendurch).toBeGreaterThan(0);
	});

	it('keeps HiGHS silent: no solver log on the console', async () => {
		const log = vi.spyOn(console, 'log');
		const aus = vi.spyOn(process.stdout, 'write');
		await pruefe(h, tafel(12, (_, __, w) => w === 1), gesperrte(tafel(12, (_, __, w) => w === 1)), { breite: 3, genau: true });
		expect(log).not.toHaveBeenCalled();
		expect(aus).not.toHaveBeenCalled();
	});
});

describe('a re-audit from the remembered bases', () => {
	it('remembers each model’s last basis and finds from it the same exact intervals as from none', async () => {
		const s = tafel(12, (_, __, w) => w === 1);
		const ziele = gesperrte(s);
		const basen = basisgedaechtnis(s);
		const kalt = await pruefe(h, s, ziele, { breite: 3, genau: true, basen });
		// The model holds the 30 withheld cells and the 24 lines; every other cell is in no model.
		expect(ziele.every((z) => basen.zelle[z] >= 0)).toBe(true);
		expect([...basen.zelle].filter((b) => b >= 0)).toHaveLength(30);
		expect([...basen.linie].every((b) => b >= 0)).toBe(true);
		const warm = await pruefe(h, s, ziele, { breite: 3, genau: true, basen });
		const k = nachZelle(kalt.intervalle);
		for (const iv of warm.intervalle) {
			expect(iv.min).toBeCloseTo(k.get(iv.zelle)!.min, 6);
			expect(iv.max).toBeCloseTo(k.get(iv.zelle)!.max, 6);
		}
		expect(warm.zuEng.map((iv) => iv.zelle)).toEqual(kalt.zuEng.map((iv) => iv.zelle));
	});

	it('proves from a remembered basis, without the reflection rounds, nothing beyond the exact intervals', async () => {
		const s = tafel(12, (_, __, w) => w === 1);
		const ziele = gesperrte(s);
		const exakt = nachZelle((await pruefe(h, s, ziele, { breite: 3, genau: true })).intervalle);
		const basen = basisgedaechtnis(s);
		await pruefe(h, s, ziele, { breite: 3, basen });
		const wieder = await pruefe(h, s, ziele, { breite: 3, basen });
		expect(wieder.intervalle).toHaveLength(30);
		for (const iv of wieder.intervalle) {
			expect(iv.min).toBeGreaterThanOrEqual(exakt.get(iv.zelle)!.min - 1e-6);
			expect(iv.max).toBeLessThanOrEqual(exakt.get(iv.zelle)!.max + 1e-6);
		}
		expect(wieder.zuEng).toHaveLength(12);
	});
});

describe('refusals and unbounded cells', () => {
	it('refuses a target that is not withheld, naming it', async () => {
		const s = system([5, 2, 3], [0, 1, 1], [linie(0, 1, 2)]);
		await expect(pruefe(h, s, [0], { breite: 2 })).rejects.toThrow('Zelle 0 ist nicht gesperrt.');
	});

	it('finds a cell unbounded above also where HiGHS’s presolve runs (most lines of two cells)', async () => {
		// 0 (withheld) = 1 (withheld), 2 (shown 4) = 3 (withheld): two lines of two cells each, presolve on.
		const s = system([3, 3, 4, 4], [1, 1, 0, 1], [linie(0, 1), linie(2, 3)]);
		const r = await pruefe(h, s, [0, 3], { breite: 2, genau: true });
		expect(r.intervalle.map((iv) => [iv.zelle, iv.min, iv.max])).toEqual([
			[0, 0, Infinity],
			[3, 4, 4]
		]);
		expect(r.zuEng.map((iv) => iv.zelle)).toEqual([3]);
	});
});
