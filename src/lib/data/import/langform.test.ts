import { describe, expect, it } from 'vitest';
import { alsBreit, breitKopf, erkenneLangform, merkmalswerte, rateMerkmal } from './langform';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { gelesen } from './testing/gelesen';
import type { Zuordnung } from './zuordnung';

const tabelle = (kopf: string[], zeilen: Zelle[][]): Rohtabelle => gelesen('lang.csv', kopf, zeilen);

/** A long table of six areas, two years and two characteristics, in a column `kopf` says nothing about. */
function bezeichnet(kopf = 'Bezeichnung'): Rohtabelle {
	const zeilen: Zelle[][] = [];
	for (const jahr of [2019, 2020]) for (const raum of ['101', '102', '103', '104', '105', '106']) for (const [m, f] of [['Einwohner insgesamt', 1], ['Ausländer', 0.2]] as const) zeilen.push([raum, jahr, m, Math.round(1000 * f) + Number(raum)]);
	return tabelle(['raum_id', 'jahr', kopf, 'zahl'], zeilen);
}
const BELEGT = new Set([0, 1]);

describe('merkmalswerte', () => {
	it('lists each characteristic value once, in the order it first appears, with its number of rows', () => {
		const roh = tabelle(['raum', 'merkmal', 'zahl'], [['1', 'Einwohner', 5], ['1', 'Ausländer', 1], ['2', 'Einwohner', 7]]);
		expect(merkmalswerte(roh, [1])).toEqual([{ wert: 'Einwohner', zeilen: 2 }, { wert: 'Ausländer', zeilen: 1 }]);
	});
});

describe('rateMerkmal, beyond the labels of tabellen.test.ts', () => {
	it.each([
		['Ausländer insgesamt', 'auslaender'],
		['Einwohner deutsch und nichtdeutsch', 'einwohner'],
		['Einwohner in Privathaushalten | Ausländer', 'auslaender']
	])('„%s“ counts as %s', (wert, feld) => expect(rateMerkmal(wert)).toBe(feld));
	it.each(['Insgesamt', 'Einwohner in Privathaushalten', 'Ausländer Türkei'])('„%s“ is no count of its own', (wert) => expect(rateMerkmal(wert)).toBeNull());
});

describe('erkenneLangform', () => {
	it('finds the number column and a repeating text column, and guesses what its values count', () => {
		expect(erkenneLangform(bezeichnet(), BELEGT)).toEqual({ merkmale: [2], wert: 3, werte: { 'Einwohner insgesamt': 'einwohner', Ausländer: 'auslaender' } });
	});
	it('a column that names the value ("Name Basiswert") alone says what each number counts', () => {
		const roh = tabelle(['Gebiet', 'Jahr', 'Name Basiswert', 'Einheit', 'Basiswert'], [
			['1', 2020, 'Einwohner insgesamt', 'Personen', 900],
			['1', 2020, 'Ausländer', 'Personen', 90],
			['2', 2020, 'Einwohner insgesamt', 'Anzahl', 800],
			['2', 2020, 'Ausländer', 'Anzahl', 80],
			['3', 2020, 'Einwohner insgesamt', 'Personen', 700],
			['3', 2020, 'Ausländer', 'Personen', 70]
		]);
		expect(erkenneLangform(roh, BELEGT)?.merkmale).toEqual([2]);
	});
	it('is not long without a number column, or where the "Wert" column holds mostly text', () => {
		const zeilen = bezeichnet().zeilen;
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Bezeichnung', 'Summe'], zeilen), BELEGT)).toBeNull();
		const text = zeilen.map((r, i) => [...r.slice(0, 3), i % 4 === 0 ? 12 : 'hoch']);
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Bezeichnung', 'Wert'], text), BELEGT)).toBeNull();
	});
	it('a value column with half its cells withheld ("•") and empty cells is still the value column', () => {
		const zeilen = bezeichnet().zeilen.map((r, i) => [...r.slice(0, 3), i % 2 === 0 ? r[3] : '•']);
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Bezeichnung', 'zahl'], zeilen), BELEGT)?.wert).toBe(3);
		const leer = bezeichnet().zeilen.map((r, i) => [...r.slice(0, 3), i % 4 === 0 ? r[3] : i % 4 === 1 ? null : '']);
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Bezeichnung', 'zahl'], leer), BELEGT)?.wert).toBe(3);
	});
	it('does not take a number column, a constant column or one that nearly every row differs in as a characteristic', () => {
		const roh = bezeichnet();
		const zeilen = roh.zeilen.map((r, i) => [...r, 'Amt für Statistik', String(1000 + i), `Ort ${i % 12}`]);
		const l = erkenneLangform(tabelle([...roh.kopf, 'Quelle', 'Laufnummer', 'Ortsteil'], zeilen), BELEGT);
		expect(l?.merkmale).toEqual([2]);
	});
	it('a text column with at most 500 values may be a characteristic, one with more not', () => {
		const zeilen = (verschieden: number): Zelle[][] => Array.from({ length: 1100 }, (_, i) => [String(i % 11), 2020, i % 2 ? 'Einwohner insgesamt' : 'Ausländer', i, `Straße ${i % verschieden}`]);
		const kopf = ['raum_id', 'jahr', 'Merkmal', 'zahl', 'Strasse'];
		expect(erkenneLangform(tabelle(kopf, zeilen(500)), BELEGT)?.merkmale).toEqual([2, 4]);
		expect(erkenneLangform(tabelle(kopf, zeilen(501)), BELEGT)?.merkmale).toEqual([2]);
	});
	it('a column under a characteristic header is one even when it holds numeric codes', () => {
		const roh = bezeichnet();
		const codes = roh.zeilen.map((r) => [r[0], r[1], r[2] === 'Ausländer' ? 2 : 1, r[3]]);
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Merkmal', 'zahl'], codes), BELEGT)).toEqual({ merkmale: [2], wert: 3, werte: {} });
	});
	it('values nothing is guessed for make a long table only under a characteristic header', () => {
		const roh = bezeichnet();
		const unbekannt = roh.zeilen.map((r) => [r[0], r[1], r[2] === 'Ausländer' ? 'Typ B' : 'Typ A', r[3]]);
		expect(erkenneLangform(tabelle(roh.kopf, unbekannt), BELEGT)).toBeNull();
		expect(erkenneLangform(tabelle(['raum_id', 'jahr', 'Merkmal', 'zahl'], unbekannt), BELEGT)).toEqual({ merkmale: [2], wert: 3, werte: {} });
	});
});

