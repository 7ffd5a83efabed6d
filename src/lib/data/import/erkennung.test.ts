/** The first guess of a mapping from the whole table: where its Stichtag stands, and what its codes are. */
import { describe, expect, it } from 'vitest';
import { ebenenVon, erkenneZuordnung, stichtagAusName, stichtagAusTitel } from './erkennung';
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
	it('goes up to a higher heading row where the lower one is undated over the column, and stops at the first cell', () => {
		const oben: Rohtabelle = { ...roh, titelzeilen: [['Einwohner am 31.12.2013'], ['Stadtbezirke', null, 'Einwohner']] };
		expect(stichtagAusTitel(oben, 2)).toBe('2013-12-31');
		const leer: Rohtabelle = { ...roh, titelzeilen: [[null, null, 'Stand 31.12.2011'], roh.titelzeilen![1]] };
		expect(stichtagAusTitel(leer, 1)).toBeUndefined();
	});
	it('reads a date followed by a remark, but not one with a digit too many', () => {
		expect(stichtagAusTitel({ ...roh, titelzeilen: [['Stadtbezirke', null, 'Bevölkerung 31.12.2013 (vorläufig)']] }, 2)).toBe('2013-12-31');
		expect(stichtagAusTitel({ ...roh, titelzeilen: [['Stadtbezirke', null, 'Bevölkerung 31.12.20134']] }, 2)).toBeUndefined();
	});
	it('without a dated heading over the column, takes the only date among the headings, none if they disagree', () => {
		expect(stichtagAusTitel(roh, undefined)).toBeUndefined();
		expect(stichtagAusTitel(roh, 1)).toBeUndefined();
		const eine = { ...roh, titelzeilen: [['Einwohner am 31.12.2013']] };
		expect(stichtagAusTitel(eine, undefined)).toBe('2013-12-31');
		expect(stichtagAusTitel(eine, 2)).toBe('2013-12-31');
		expect(stichtagAusTitel({ ...roh, titelzeilen: [['Bezirksstatistik'], ['Einwohner am 31.12.2013']] }, undefined)).toBe('2013-12-31');
		expect(stichtagAusTitel({ ...roh, titelzeilen: undefined }, 2)).toBeUndefined();
	});
	it('is what the guess of a district table without a date column takes, and says so', () => {
		expect(erkenneZuordnung(roh)).toMatchObject({ ziel: 'bezirkszahl', stichtag: '2013-12-31', stichtagAus: 'titel' });
		const liste = { ...roh, titelzeilen: [['Stadtbezirke, Stand 31.12.2013']], kopf: ['Code', 'Name', 'Fläche'], zeilen: [['10', 'Altstadt', '1,5'], ['11', 'Neustadt', '2']] };
		expect(erkenneZuordnung(liste)).toEqual({ ziel: 'stadtbezirk', spalten: { code: 0, name: 1, flaeche_km2: 2 } });
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
	it('where a long table heads its characteristic column "Einwohner", is long with its level and Stichtag columns', () => {
		const zeilen = [['1', 'Altstadt'], ['2', 'Nord'], ['3', 'Süd']].flatMap(([c, n]) => [['2024', 'Stadtbezirk', c, n, 'insgesamt', 1000], ['2024', 'Stadtbezirk', c, n, 'Ausländer', 120]]);
		expect(erkenneZuordnung(tabelle('einwohner.csv', [['Jahr', 'Raumebene', 'Stadtbezirk', 'Name', 'Einwohner', 'Anzahl'], ...zeilen]))).toEqual({
			ziel: 'bezirkszahl',
			spalten: { stadtbezirk: 2, name: 3, stichtag: 0, ebene: 1 },
			lang: { merkmale: [4], wert: 5, werte: { Ausländer: 'auslaender' } }
		});
	});
	it('is the Stichtag, never the district code, even when headed "Nr"', () => {
		const roh = tabelle('bezirke.csv', [['Nr', 'Bezirk', 'Einwohner'], ['2020', '10', 800], ['2021', '10', 810], ['2020', '11', 700]]);
		expect(erkenneZuordnung(roh).spalten).toMatchObject({ stadtbezirk: 1, stichtag: 0, einwohner: 2 });
	});
});

