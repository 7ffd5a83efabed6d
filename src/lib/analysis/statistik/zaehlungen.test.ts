import { describe, expect, it } from 'vitest';
import { GESAMTSTADT } from '../../data/schema';
import { anteilszaehlungen, istAnteil } from './zaehlungen';
import { testtabelle } from './testing/testtabelle';

const S = '2020-12-31';
// District 1: 1 000 inhabitants, 200 foreigners; 2: 300 inhabitants; 3: its population withheld; 4: its MH share withheld.
const t = testtabelle({
	[S]: {
		einwohner: { '1': 1000, '2': 300, '3': { sperre: 'wert', wert: 500 }, '4': 800, [GESAMTSTADT]: 2600 },
		auslaender_anzahl: { '1': 200, '2': { sperre: 'wert', wert: 30 }, '3': 50, '4': 80, [GESAMTSTADT]: 360 },
		mh_anteil: { '1': 12.36, '2': 33.3, '3': 20, '4': { sperre: 'wert', wert: 25 }, [GESAMTSTADT]: 22 },
		eu_anteil: { '1': 40, '2': 50, '3': 10, '4': null, [GESAMTSTADT]: 40 },
		unter18_anteil: { '1': 15.55, '2': { sperre: 'bezirk' }, '3': 20, '4': 10, [GESAMTSTADT]: 15 },
		mh_unter18_anteil: { '1': 50, '2': 40, '3': 30, '4': 25, [GESAMTSTADT]: 40 }
	}
});

describe('counts behind a share, from a hand-made table', () => {
	it('a share of inhabitants: numerator rounded to whole people, GESAMTSTADT left out', () => {
		const z = anteilszaehlungen(t, S, 'mh_anteil');
		expect(z.map((x) => x.code)).toEqual(['1', '2', '3', '4']);
		// 12.36 % of 1 000 = 123.6 people → 124; 33.3 % of 300 = 99.9 → 100.
		expect(z[0]).toEqual({ code: '1', zaehler: 124, nenner: 1000, gesperrt: false });
		expect(z[1]).toEqual({ code: '2', zaehler: 100, nenner: 300, gesperrt: false });
	});
	it('a withheld population gives no counts; the district is not marked as withheld, its share is not', () => {
		expect(anteilszaehlungen(t, S, 'mh_anteil')[2]).toEqual({ code: '3', zaehler: null, nenner: null, gesperrt: false });
	});
	it('a withheld share gives no counts, even where its cell holds a value, and is marked', () => {
		expect(anteilszaehlungen(t, S, 'mh_anteil')[3]).toEqual({ code: '4', zaehler: null, nenner: null, gesperrt: true });
	});
	it('a share of foreigners rests on the foreigner count; a missing share gives no counts', () => {
		const z = anteilszaehlungen(t, S, 'eu_anteil');
		expect(z[0]).toEqual({ code: '1', zaehler: 80, nenner: 200, gesperrt: false });
		expect(z[1]).toEqual({ code: '2', zaehler: null, nenner: null, gesperrt: false });
		expect(z[2]).toEqual({ code: '3', zaehler: 5, nenner: 50, gesperrt: false });
		expect(z[3]).toEqual({ code: '4', zaehler: null, nenner: null, gesperrt: false });
	});
	it('a share of the under-18s: their number is itself a share of the inhabitants, rounded first', () => {
		const z = anteilszaehlungen(t, S, 'mh_unter18_anteil');
		// 15.55 % of 1 000 = 155.5 → 156 under-18s, half of them 78; 10 % of 800 = 80, a quarter 20.
		expect(z[0]).toEqual({ code: '1', zaehler: 78, nenner: 156, gesperrt: false });
		expect(z[3]).toEqual({ code: '4', zaehler: 20, nenner: 80, gesperrt: false });
		// District 2's under-18 share is withheld, district 3's population.
		expect(z[1]).toEqual({ code: '2', zaehler: null, nenner: null, gesperrt: false });
		expect(z[2]).toEqual({ code: '3', zaehler: null, nenner: null, gesperrt: false });
	});
	it('a Stichtag the table lacks gives no counts', () => {
		expect(anteilszaehlungen(t, '2019-12-31', 'mh_anteil').every((x) => x.zaehler === null && x.nenner === null && !x.gesperrt)).toBe(true);
	});
	it('only shares with a known denominator are shares for the statistics', () => {
		expect(['mh_anteil', 'eu_anteil', 'mh_unter18_anteil', 'einwohner', 'dichte', 'gibt_es_nicht'].map(istAnteil)).toEqual([true, true, true, false, false, false]);
		expect(() => anteilszaehlungen(t, S, 'einwohner')).toThrow('Kein Anteil mit bekanntem Nenner: einwohner');
		expect(() => anteilszaehlungen(t, S, 'gibt_es_nicht')).toThrow('Kein Anteil mit bekanntem Nenner: gibt_es_nicht');
	});
});