describe('breitKopf', () => {
	it('names a wide column by the value column and the characteristic, or the count where none is assigned', () => {
		const roh = bezeichnet();
		const l = { merkmale: [2], wert: 3, werte: { 'Einwohner insgesamt': 'einwohner' } };
		expect(breitKopf(roh, l, 'einwohner')).toBe('zahl (Einwohner insgesamt)');
		expect(breitKopf(roh, l, 'auslaender')).toBe('zahl (Ausländer*innen)');
	});
});

describe('alsBreit', () => {
	const lang = { merkmale: [2], wert: 3, werte: { 'Einwohner insgesamt': 'einwohner', Ausländer: 'auslaender' } };
	const z = (spalten: Record<string, number>): Zuordnung => ({ ziel: 'bezirkszahl', spalten, lang });
	it('makes a row per area and Stichtag with a column per count, remembering each cell\'s row', () => {
		const roh = tabelle(['raum_id', 'jahr', 'Bezeichnung', 'zahl'], [
			['101', 2020, 'Ausländer', 120],
			['101', 2020, 'Einwohner insgesamt', 1000],
			['101', 2020, 'Haushalte', 480],
			['', 2020, 'Einwohner insgesamt', 5],
			['102', 2020, 'Einwohner insgesamt', 800],
			['101', 2021, 'Einwohner insgesamt', 1010]
		]);
		const b = alsBreit(roh, z({ stadtbezirk: 0, stichtag: 1 }));
		expect(b.roh.kopf).toEqual(['raum_id', 'jahr', 'zahl (Einwohner insgesamt)', 'zahl (Ausländer)']);
		expect(b.roh.zeilen).toEqual([
			['101', 2020, 1000, 120],
			['102', 2020, 800, null],
			['101', 2021, 1010, null]
		]);
		expect(b.roh.zeileVon).toEqual([2, 6, 7]);
		expect(b.roh.zeileJeZelle).toEqual([
			[2, 2, 3, 2],
			[6, 6, 6, 6],
			[7, 7, 7, 7]
		]);
		expect(b.roh.hinweise).toEqual([]);
		expect(b.z).toEqual({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, stichtag: 1, einwohner: 2, auslaender: 3 } });
		expect(b.ohneZuordnung).toBe(1);
		expect(b.meldungen).toEqual([]);
		expect(alsBreit(roh, z({ stichtag: 1 })).roh.zeilen).toEqual([]);
	});
	it('a count given twice for an area and Stichtag is an error naming both rows; after three, how many more', () => {
		const zeilen: Zelle[][] = [['101', 2020, 'Einwohner insgesamt', 1000]];
		for (let i = 0; i < 5; i++) zeilen.push(['101', 2020, 'Einwohner insgesamt', 1001 + i]);
		const b = alsBreit(tabelle(['raum_id', 'jahr', 'Bezeichnung', 'zahl'], zeilen), z({ stadtbezirk: 0, stichtag: 1 }));
		expect(b.roh.zeilen).toEqual([['101', 2020, 1000, null]]);
		expect(b.meldungen.map((m) => [m.schwere, m.zeile, m.spalte, m.weitere])).toEqual([
			['fehler', 3, 'zahl', undefined],
			['fehler', 4, 'zahl', undefined],
			['fehler', 5, 'zahl', 2]
		]);
		expect(b.meldungen[0].text).toBe('Diese Zeile nennt „Einwohner insgesamt“ für Gebiet „101“ und 2020 ein zweites Mal (zuerst in Zeile 2); jede Zahl darf nur einmal vorkommen.');
		const ohneStichtag = alsBreit(tabelle(['raum_id', 'Bezeichnung', 'zahl'], [['7', 'Ausländer', 1], ['7', 'Ausländer', 2]]), { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0 }, lang: { merkmale: [1], wert: 2, werte: lang.werte } });
		expect(ohneStichtag.meldungen.map((m) => m.text)).toEqual(['Diese Zeile nennt „Ausländer“ für Gebiet „7“ ein zweites Mal (zuerst in Zeile 2); jede Zahl darf nur einmal vorkommen.']);
	});
});
