import { describe, expect, it } from 'vitest';
import { ebenen, ebeneVon, gebieteDerZeilen, rateEbene, Stadtabgleich, STADT } from './ebenen';
import type { Rohtabelle } from './rohtabelle';
import { normiere, type Zuordnung } from './zuordnung';
import type { Zelle } from './rohtabelle';
import { gelesen } from './testing/gelesen';

const tabelle = (kopf: string[], zeilen: Zelle[][]): Rohtabelle => gelesen('bezirke.csv', kopf, zeilen);
const zuordnung = (spalten: Record<string, number>, namen?: Record<string, string>): Zuordnung => ({ ziel: 'bezirkszahl', spalten, namen });
const zeilen = (...codes: string[]) => codes.map((code) => ({ code, ebene: ebeneVon(code, '') }));

describe('ebeneVon', () => {
	it('a district named "Stadt-Mitte" with a code is a district, a row without code named "Stadt gesamt" the city', () => {
		expect(ebeneVon('01', 'Stadt-Mitte')).toBe('form:9');
		expect(ebeneVon('', 'Stadt gesamt')).toBe(STADT);
	});
	it('codes with letters are told by their pattern', () => {
		expect(ebeneVon('12a', '')).toBe('form:9A');
		expect(ebeneVon('Ab12', '')).toBe('form:A9');
	});
});

describe('gebieteDerZeilen', () => {
	it('splits a cell with code and name, with or without a dash, and keeps a cell without a leading number whole', () => {
		const roh = tabelle(['Bezirk'], [['01 Altstadt - Lehel'], ['12 -  Maxvorstadt'], ['3  Ludwigsvorstadt'], ['Neue Neustadt'], ['101']]);
		expect(gebieteDerZeilen(roh, zuordnung({ stadtbezirk: 0 }))).toEqual([
			{ code: '01', name: 'Altstadt - Lehel', ebene: 'form:9' },
			{ code: '12', name: 'Maxvorstadt', ebene: 'form:99' },
			{ code: '3', name: 'Ludwigsvorstadt', ebene: 'form:9' },
			{ code: 'Neue Neustadt', name: undefined, ebene: 'form:A A' },
			{ code: '101', name: undefined, ebene: 'form:999' }
		]);
	});
	it('a name column tells the city row of a file without codes', () => {
		const roh = tabelle(['Name', 'Einwohner'], [['Stadt gesamt', 9300], ['Altstadt', 1200]]);
		const g = gebieteDerZeilen(roh, zuordnung({ name: 0, einwohner: 1 }));
		expect(g[0].ebene).toBe(STADT);
		expect(g[1].ebene).not.toBe(STADT);
	});
	it('a table keyed by names: the first row of a name per Stichtag is the district, a repeat another area', () => {
		const roh = tabelle(['Gebiet', 'Jahr'], [['Eimsbüttel', 2020], ['Eimsbüttel', 2020], ['Eimsbüttel', 2021], ['Altona', 2020], ['Hoheluft-West', 2020], ['Insgesamt', 2020]]);
		const namen = { [normiere('Eimsbüttel')]: '3', [normiere('Altona')]: '2' };
		expect(gebieteDerZeilen(roh, zuordnung({ stadtbezirk: 0, stichtag: 1 }, namen))).toEqual([
			{ code: '3', ebene: 'namen:bekannt' },
			{ code: 'Eimsbüttel', ebene: 'namen:andere' },
			{ code: '3', ebene: 'namen:bekannt' },
			{ code: '2', ebene: 'namen:bekannt' },
			{ code: 'Hoheluft-West', ebene: 'namen:andere' },
			{ code: 'Insgesamt', ebene: STADT }
		]);
	});
});