describe('a table that names its areas without codes', () => {
	const bezirke = [
		{ code: '10', name: 'Altstadt' },
		{ code: '11', name: 'Neustadt' },
		{ code: '12', name: 'Bühl' },
		{ code: '13', name: 'Sankt Mang' },
		{ code: '14', name: '14' },
		{ code: '15', name: '' }
	];
	const namen = { altstadt: '10', neustadt: '11', buehl: '12', 'sankt mang': '13' };
	it('reads the column naming the loaded districts as their codes, by their names', () => {
		const roh = tabelle('einwohner-2020.csv', [['Stadtteil', 'Einwohner'], ['Altstadt', 800], ['Neustadt', 700], ['BÜHL', 300]]);
		expect(erkenneZuordnung(roh, new Set(), undefined, bezirke)).toMatchObject({ spalten: { stadtbezirk: 0, name: 0, einwohner: 1 }, namen });
	});
	it('needs two names and half of the loaded ones', () => {
		const zwei = tabelle('einwohner-2020.csv', [['Gebietsname', 'Einwohner'], ['Altstadt', 800], ['Neustadt', 700], ['Kempten', 1500]]);
		expect(erkenneZuordnung(zwei, new Set(), undefined, bezirke).namen).toEqual(namen);
		const einer = tabelle('einwohner-2020.csv', [['Gebietsname', 'Einwohner'], ['Altstadt', 800], ['Kempten', 1500]]);
		expect(erkenneZuordnung(einer, new Set(), undefined, bezirke).namen).toBeUndefined();
		const wenige = tabelle('einwohner-2020.csv', [['Gebietsname', 'Einwohner'], ['Altstadt', 800], ['Neustadt', 700]]);
		const mehrBezirke = [...bezirke, { code: '16', name: 'Lenzfried' }];
		expect(erkenneZuordnung(wenige, new Set(), undefined, mehrBezirke).namen).toBeUndefined();
		expect(erkenneZuordnung(wenige, new Set(), undefined, [{ code: '10', name: 'Altstadt' }]).namen).toBeUndefined();
		const zweiBezirke = bezirke.slice(0, 2);
		expect(erkenneZuordnung(wenige, new Set(), undefined, zweiBezirke).namen).toEqual({ altstadt: '10', neustadt: '11' });
		expect(erkenneZuordnung(einer, new Set(), undefined, zweiBezirke).namen).toBeUndefined();
	});
	it('takes the column naming most of them', () => {
		const roh = tabelle('einwohner-2020.csv', [['Bezirk alt', 'Bezirk neu', 'Einwohner'], ['Altstadt', 'Altstadt', 800], ['Neustadt', 'Neustadt', 700], ['Bühl', 'Nord', 300]]);
		expect(erkenneZuordnung(roh, new Set(), undefined, bezirke).spalten.stadtbezirk).toBe(0);
		const umgekehrt = tabelle('einwohner-2020.csv', [['Bezirk alt', 'Bezirk neu', 'Einwohner'], ['Altstadt', 'Altstadt', 800], ['Nord', 'Neustadt', 700], ['Süd', 'Bühl', 300]]);
		expect(erkenneZuordnung(umgekehrt, new Set(), undefined, bezirke).spalten.stadtbezirk).toBe(1);
		const gleich = tabelle('einwohner-2020.csv', [['Bezirk alt', 'Bezirk neu', 'Einwohner'], ['Altstadt', 'Altstadt', 800], ['Neustadt', 'Neustadt', 700]]);
		expect(erkenneZuordnung(gleich, new Set(), undefined, bezirke).spalten.stadtbezirk).toBe(0);
	});
	it('keeps a code column whose codes the atlas knows, and replaces one whose codes it does not', () => {
		const zeilen = [['Nr', 'Name', 'Einwohner'], ['10', 'Altstadt', 800], ['11', 'Neustadt', 700], ['12', 'Bühl', 300]];
		const bekannt = new Set(['10', '11', '12']);
		const z = erkenneZuordnung(tabelle('einwohner-2020.csv', zeilen), bekannt, undefined, bezirke);
		expect(z.spalten.stadtbezirk).toBe(0);
		expect(z.namen).toBeUndefined();
		const fremd = erkenneZuordnung(tabelle('einwohner-2020.csv', zeilen), new Set(['A1']), undefined, bezirke);
		expect(fremd).toMatchObject({ spalten: { stadtbezirk: 1, name: 1 }, namen });
		// One new district beside known ones: the codes stay.
		const neu = erkenneZuordnung(tabelle('einwohner-2020.csv', [...zeilen, ['19', 'Neubaugebiet', 50]]), bekannt, undefined, bezirke);
		expect(neu.spalten.stadtbezirk).toBe(0);
		expect(neu.namen).toBeUndefined();
	});
	it('takes a code column holding names as the name column too', () => {
		const z = erkenneZuordnung(tabelle('einwohner-2020.csv', [['Stadtbezirk', 'Einwohner'], ['Altstadt', 800], ['Neustadt', 700]]), new Set(), undefined, bezirke);
		expect(z).toMatchObject({ spalten: { stadtbezirk: 0, name: 0, einwohner: 1 }, namen });
	});
	it('leaves a district list and a long table with codes as they are', () => {
		const liste = tabelle('stadtbezirke.csv', [['Code', 'Name'], ['10', 'Altstadt'], ['11', 'Neustadt']]);
		expect(erkenneZuordnung(liste, new Set(), undefined, bezirke)).toEqual({ ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } });
		const zeilen = [['10', 'Altstadt'], ['11', 'Neustadt'], ['12', 'Bühl']].flatMap(([c, n]) => [['2024', 'Stadtbezirk', c, n, 'insgesamt', 1000], ['2024', 'Stadtbezirk', c, n, 'Ausländer', 120]]);
		const lang = erkenneZuordnung(tabelle('einwohner.csv', [['Jahr', 'Raumebene', 'Stadtbezirk', 'Name', 'Einwohner', 'Anzahl'], ...zeilen]), new Set(), undefined, bezirke);
		expect(lang.spalten.stadtbezirk).toBe(2);
		expect(lang.namen).toBeUndefined();
	});
});

