import { describe, expect, it } from 'vitest';
import { anteilNach, anteilsstatistik, veraenderungsintervall, type Anteilsstatistik } from './anteilsstatistik';
import type { Anteilszaehlung } from './zaehlungen';

// Three districts in a row, each a neighbour of the next.
const NACHBARN = [[1], [0, 2], [1]];
const zaehlung = (code: string, zaehler: number | null, nenner: number | null, gesperrt = false): Anteilszaehlung => ({ code, zaehler, nenner, gesperrt });

describe('anteilsstatistik', () => {
	it('gives each counted district its share in percent and its Wilson interval; a missing count gets neither', () => {
		const [a, b, c] = anteilsstatistik([zaehlung('a', 30, 100), zaehlung('b', 120, 400), zaehlung('c', null, 500)], NACHBARN);
		expect(a.roh).toBeCloseTo(30, 10);
		expect(a.intervall!.unten).toBeCloseTo(21.895, 3);
		expect(a.intervall!.oben).toBeCloseTo(39.585, 3);
		expect(b.intervall!.unten).toBeCloseTo(25.717, 3);
		expect(b.nenner).toBe(400);
		expect(c.roh).toBeNull();
		expect(c.intervall).toBeNull();
		expect(c.rang).toBeNull();
	});
});

describe('anteilNach', () => {
	const s: Anteilsstatistik = { code: 'a', roh: 30, ebGlobal: 29.5, ebRaeumlich: 28.75, intervall: null, rang: null, gesperrt: false, nenner: 100 };
	it('gives the raw or the smoothed share a view asks for', () => {
		expect(anteilNach(s, 'roh')).toBe(30);
		expect(anteilNach(s, 'eb_global')).toBe(29.5);
		expect(anteilNach(s, 'eb_raeumlich')).toBe(28.75);
	});
});

describe('veraenderungsintervall', () => {
	it('gives the change in percentage points with its Newcombe interval', () => {
		const v = veraenderungsintervall(zaehlung('a', 84, 300), zaehlung('a', 75, 300))!;
		expect(v.intervall.unten).toBeLessThan(0);
		expect(v.intervall.oben).toBeGreaterThan(3);
		expect(v.intervall.oben).toBeLessThan(12);
		expect(v.zufall).toBe(true);
		expect(veraenderungsintervall(zaehlung('a', 1680, 6000), zaehlung('a', 1500, 6000))!.zufall).toBe(false);
	});
	it('gives none when either Stichtag is withheld, even if counts were leaked into it', () => {
		expect(veraenderungsintervall(zaehlung('a', 84, 300, true), zaehlung('a', 75, 300))).toBeNull();
		expect(veraenderungsintervall(zaehlung('a', 84, 300), zaehlung('a', 75, 300, true))).toBeNull();
	});
	it('gives none when a count is missing at either Stichtag', () => {
		expect(veraenderungsintervall(zaehlung('a', null, 300), zaehlung('a', 75, 300))).toBeNull();
		expect(veraenderungsintervall(zaehlung('a', 84, 300), zaehlung('a', null, 300))).toBeNull();
		expect(veraenderungsintervall(zaehlung('a', 84, null), zaehlung('a', 75, 300))).toBeNull();
		expect(veraenderungsintervall(zaehlung('a', 84, 300), zaehlung('a', 75, null))).toBeNull();
	});
	it('gives none for a district nobody lived in at the earlier Stichtag', () => {
		expect(veraenderungsintervall(zaehlung('neu', 40, 120), zaehlung('neu', 0, 0))).toBeNull();
	});
});
