/**
 * The values the map, legend, table and profile read for one indicator: the right cell of the table for
 * each district, the change against the base Stichtag as "now minus then", withheld cells marked.
 */
import { describe, expect, it } from 'vitest';
import type { Indikatortabelle, Sperre } from '../data/indikatortabelle';
import { GESAMTSTADT } from '../data/schema';
import { sperreAus, stadtwerte, vorherigerStichtag, werteFuer, wertAus } from './indikatorwerte';

const stichtage = ['2019-12-31', '2020-12-31', '2021-12-31'];
const indikatoren = ['auslaender_anteil', 'einwohner', 'mh_anteil'];
const codes = ['01', '02', GESAMTSTADT];
/** Every cell a different number: stichtag s, indikator i, code c → 100·s + 10·i + c, except the gaps below. */
function tabelle(): Indikatortabelle {
	const werte: (number | null)[] = [];
	const sperren: (Sperre | null)[] = [];
	stichtage.forEach((_, s) => indikatoren.forEach((_, i) => codes.forEach((_, c) => {
		werte.push(100 * s + 10 * i + c);
		sperren.push(null);
	})));
	const k = (s: number, i: number, c: number) => (s * indikatoren.length + i) * codes.length + c;
	// 2019: district 01's foreigners' share greyed out (the table's first cell), 02's MH share withheld (a small
	// count); 2021: district 01's MH share missing, 02's greyed out.
	sperren[k(0, 0, 0)] = 'bezirk';
	werte[k(0, 2, 1)] = null;
	sperren[k(0, 2, 1)] = 'wert';
	werte[k(2, 2, 0)] = null;
	sperren[k(2, 2, 1)] = 'bezirk';
	return { stichtage, codes, indikatoren, werte, sperren };
}

describe('one indicator’s values for the map', () => {
	const t = tabelle();
	it('reads the cell of the Stichtag, indicator and district asked for', () => {
		expect(wertAus(t, '2020-12-31', 'mh_anteil', '02')).toBe(121);
		expect(wertAus(t, '2021-12-31', 'einwohner', GESAMTSTADT)).toBe(212);
		expect(wertAus(t, '2019-12-31', 'auslaender_anteil', '01')).toBe(0);
	});
	it('gives no value for a Stichtag, indicator or district the table lacks', () => {
		expect(wertAus(t, '2018-12-31', 'mh_anteil', '01')).toBeNull();
		expect(wertAus(t, '2020-12-31', 'frauen_anteil', '01')).toBeNull();
		expect(wertAus(t, '2020-12-31', 'mh_anteil', '99')).toBeNull();
		expect(sperreAus(t, '2018-12-31', 'mh_anteil', '02')).toBeNull();
		expect(werteFuer(t, '2018-12-31', 'mh_anteil')).toEqual([]);
		expect(werteFuer(t, '2020-12-31', 'frauen_anteil')).toEqual([]);
	});
	it('says why a value is withheld', () => {
		expect(sperreAus(t, '2019-12-31', 'mh_anteil', '02')).toBe('wert');
		expect(sperreAus(t, '2019-12-31', 'auslaender_anteil', '01')).toBe('bezirk');
		expect(sperreAus(t, '2021-12-31', 'mh_anteil', '02')).toBe('bezirk');
		expect(sperreAus(t, '2020-12-31', 'mh_anteil', '02')).toBeNull();
	});
	it('lists every district and the city without a change when no base is chosen', () => {
		expect(werteFuer(t, '2020-12-31', 'einwohner')).toEqual([
			{ code: '01', wert: 110, veraenderung: null, sperre: null },
			{ code: '02', wert: 111, veraenderung: null, sperre: null },
			{ code: GESAMTSTADT, wert: 112, veraenderung: null, sperre: null }
		]);
	});
	it('gives the change as the value now minus the value at the base, also backwards in time', () => {
		expect(werteFuer(t, '2021-12-31', 'einwohner', '2019-12-31').map((w) => w.veraenderung)).toEqual([200, 200, 200]);
		expect(werteFuer(t, '2019-12-31', 'auslaender_anteil', '2020-12-31').map((w) => w.veraenderung)).toEqual([-100, -100, -100]);
	});
	it('gives no change where either value is missing, and withholds it where either value is withheld', () => {
		const w = werteFuer(t, '2020-12-31', 'mh_anteil', '2019-12-31');
		expect(w[1]).toEqual({ code: '02', wert: 121, veraenderung: null, sperre: 'wert' });
		expect(w[0]).toEqual({ code: '01', wert: 120, veraenderung: 100, sperre: null });
		const spaeter = werteFuer(t, '2021-12-31', 'mh_anteil', '2020-12-31');
		expect(spaeter[0]).toEqual({ code: '01', wert: null, veraenderung: null, sperre: null });
		expect(spaeter[1]).toMatchObject({ wert: 221, veraenderung: 100, sperre: 'bezirk' });
		expect(werteFuer(t, '2020-12-31', 'mh_anteil', '2018-12-31')[0]).toEqual({ code: '01', wert: 120, veraenderung: null, sperre: null });
	});
	it('takes the Stichtag before as the default base, none before the first', () => {
		expect(vorherigerStichtag(stichtage, '2021-12-31')).toBe('2020-12-31');
		expect(vorherigerStichtag(stichtage, '2020-12-31')).toBe('2019-12-31');
		expect(vorherigerStichtag(stichtage, '2019-12-31')).toBeNull();
		expect(vorherigerStichtag(stichtage, '2030-12-31')).toBeNull();
	});
	it('reads a table of its own codes, and a code list that has grown since it was first read', () => {
		const eigene = { ...tabelle(), codes: ['07', '08', GESAMTSTADT] };
		expect(wertAus(eigene, '2020-12-31', 'einwohner', '08')).toBe(111);
		const codes = ['07'];
		const wachsend = { stichtage: ['2020-12-31'], indikatoren: ['einwohner'], codes, werte: [5, 6], sperren: [null, null] };
		expect(wertAus(wachsend, '2020-12-31', 'einwohner', '08')).toBeNull();
		codes.push('08');
		expect(wertAus(wachsend, '2020-12-31', 'einwohner', '08')).toBe(6);
	});
	it('gives the city’s value of every indicator', () => {
		expect([...stadtwerte(t, '2020-12-31')]).toEqual([['auslaender_anteil', 102], ['einwohner', 112], ['mh_anteil', 122]]);
	});
});
