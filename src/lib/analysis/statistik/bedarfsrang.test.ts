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
