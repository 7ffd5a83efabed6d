import { describe, expect, it } from 'vitest';
import { bedarfsrangbereiche } from './bedarfsrang';

const codes = ['a', 'b', 'c', 'd'];
const komponente = (werte: number[], nenner: number[]) => ({
	gewicht: 1,
	werte: new Map(codes.map((c, i) => [c, werte[i]])),
	zaehlungen: codes.map((code, i) => ({ code, zaehler: Math.round((werte[i] / 100) * nenner[i]), nenner: nenner[i], gesperrt: false }))
});
const ohneErreichbarkeit = new Map(codes.map((c) => [c, 0]));

describe('rank spans of the Handlungsbedarf ranking', () => {
	it('districts of many people with shares far apart keep their ranks', () => {
		const r = bedarfsrangbereiche(codes, ohneErreichbarkeit, [komponente([60, 40, 20, 5], [20000, 20000, 20000, 20000])]);
		expect([...r.values()]).toEqual([1, 2, 3, 4].map((n) => ({ bester: n, schlechtester: n })));
	});
	it('close shares of few people swap ranks: their span covers both', () => {
		const r = bedarfsrangbereiche(codes, ohneErreichbarkeit, [komponente([31, 30, 10, 5], [200, 200, 20000, 20000])]);
		expect(r.get('a')).toEqual({ bester: 1, schlechtester: 2 });
		expect(r.get('b')).toEqual({ bester: 1, schlechtester: 2 });
		expect(r.get('d')).toEqual({ bester: 4, schlechtester: 4 });
	});
	it('is the same for the same seed and holds a component without counts fixed', () => {
		const k = komponente([31, 30, 29, 5], [300, 300, 300, 300]);
		expect(bedarfsrangbereiche(codes, ohneErreichbarkeit, [k])).toEqual(bedarfsrangbereiche(codes, ohneErreichbarkeit, [k]));
		const fest = bedarfsrangbereiche(codes, ohneErreichbarkeit, [{ ...k, zaehlungen: null }]);
		expect([...fest.values()].every((b) => b.bester === b.schlechtester)).toBe(true);
	});
});

// Counts so large that the draws barely move a share: every replicate ranks as the need index itself does.
const VIELE = 1_000_000;
const anteil = (gewicht: number, werte: Record<string, number | null>, nenner = VIELE) => ({
	gewicht,
	werte: new Map(Object.entries(werte)),
	zaehlungen: Object.entries(werte).map(([code, w]) => ({ code, zaehler: w === null ? null : Math.round((w / 100) * nenner), nenner, gesperrt: false }))
});
const einzeln = (r: Map<string, { bester: number; schlechtester: number }>) => [...r].map(([code, b]) => [code, b.bester, b.schlechtester]);

describe('the ranking each replicate recomputes', () => {
	// b ranks first only because of its coverage term; a's heavier first share puts it before c, whose second share is lower.
	const codes = ['b', 'a', 'c', 'd'];
	const nichtErreicht = new Map([['a', 0], ['b', 1.5], ['c', 1], ['d', 0]]);
	const komponenten = [anteil(2, { a: 51, b: 50, c: 29, d: 24 }), anteil(1, { a: 57, b: 47, c: 15, d: 19 })];
	const genau = codes.map((c, i) => [c, i + 1, i + 1]);

	it('weighs the standardised shares and adds the coverage term, as the need index does', () => {
		expect(einzeln(bedarfsrangbereiche(codes, nichtErreicht, komponenten))).toEqual(genau);
	});
	it('takes the 2.5th to 97.5th percentile of few replicates too', () => {
		expect(einzeln(bedarfsrangbereiche(codes, nichtErreicht, komponenten, 40))).toEqual(genau);
	});
	it('lets a component without spread count for nothing', () => {
		// Shown in an order the draws disagree with (a before b), so a result of NaN, which keeps the shown order, would show.
		const gleich = { gewicht: 1, werte: new Map(codes.map((c) => [c, 30])), zaehlungen: null };
		const r = bedarfsrangbereiche(['a', 'b', 'c', 'd'], nichtErreicht, [...komponenten, gleich]);
		expect(einzeln(r)).toEqual([['a', 1, 2], ['b', 1, 2], ['c', 3, 3], ['d', 4, 4]]);
	});
	it('always shows the rank inside its span', () => {
		expect(einzeln(bedarfsrangbereiche(['c', 'b', 'a', 'd'], nichtErreicht, komponenten))).toEqual([['c', 1, 3], ['b', 1, 2], ['a', 2, 3], ['d', 4, 4]]);
	});
	it('standardises a share among the districts that have it: a district without a value is not a 0', () => {
		// e has no first share; read as 0 it would widen that share's spread and put b before c. Shown as b, c, a.
		const r = bedarfsrangbereiche(['b', 'c', 'a'], new Map(), [anteil(1, { a: 42, b: 40, c: 43, e: null }), anteil(1, { a: 28, b: 51, c: 40, e: 37 })]);
		expect(einzeln(r)).toEqual([['b', 1, 2], ['c', 1, 2], ['a', 3, 3]]);
	});
});

describe('the sampling variation of a share', () => {
	const codes = ['a', 'b', 'c'];
	const ohne = new Map<string, number>();
	const nah = { a: 31, b: 30, c: 29 };
	it('is none where a count is missing or the denominator is 0: the share stays fixed', () => {
		for (const fehlt of [{ zaehler: null }, { nenner: null }, { nenner: 0 }]) {
			const k = anteil(1, nah, 300);
			const ohneZaehlung = { ...k, zaehlungen: k.zaehlungen.map((z) => ({ ...z, ...fehlt })) };
			// Shown as b, a, c: the fixed draws always rank a first, so a and b each span both ranks, c none.
			expect(einzeln(bedarfsrangbereiche(['b', 'a', 'c'], ohne, [ohneZaehlung]))).toEqual([['b', 1, 2], ['a', 1, 2], ['c', 3, 3]]);
		}
	});
	it('follows the binomial standard error: a 1-point gap between districts of 20 000 holds, a 0,5-point gap does not', () => {
		// About 0,32 points each: the lower district ranks first in about 1,5 % of the replicates at a 1-point gap, 14 % at 0,5.
		expect(einzeln(bedarfsrangbereiche(['a', 'b'], ohne, [anteil(1, { a: 31, b: 30 }, 20_000)]))).toEqual([['a', 1, 1], ['b', 2, 2]]);
		expect(einzeln(bedarfsrangbereiche(['a', 'b'], ohne, [anteil(1, { a: 30.5, b: 30 }, 20_000)]))).toEqual([['a', 1, 2], ['b', 1, 2]]);
	});
	it('is not zero at 0 %: a district of three people none of whom is in the group swaps with one where one is', () => {
		const r = bedarfsrangbereiche(['a', 'b'], ohne, [{ gewicht: 1, werte: new Map([['a', 100 / 3], ['b', 0]]), zaehlungen: [
			{ code: 'a', zaehler: 1, nenner: 3, gesperrt: false },
			{ code: 'b', zaehler: 0, nenner: 3, gesperrt: false }
		] }]);
		expect(einzeln(r)).toEqual([['a', 1, 2], ['b', 1, 2]]);
	});
});
