import { describe, expect, it } from 'vitest';
import { indikatortabelleAus } from '../data/indikatortabelle';
import { indikator, INDIKATOREN } from '../data/indikatoren';
import { GESAMTSTADT } from '../data/schema';
import { bezirksprofil, profilZeile } from './profil';

const anteil = indikator('mh_anteil')!;
const anzahl = indikator('einwohner')!;
const werte = [
	{ code: '01', wert: 30, veraenderung: 2 },
	{ code: '02', wert: 45, veraenderung: -1 },
	{ code: '03', wert: 30, veraenderung: null },
	{ code: '04', wert: null, veraenderung: null, sperre: 'wert' as const },
	{ code: GESAMTSTADT, wert: 35, veraenderung: 0.5 }
];

describe('profilZeile', () => {
	it('sets the district beside the city, with the deviation, the change and the rank among the districts with a value', () => {
		expect(profilZeile(anteil, werte, '01')).toEqual({ indikator: anteil, wert: 30, stadtwert: 35, abweichung: -5, veraenderung: 2, rang: 2, anzahl: 3, sperre: null });
		expect(profilZeile(anteil, werte, '02')).toMatchObject({ abweichung: 10, rang: 1 });
	});
	it('ranks equal values alike, the city not among them', () => {
		expect(profilZeile(anteil, werte, '03').rang).toBe(2);
		expect(profilZeile(anteil, werte.slice(0, 4), '01')).toMatchObject({ stadtwert: null, abweichung: null, rang: 2, anzahl: 3 });
	});
	it('gives a withheld district no value, no rank and no deviation, and says it is withheld', () => {
		expect(profilZeile(anteil, werte, '04')).toEqual({ indikator: anteil, wert: null, stadtwert: 35, abweichung: null, veraenderung: null, rang: null, anzahl: 3, sperre: 'wert' });
	});
	it('gives a count no deviation from the city total', () => {
		expect(profilZeile(anzahl, werte, '02')).toMatchObject({ wert: 45, stadtwert: 35, abweichung: null, rang: 1 });
	});
	it('has nothing for a district the values lack', () => {
		expect(profilZeile(anteil, werte, '99')).toMatchObject({ wert: null, abweichung: null, veraenderung: null, rang: null, sperre: null, anzahl: 3 });
	});
});

describe('bezirksprofil', () => {
	it('has a row for every indicator of the catalogue, with the change against the base Stichtag', () => {
		const t = indikatortabelleAus([
			{ stichtag: '2020-12-31', indikator: 'mh_anteil', code: '01', wert: 28, sperre: null },
			{ stichtag: '2021-12-31', indikator: 'mh_anteil', code: '01', wert: 30, sperre: null },
			{ stichtag: '2021-12-31', indikator: 'mh_anteil', code: GESAMTSTADT, wert: 35, sperre: null }
		]);
		const profil = bezirksprofil(t, '2021-12-31', '2020-12-31', '01');
		expect(profil.map((z) => z.indikator.id)).toEqual(INDIKATOREN.map((i) => i.id));
		expect(profil.find((z) => z.indikator.id === 'mh_anteil')).toMatchObject({ wert: 30, stadtwert: 35, abweichung: -5, veraenderung: 2, rang: 1, anzahl: 1 });
		expect(profil.find((z) => z.indikator.id === 'einwohner')).toMatchObject({ wert: null, rang: null, anzahl: 0 });
	});
});