describe('where else a Stichtag comes from', () => {
	it('takes a column of years no field claims, never an empty or partly filled one', () => {
		const jahr = tabelle('bezirke.csv', [['Bezirk', 'Einwohner', 'Spalte'], ['10', 800, '2020'], ['11', 700, '2021.0']]);
		expect(erkenneZuordnung(jahr).spalten.stichtag).toBe(2);
		const luecke = tabelle('bezirke.csv', [['Bezirk', 'Einwohner', 'Spalte'], ['10', 800, '2020'], ['11', 700, ''], ['12', 600, '2020']]);
		expect(erkenneZuordnung(luecke).spalten.stichtag).toBe(2);
		for (const werte of [['', ''], ['2020', 'neu'], ['12020', '12021'], ['2020a', '2021a']]) {
			const roh = tabelle('bezirke-2019.csv', [['Bezirk', 'Einwohner', 'Spalte'], ['10', 800, werte[0]], ['11', 700, werte[1]]]);
			expect(erkenneZuordnung(roh), werte.join()).toMatchObject({ stichtag: '2019-12-31', stichtagAus: 'dateiname' });
			expect(erkenneZuordnung(roh).spalten.stichtag).toBeUndefined();
		}
	});
	it('takes a register extract’s column of years no field claims as its Stichtag', () => {
		const roh = tabelle('melderegister-2021.csv', [['bezirk', 'alter', 'geschlecht', 'staatsangehoerigkeit', 'Meldejahr'], ['10', 40, 'w', 'TR', 2022], ['11', 12, 'm', 'DE', 2022]]);
		expect(erkenneZuordnung(roh)).toMatchObject({ ziel: 'register', spalten: { stichtag: 4 } });
		expect(erkenneZuordnung(roh).stichtag).toBeUndefined();
	});
	it('gives a district list and a list of offers no Stichtag from their names', () => {
		expect(erkenneZuordnung(tabelle('stadtbezirke-2020.csv', [['Code', 'Name'], ['10', 'Altstadt'], ['11', 'Neustadt']]))).toEqual({ ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } });
		const angebote = erkenneZuordnung(tabelle('angebote-2021.csv', [['Name', 'Art', 'Breite', 'Länge'], ['Treff', 'Café', '47.7', '10.3']]));
		expect(angebote.ziel).toBe('einrichtung');
		expect(angebote.stichtag).toBeUndefined();
	});
	it('reads a district table’s own Stichtag column rather than a dated heading or the name', () => {
		const roh: Rohtabelle = { ...tabelle('bezirke-2015.csv', [['Bezirk', 'Stichtag', 'Einwohner'], ['10', '31.12.2014', 800]]), titelzeilen: [[null, null, 'Stand 31.12.2013']] };
		const z = erkenneZuordnung(roh);
		expect(z.spalten.stichtag).toBe(1);
		expect(z.stichtag).toBeUndefined();
	});
	it('keeps a Stichtag column beside another column of years, and gives other tables no year column or dated heading as Stichtag', () => {
		const zwei = tabelle('bezirke.csv', [['Stichtag', 'Bezirk', 'Einwohner', 'Gebietsstand'], ['31.12.2024', '10', 5, '2020'], ['31.12.2024', '11', 6, '2020']]);
		expect(erkenneZuordnung(zwei).spalten).toEqual({ stichtag: 0, stadtbezirk: 1, einwohner: 2 });
		const liste = tabelle('stadtbezirke.csv', [['Code', 'Name', 'Gebietsstand'], ['10', 'Altstadt', '2020'], ['11', 'Neustadt', '2020']]);
		expect(erkenneZuordnung(liste)).toEqual({ ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } });
		const bevoelkerung = tabelle('bevoelkerung.csv', [['Stadtbezirk', 'Geschlecht', 'Altersgruppe', 'Status', 'Anzahl', 'Meldejahr'], ['10', 'w', '0-4', 'deutsch', 5, '2020'], ['11', 'm', '0-4', 'deutsch', 6, '2021']]);
		const b = erkenneZuordnung(bevoelkerung);
		expect(b.ziel).toBe('bevoelkerung');
		expect(b.spalten.stichtag).toBeUndefined();
		expect(b.ebene).toBeUndefined();
	});
});

describe('the area levels of a mapped table', () => {
	it('are none without a district column, even where names are mapped', () => {
		const roh = tabelle('einwohner.csv', [['Stadtteil', 'Einwohner'], ['Altstadt', 800], ['Neustadt', 700]]);
		expect(ebenenVon(roh, { ziel: 'bezirkszahl', spalten: { name: 0, einwohner: 1 } })).toEqual([]);
		expect(ebenenVon(roh, { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 1 } })).toHaveLength(1);
	});
});
