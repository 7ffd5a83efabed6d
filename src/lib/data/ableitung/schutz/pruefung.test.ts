import { beforeAll, describe, expect, it } from 'vitest';
import type { Highs } from 'highs';
import { highs } from './highs';
import { pruefe } from './pruefung';
import { erweitere, sekundaer, system } from './system';
import { linie, tafel } from './testing/tafeln';

let h: Highs;
beforeAll(async () => {
	h = await highs();
});

describe('the audit of suppression (LP per withheld cell)', () => {
	// 2 × 2 table with margins: a b | R1 ; c d | R2 ; C1 C2 | T.
	const [a, b, c, d, r1, r2, c1, c2, t] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
	const werte = [1, 5, 4, 10, 6, 14, 5, 15, 20];
	const linien = [linie(r1, a, b), linie(r2, c, d), linie(c1, a, c), linie(c2, b, d), linie(t, r1, r2), linie(t, c1, c2)];

	it('finds a single withheld cell of a 2 × 2 table determined exactly', async () => {
		const s = system(werte, werte.map((_, i) => i === a), linien);
		const r = await pruefe(h, s, [a], { breite: 2, genau: true });
		expect(r.intervalle[0]).toMatchObject({ min: 1, max: 1 });
		expect(r.zuEng).toHaveLength(1);
	});

	it('after secondary suppression of all four cells gives the interval [0, 5], which protects it', async () => {
		const s = system(werte, werte.map((_, i) => i === a), linien);
		expect(sekundaer(s).sort()).toEqual([b, c, d]);
		const r = await pruefe(h, s, [a], { breite: 2, genau: true });
		// b = 6 − a ≥ 0, c = 5 − a ≥ 0, d = 9 + a ≥ 0.
		expect(r.intervalle[0].min).toBeCloseTo(0, 9);
		expect(r.intervalle[0].max).toBeCloseTo(5, 9);
		expect(r.zuEng).toHaveLength(0);
	});

	// Two tables of districts A, B sharing their row margin (the districts' totals, published by neither):
	// by status (A1 A2 / B1 B2, column totals S1 S2) and by sex (Am Aw / Bm Bw, all shown).
	const [A1, A2, B1, B2, S1, S2, Am, Aw, Bm, Bw] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
	const werte2 = [1, 7, 5, 9, 6, 16, 3, 5, 7, 7];
	const eigene = [linie(S1, A1, B1), linie(S2, A2, B2)];
	// The shared margin: A1 + A2 = Am + Aw, i.e. Am + Aw − A1 − A2 = 0 (written with Am as the "total").
	const verbunden = [...eigene, { glieder: [Am, Aw, A1, A2], faktoren: [1, 1, -1, -1] }, { glieder: [Bm, Bw, B1, B2], faktoren: [1, 1, -1, -1] }];
	const gesperrt = werte2.map((_, i) => i === A1 || i === B1);

	it('sees the status table alone protect A1 (0 … 6), but the shared margin give it away exactly', async () => {
		expect((await pruefe(h, system(werte2, gesperrt, eigene), [A1], { breite: 2, genau: true })).intervalle[0]).toMatchObject({ min: 0, max: 6 });
		const verknuepft = await pruefe(h, system(werte2, gesperrt, verbunden), [A1], { breite: 2, genau: true });
		expect(verknuepft.intervalle[0].min).toBeCloseTo(1, 9);
		expect(verknuepft.intervalle[0].max).toBeCloseTo(1, 9);
	});

	it('with the shared margin as a line, secondary suppression closes the path and the audit passes', async () => {
		const s = system(werte2, gesperrt, verbunden);
		expect(sekundaer(s).length).toBeGreaterThan(0);
		const r = await pruefe(h, s, [A1], { breite: 2, genau: true });
		expect(Math.floor(r.intervalle[0].max) - Math.ceil(r.intervalle[0].min)).toBeGreaterThanOrEqual(2);
		expect(r.zuEng).toHaveLength(0);
	});

	it('proves protection from points alone where it can, without an LP per cell', async () => {
		const s = system(werte, werte.map((_, i) => i === a), linien);
		sekundaer(s);
		const r = await pruefe(h, s, [a, b, c, d], { breite: 2 });
		expect(r.zuEng).toHaveLength(0);
		expect(r.intervalle.every((iv) => iv.max - iv.min >= 2)).toBe(true);
	});

	// A district's residents E = d1 + d2 + m1 + m2 + m3 and its MH count M = m1 + m2 + m3, all published;
	// d1 (a 1, primary), m1 and m2 withheld. E − M − d2 gives d1 away although every line has two unknowns.
	const [E, d1, d2, m1, m2, m3, M] = [0, 1, 2, 3, 4, 5, 6];
	const werte3 = [20, 1, 9, 2, 7, 1, 10];
	const bezirk = [linie(E, d1, d2, m1, m2, m3), linie(M, m1, m2, m3)];
	const gesperrt3 = werte3.map((_, i) => i === d1 || i === m1 || i === m2);

	it('names as levers of a cell found too narrow the members of the lines binding it that do not cancel out', async () => {
		const s = system(werte3, gesperrt3, bezirk);
		expect(sekundaer(s)).toEqual([]);
		const r = await pruefe(h, s, [d1], { breite: 2 });
		expect(r.zuEng.map((iv) => [iv.min, iv.max])).toEqual([[1, 1]]);
		// m3, the smallest shown member of d1's lines, lies in both and cancels: withholding it leaves d1 at 1.
		expect(r.zuEng[0].hebel!.sort()).toEqual([E, d2, M]);
		expect(erweitere(s, [r.zuEng[0].hebel!])).toEqual([d2]);
		const danach = await pruefe(h, s, [d1], { breite: 2, genau: true });
		expect([danach.intervalle[0].min, danach.intervalle[0].max]).toEqual([0, 10]);
	});

	it('names a shown 0 as a lever only where raising it would raise the cell (below 0 it cannot go)', async () => {
		// 0: total 3 = 1: withheld 1 + 2: 0 + 3: 2. Raising the 0 would lower cell 1: withholding it cannot raise its max.
		const teil = await pruefe(h, system([3, 1, 0, 2], [0, 1, 0, 0], [linie(0, 1, 2, 3)]), [1], { breite: 2 });
		expect(teil.zuEng[0].hebel!.sort()).toEqual([0, 3]);
		// 0: withheld total 2 = 1: 0 + 2: 2. Raising the 0 raises the total: withholding it widens the total's max.
		const summe = await pruefe(h, system([2, 0, 2], [1, 0, 0], [linie(0, 1, 2)]), [0], { breite: 2 });
		expect(summe.zuEng[0].hebel!.sort()).toEqual([1, 2]);
	});

	it('withholds a fixed cell (the city’s counts) never as an extension', async () => {
		const s = system(werte3, gesperrt3, bezirk, werte3.map((_, i) => i === d2));
		const r = await pruefe(h, s, [d1], { breite: 2 });
		expect(erweitere(s, [r.zuEng[0].hebel!])).toEqual([M]);
	});

	it('counts an interval exactly as wide as the protection interval as protected, one narrower as too narrow', async () => {
		const s = system(werte, werte.map((_, i) => i === a), linien);
		sekundaer(s);
		// a lies in [0, 5]: 5 possible steps.
		expect((await pruefe(h, s, [a], { breite: 5, genau: true })).zuEng).toHaveLength(0);
		expect((await pruefe(h, s, [a], { breite: 6, genau: true })).zuEng.map((iv) => iv.zelle)).toEqual([a]);
	});

	it('leaves a withheld cell in no line unbounded, and reports it protected', async () => {
		const s = system([...werte, 1], [...werte.map((_, i) => i === a), true], linien);
		sekundaer(s);
		const r = await pruefe(h, s, [9], { breite: 2, genau: true });
		expect(r.intervalle).toEqual([{ zelle: 9, wert: 1, min: 0, max: Infinity, genau: true }]);
		expect(r.zuEng).toHaveLength(0);
	});

	it('reports the cells it had no time or LP work left for as not audited, never as protected', async () => {
		const s = system(werte, werte.map((_, i) => i === a), linien);
		sekundaer(s);
		const keineArbeit = await pruefe(h, s, [a, b, c, d], { breite: 2, genau: true, hoechstensArbeit: 0 });
		expect(keineArbeit.ungeprueft.sort()).toEqual([a, b, c, d]);
		expect(keineArbeit.intervalle).toHaveLength(0);
		// Each LP costs more than 8 units (its fixed share alone is 1 000): the audit begins one target, a, and
		// finishes it (its max and min), then the work is used up.
		const zweiLps = await pruefe(h, s, [a, b, c, d], { breite: 2, genau: true, hoechstensArbeit: 8 });
		expect(zweiLps.lps).toBe(2);
		expect(zweiLps.intervalle.map((iv) => iv.zelle)).toEqual([a]);
		expect(zweiLps.ungeprueft).toEqual([b, c, d]);
		const vorbei = await pruefe(h, s, [a, b], { breite: 2, bis: performance.now() - 1 });
		expect(vorbei.ungeprueft.sort()).toEqual([a, b]);
		expect((await pruefe(h, s, [a, b], { breite: 2, genau: true, bis: performance.now() + 60_000 })).ungeprueft).toEqual([]);
	});

	it('finds a withheld cell unbounded above when only withheld cells bound it', async () => {
		// 0 (total, withheld) = 1 (withheld) + 2 (shown 7): 1 can be any count at all.
		const r = await pruefe(h, system([9, 2, 7], [1, 1, 0], [linie(0, 1, 2)]), [1], { breite: 2, genau: true });
		expect(r.intervalle[0]).toMatchObject({ zelle: 1, min: 0, max: Infinity });
		expect(r.zuEng).toHaveLength(0);
	});

	it('refuses tables that contradict each other instead of calling them protected', async () => {
		// 0 (shown 10) = 1 (withheld) + 2 (shown 12): no count ≥ 0 fits.
		await expect(pruefe(h, system([10, 2, 12], [0, 1, 0], [linie(0, 1, 2)]), [1], { breite: 2, genau: true })).rejects.toThrow('Prüfung der Geheimhaltung: das Gleichungssystem ist nicht lösbar');
	});
});


