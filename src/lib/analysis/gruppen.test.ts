import { describe, expect, it } from 'vitest';
import { gruppenwerte, indikatorAus, summe } from './gruppen';
import type { Zaehlung } from '../data/abfragen/aufteilungen';
import { indikator } from '../data/indikatoren';
import { ZAEHLGROESSEN } from '../data/indikatoren';

const z = (code: string, teil: Partial<Zaehlung>): Zaehlung =>
	({ stichtag: '2020-12-31', code, ...Object.fromEntries(ZAEHLGROESSEN.map((g) => [g, 0])), ...teil }) as Zaehlung;

describe('groups of districts', () => {
	// A small district with a high share and a large one with a low share.
	const zahlen = [z('40', { einwohner: 100, mh: 80, flaeche_km2: 1 }), z('41', { einwohner: 900, mh: 90, flaeche_km2: 3 }), z('50', { einwohner: 50, mh: 5 })];
	it('sums the counts first and takes the share of the sums, never the mean of the shares', () => {
		const w = gruppenwerte(zahlen, { id: '40+41', codes: ['40', '41'], name: 'Thingers' }, '2020-12-31');
		// (80 + 90) / (100 + 900) = 17 %, not (80 % + 10 %) / 2 = 45 %.
		expect(w.get('mh_anteil')).toBe(17);
		expect(w.get('einwohner')).toBe(1000);
		expect(w.get('dichte')).toBe(250);
	});
	it('computes a single district exactly as the catalogue does, and nothing for districts it lacks', () => {
		expect(indikatorAus(indikator('mh_anteil')!, summe(zahlen, ['50'], '2020-12-31')!)).toBe(10);
		expect(summe(zahlen, ['99'], '2020-12-31')).toBeNull();
	});
	it('counts the nations of a group as the union of its districts’ citizenships', () => {
		const staaten = new Map([['40', new Set(['TR', 'IT'])], ['41', new Set(['TR', 'SY'])]]);
		expect(gruppenwerte(zahlen, { id: '40+41', codes: ['40', '41'], name: 'Thingers' }, '2020-12-31', staaten).get('staatsangehoerigkeiten')).toBe(3);
	});
});