describe('ebenen', () => {
	it('Köln: the city apart, 9 Stadtbezirke and their Stadtteile as two levels, finest first', () => {
		const e = ebenen(zeilen('000', '003', '001', '002', '101', '102', '201', '202', '909'), new Set(['1', '2', '3']));
		expect(e.map((x) => [x.schluessel, x.label, x.gebiete, x.bekannt])).toEqual([
			['form:999', '3-stellige Nummern (101 bis 909)', 5, 0],
			['form:9', '1-stellige Nummern (001 bis 003)', 3, 3]
		]);
		expect(rateEbene(e)).toBe('form:9');
	});
	it('a run of numbers across a power of ten is one level, however often it crosses', () => {
		const e = ebenen(zeilen('10', '1', '120', '9', '5', '99', '50', '100'));
		expect(e).toEqual([{ schluessel: 'form:999', label: '3-stellige Nummern (1 bis 120)', gebiete: 8, bekannt: 0, formen: ['form:9', 'form:99', 'form:999'] }]);
		expect(rateEbene(e)).toBeUndefined();
	});
	it('München 01 … 25 is one level; 001 … 009 beside 10 … 12 and 1 … 9 beside 11 … 95 are two', () => {
		expect(ebenen(zeilen('01', '09', '10', '25')).map((x) => x.label)).toEqual(['2-stellige Nummern (01 bis 25)']);
		expect(ebenen(zeilen('001', '009', '10', '12')).map((x) => x.schluessel).sort()).toEqual(['form:9', 'form:99']);
		expect(ebenen(zeilen('1', '9', '11', '95')).map((x) => x.schluessel).sort()).toEqual(['form:9', 'form:99']);
		expect(ebenen(zeilen('1', '3', '10', '12')).map((x) => x.schluessel).sort()).toEqual(['form:9', 'form:99']);
	});
	it('labels levels of lettered codes, of a level column and of names', () => {
		expect(ebenen(zeilen('A12', 'A1', 'A3')).map((x) => x.label)).toEqual(['Nummern der Form X0 (A1 bis A12)']);
		expect(ebenen(zeilen('13b', '12a')).map((x) => x.label)).toEqual(['Nummern der Form 0X (12a bis 13b)']);
		expect(ebenen([{ code: '7', ebene: 'spalte:Stadtteil' }, { code: '2', ebene: 'spalte:Stadtteil' }]).map((x) => x.label)).toEqual(['„Stadtteil“ (2 bis 7)']);
		expect(ebenen([{ code: '3', ebene: 'namen:bekannt' }, { code: '2', ebene: 'namen:bekannt' }]).map((x) => x.label)).toEqual(['Namen der geladenen Bezirke (2 bis 3)']);
		const andere = (...namen: string[]) => ebenen(namen.map((code) => ({ code, ebene: 'namen:andere' })))[0].label;
		expect(andere('Hoheluft', 'Eimsbüttel', 'Altona')).toBe('weitere Gebiete (Altona, Eimsbüttel, Hoheluft)');
		expect(andere('Hoheluft', 'Eimsbüttel', 'Altona', 'Barmbek')).toBe('weitere Gebiete (Altona, Barmbek, Eimsbüttel …)');
	});
	it('a code is known with or without its leading zeros, but a zero inside it counts', () => {
		expect(ebenen(zeilen('001', '002'), new Set(['1']))[0].bekannt).toBe(1);
		expect(ebenen(zeilen('101', '102'), new Set(['11']))[0].bekannt).toBe(0);
	});
	it('codes padded unevenly (001 beside 9) are not merged with the next width', () => {
		expect(ebenen(zeilen('001', '9', '10', '12')).map((x) => x.schluessel).sort()).toEqual(['form:9', 'form:99']);
	});
	it('proposes, among levels the atlas knows none of, the finest', () => {
		const e = ebenen(zeilen('1', '2', '3', '101', '102', '201', '202', '301'));
		expect(rateEbene(e)).toBe('form:999');
		expect(rateEbene([...e].reverse())).toBe('form:999');
	});
});

describe('Stadtabgleich', () => {
	const label = (f: string) => (f === 'einwohner' ? 'Einwohner*innen' : f);
	it('warns where the city row and the districts disagree, saying by how much and which way', () => {
		const a = new Stadtabgleich();
		a.stadtzeile('2020-12-31', 'einwohner', 9300, 2);
		a.stadtzeile('2020-12-31', 'einwohner', 1, 9);
		a.stadtzeile('2020-12-31', 'mh_anzahl', 3000, 2);
		for (const [ew, mh] of [[6400, 2000], [1600, 1100]]) {
			a.gebiet('2020-12-31', 'einwohner', ew);
			a.gebiet('2020-12-31', 'mh_anzahl', mh);
		}
		const m = a.meldungen('bezirke.csv', 2, label, () => 'B');
		expect(m.map((x) => [x.text, x.zeile, x.spalte, x.weitere])).toEqual([
			['Die Zeile der Gesamtstadt nennt am 31.12.2020 für „Einwohner*innen“ 9.300, die 2 gezählten Gebiete ergeben zusammen 8.000, 1.300 weniger. Die Werte der Stadt werden aus den Gebieten summiert.', 2, 'B', undefined],
			['Die Zeile der Gesamtstadt nennt am 31.12.2020 für „mh_anzahl“ 3.000, die 2 gezählten Gebiete ergeben zusammen 3.100, 100 mehr. Die Werte der Stadt werden aus den Gebieten summiert.', 2, 'B', undefined]
		]);
	});
	it('compares only counts every district gives and the city row fills', () => {
		const a = new Stadtabgleich();
		a.stadtzeile('2020-12-31', 'einwohner', 9300, 2);
		a.stadtzeile('2020-12-31', 'mh_anzahl', null, 2);
		a.stadtzeile('2020-12-31', 'auslaender_anzahl', 900, 2);
		a.stadtzeile('2020-12-31', 'unter18_anzahl', 800, 2);
		a.gebiet('2020-12-31', 'einwohner', 6400);
		a.gebiet('2020-12-31', 'einwohner', null);
		a.gebiet('2020-12-31', 'mh_anzahl', 2000);
		a.gebiet('2020-12-31', 'auslaender_anzahl', null);
		a.gebiet('2020-12-31', 'auslaender_anzahl', 500);
		expect(a.ergebnis).toEqual([]);
		expect(a.meldungen('bezirke.csv', 2, label, () => 'B')).toEqual([]);
	});
	it('names the first three differences and how many more there are', () => {
		const a = new Stadtabgleich();
		for (const jahr of [2016, 2017, 2018, 2019, 2020]) {
			a.stadtzeile(`${jahr}-12-31`, 'einwohner', 100, 2);
			a.gebiet(`${jahr}-12-31`, 'einwohner', 90);
		}
		const m = a.meldungen('bezirke.csv', 1, label, () => 'B');
		expect(m).toHaveLength(3);
		expect(m.map((x) => x.weitere)).toEqual([undefined, undefined, 2]);
		const drei = new Stadtabgleich();
		for (const jahr of [2018, 2019, 2020]) {
			drei.stadtzeile(`${jahr}-12-31`, 'einwohner', 100, 2);
			drei.gebiet(`${jahr}-12-31`, 'einwohner', 90);
		}
		expect(drei.meldungen('bezirke.csv', 1, label, () => 'B').map((x) => x.weitere)).toEqual([undefined, undefined, undefined]);
	});
});
