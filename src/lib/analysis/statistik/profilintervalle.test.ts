import { describe, expect, it } from 'vitest';
import { GESAMTSTADT } from '../../data/schema';
import { profilintervalle } from './profilintervalle';
import { wilson } from './wilson';
import { testtabelle } from './testing/testtabelle';

const t = testtabelle({ '2020-12-31': { einwohner: { '1': 100, '2': 200, [GESAMTSTADT]: 300 }, mh_anteil: { '1': 30, '2': 10, [GESAMTSTADT]: 50 / 3 }, auslaender_anzahl: { '1': 20, '2': 40 } } });

describe("a district's profile intervals", () => {
	it('every share with a known denominator, with its Wilson interval and its rank among the districts', () => {
		const p = profilintervalle(t, '2020-12-31', '1');
		expect([...p.keys()].sort()).toEqual(['mh_anteil']);
		const w = wilson(30, 100)!;
		expect(p.get('mh_anteil')!.intervall!.unten).toBeCloseTo(100 * w.unten, 9);
		expect(p.get('mh_anteil')!.rang).toEqual({ rang: 1, bester: 1, schlechtester: 1 });
	});
	it('nothing for a code that is no district', () => {
		expect(profilintervalle(t, '2020-12-31', 'gibt_es_nicht').size).toBe(0);
	});
});