describe('the limit of LP work', () => {
	// A 30 × 30 table of small counts, all withheld, with its row and column totals shown: one model of 900
	// cells and 60 lines, whose first LP takes dozens of simplex iterations.
	const k = 30;
	const alle = Array.from({ length: k * k }, (_, z) => z);
	const s = () => tafel(k, () => true);

	it('audits every cell when the work left pays for the LPs', async () => {
		const r = await pruefe(h, s(), alle, { breite: 2, hoechstensArbeit: 100_000_000 });
		expect(r.ungeprueft).toEqual([]);
		expect(r.intervalle).toHaveLength(k * k);
	});

	it('counts each LP’s work as its simplex iterations × its model’s lines + twice its cells + 1 000', async () => {
		const proLp = (n: number) => 2 * n + 1_000;
		const gross = await pruefe(h, tafel(12, () => true), [...Array(144).keys()], { breite: 2, genau: true });
		expect(gross.lps).toBe(2 * 144);
		const iterationen = (gross.arbeit - gross.lps * proLp(144)) / 24;
		expect(Number.isInteger(iterationen) && iterationen > 0).toBe(true);
		// One withheld cell in three lines: a model of 1 cell and 3 lines.
		const klein = await pruefe(h, system([4, 1, 3, 5, 4, 2, 1], [0, 1, 0, 0, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4), linie(5, 1, 6)]), [1], { breite: 2, genau: true });
		expect(klein.intervalle[0]).toMatchObject({ min: 1, max: 1 });
		expect((klein.arbeit - klein.lps * proLp(1)) % 3).toBe(0);
		expect(klein.arbeit).toBeGreaterThanOrEqual(klein.lps * proLp(1));
	});

	it('stops an LP the work left cannot pay for, and reports its cells as not audited, never as protected', async () => {
		const r = await pruefe(h, s(), alle, { breite: 2, hoechstensArbeit: 1 });
		expect(r.lps).toBe(1);
		expect(r.intervalle).toEqual([]);
		expect(r.ungeprueft.sort((x, y) => x - y)).toEqual(alle);
	});
});
