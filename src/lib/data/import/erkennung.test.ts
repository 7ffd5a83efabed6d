/** The first guess of a mapping from the whole table: where its Stichtag stands, and what its codes are. */
import { describe, expect, it } from 'vitest';
import { erkenneZuordnung, stichtagAusName, stichtagAusTitel } from './erkennung';
import { alsRohtabelle, type Rohtabelle, type Zelle } from './rohtabelle';

const tabelle = (datei: string, zeilen: Zelle[][]) => ({ ...alsRohtabelle(datei, zeilen), format: 'CSV' }) as Rohtabelle;

describe('the Stichtag in a file name', () => {
	it('reads an ISO date, a German date or a single year', () => {
		expect(stichtagAusName('bevoelkerung_2021-06-30.csv')).toBe('2021-06-30');
		expect(stichtagAusName('stand-30.06.2021.xlsx')).toBe('2021-06-30');
		expect(stichtagAusName('bevoelkerung-1999.csv')).toBe('1999-12-31');
		expect(stichtagAusName('bezirke-2020-fassung-2020.csv')).toBe('2020-12-31');
	});
	it('reads no Stichtag from other numbers: longer runs of digits, other centuries, two different years', () => {
		expect(stichtagAusName('export-12021.csv')).toBeUndefined();
		expect(stichtagAusName('export-20210.csv')).toBeUndefined();
		expect(stichtagAusName('liste-1899.csv')).toBeUndefined();
		expect(stichtagAusName('liste-2120.csv')).toBeUndefined();
		expect(stichtagAusName('bevoelkerung-2019-2021.csv')).toBeUndefined();
		expect(stichtagAusName('12021-06-30.csv')).toBeUndefined();
		expect(stichtagAusName('30.06.20211.csv')).toBeUndefined();
	});
	it('reads no day and month from a date with a digit too many, only its year', () => {
		expect(stichtagAusName('2021-06-301.csv')).toBe('2021-12-31');
		expect(stichtagAusName('130.06.2021.csv')).toBe('2021-12-31');
	});
	it('prefers the full date over the year beside it', () => {
		expect(stichtagAusName('bericht-2022-daten-2021-06-30.csv')).toBe('2021-06-30');
		expect(stichtagAusName('bericht-2022-daten-30.06.2021.csv')).toBe('2021-06-30');
	});
});

describe('the Stichtag in a heading above the columns', () => {
	// A workbook's group row above the header, its dated headings merged over the counts.
	const roh: Rohtabelle = {
		datei: 'bezirke-2015.xlsx',
		titelzeilen: [
			['Bezirksstatistik'],
			['Stadtbezirke', null, 'Bevölkerung 31.12.2013', null, 'Wohnungen 31.12.2012']
		],
		kopf: ['Nr', 'Name', 'Einwohner', 'Ausländer', 'Wohnungen'],
		kopfzeile: 3,
		zeilen: [['10', 'Altstadt', 800, 90, 400], ['11', 'Neustadt', 700, 80, 350]],
		zeileVon: [4, 5],
		zeilenwort: 'Zeile',
		hinweise: []
	};
	it('takes the heading nearest to the left of the inhabitants’ column', () => {
		expect(stichtagAusTitel(roh, 2)).toBe('2013-12-31');
		expect(stichtagAusTitel(roh, 3)).toBe('2013-12-31');
		expect(stichtagAusTitel(roh, 4)).toBe('2012-12-31');
		expect(stichtagAusTitel(roh, 9)).toBe('2012-12-31');
	});
	it('takes the lower of two heading rows that both date the column', () => {
		const zwei = { ...roh, titelzeilen: [[null, null, 'Stand 31.12.2011'], roh.titelzeilen![1]] };
		expect(stichtagAusTitel(zwei, 2)).toBe('2013-12-31');
	});
	it('without a dated heading over the column, takes the only date among the headings, none if they disagree', () => {
		expect(stichtagAusTitel(roh, undefined)).toBeUndefined();
		expect(stichtagAusTitel(roh, 1)).toBeUndefined();
		const eine = { ...roh, titelzeilen: [['Einwohner am 31.12.2013']] };
		expect(stichtagAusTitel(eine, undefined)).toBe('2013-12-31');
		expect(stichtagAusTitel(eine, 2)).toBe('2013-12-31');
		expect(stichtagAusTitel({ ...roh, titelzeilen: undefined }, 2)).toBeUndefined();
	});
	it('is what the guess of a district table without a date column takes, and says so', () => {
		expect(erkenneZuordnung(roh)).toMatchObject({ ziel: 'bezirkszahl', stichtag: '2013-12-31', stichtagAus: 'titel' });
	});
});

describe('a saved mapping for the same headers', () => {
	const roh = tabelle('einwohner-2022.csv', [['Bezirk', 'Einwohner'], ['10', 800], ['11', 700]]);
	const gespeichert = { ziel: 'bezirkszahl' as const, spalten: { stadtbezirk: 0, einwohner: 1 } };
	it('is taken as saved when it reads the Stichtag from a column or has none', () => {
		const mitSpalte = { ...gespeichert, spalten: { ...gespeichert.spalten, stichtag: 2 }, stichtag: '2020-12-31' };
		expect(erkenneZuordnung(roh, new Set(), mitSpalte)).toBe(mitSpalte);
		expect(erkenneZuordnung(roh, new Set(), gespeichert)).toBe(gespeichert);
	});
	it('takes this year’s Stichtag from the name, or asks again when the name has none', () => {
		const letztesJahr = { ...gespeichert, stichtag: '2021-12-31', stichtagAus: 'dateiname' as const };
		expect(erkenneZuordnung(roh, new Set(), letztesJahr)).toEqual({ ...gespeichert, stichtag: '2022-12-31', stichtagAus: 'dateiname' });
		expect(erkenneZuordnung({ ...roh, datei: 'einwohner.csv' }, new Set(), letztesJahr)).toEqual({ ...gespeichert, stichtag: undefined, stichtagAus: undefined });
	});
});

describe('a year column', () => {
	it('is the Stichtag, never the district code, even when headed "Nr"', () => {
		const roh = tabelle('bezirke.csv', [['Nr', 'Bezirk', 'Einwohner'], ['2020', '10', 800], ['2021', '10', 810], ['2020', '11', 700]]);
		expect(erkenneZuordnung(roh).spalten).toMatchObject({ stadtbezirk: 1, stichtag: 0, einwohner: 2 });
	});
});
