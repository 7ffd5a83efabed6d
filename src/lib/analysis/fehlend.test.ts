import { describe, expect, it } from 'vitest';
import { indikatortabelleAus, type Sperre } from '../data/indikatortabelle';
import { GESAMTSTADT } from '../data/schema';
import { fehlendeIndikatoren, fehltHinweisFuer, nieVorhanden } from './fehlend';

type Zelle = [stichtag: string, indikator: string, code: string, wert: number | null, sperre?: Sperre];
const tabelle = (zellen: Zelle[]) =>
	indikatortabelleAus(zellen.map(([stichtag, indikator, code, wert, sperre]) => ({ stichtag, indikator, code, wert, sperre: sperre ?? null })));

// Two Stichtage, three districts and the city. 2020: the MH share only withheld in district 02 (small count),
// the foreigners' share only in the city's last cell; 2021: no MH share anywhere, the density only for 01.
const t = tabelle([
	['2020-12-31', 'einwohner', '01', 1200], ['2020-12-31', 'einwohner', '02', 800], ['2020-12-31', 'einwohner', '03', 950], ['2020-12-31', 'einwohner', GESAMTSTADT, 2950],
	['2020-12-31', 'mh_anteil', '01', null], ['2020-12-31', 'mh_anteil', '02', null, 'wert'], ['2020-12-31', 'mh_anteil', '03', null],
	['2020-12-31', 'auslaender_anteil', '01', null], ['2020-12-31', 'auslaender_anteil', GESAMTSTADT, 12.5],
	['2020-12-31', 'dichte', '01', null],
	['2021-12-31', 'einwohner', '01', 1210], ['2021-12-31', 'einwohner', GESAMTSTADT, 2960],
	['2021-12-31', 'mh_anteil', '01', null],
	['2021-12-31', 'auslaender_anteil', '03', 11.9],
	['2021-12-31', 'dichte', '01', 3400]
]);

describe('fehlendeIndikatoren', () => {
	it('names the indicators without any value at a Stichtag; a withheld value or the city’s alone is data', () => {
		expect(fehlendeIndikatoren(t, '2020-12-31')).toEqual(new Set(['dichte']));
		expect(fehlendeIndikatoren(t, '2021-12-31')).toEqual(new Set(['mh_anteil']));
	});
	it('misses nothing at a Stichtag the data do not have', () => {
		expect(fehlendeIndikatoren(t, '2019-12-31').size).toBe(0);
	});
});

describe('nieVorhanden', () => {
	it('names only the indicators missing at every Stichtag', () => {
		expect(nieVorhanden(t).size).toBe(0);
		const ohneDichte = tabelle([
			['2020-12-31', 'einwohner', '01', 1200], ['2020-12-31', 'dichte', '01', null],
			['2021-12-31', 'einwohner', '01', 1210], ['2021-12-31', 'dichte', '01', null], ['2021-12-31', 'mh_anteil', '01', 30]
		]);
		expect(nieVorhanden(ohneDichte)).toEqual(new Set(['dichte']));
	});
});

describe('fehltHinweisFuer', () => {
	it('names the column of the count a missing share is computed from', () => {
		expect(fehltHinweisFuer(['auslaender_anteil'])).toBe(
			'Keine Angabe: Die geladenen Daten enthalten die Zahl der Ausländer*innen nicht; die Spalte „auslaender“ der Zahlen je Stadtbezirk würde diese Angabe liefern.'
		);
	});
	it('names the area, not the population, for a missing density, and every column when several are missing', () => {
		expect(fehltHinweisFuer(['dichte'])).toContain('die Fläche der Stadtbezirke nicht; die Spalte „flaeche_km2“ der Liste der Stadtbezirke');
		const beide = fehltHinweisFuer(new Set(['mh_anteil', 'dichte']));
		expect(beide).toContain('die Zahl der Menschen mit Migrationshintergrund und die Fläche der Stadtbezirke nicht');
		expect(beide).toContain('„mh“ der Zahlen je Stadtbezirk und „flaeche_km2“ der Liste der Stadtbezirke würden diese Angaben liefern');
	});
	it('gives no note when nothing is missing, nor for an indicator the catalogue does not know', () => {
		expect(fehltHinweisFuer([])).toBeNull();
		expect(fehltHinweisFuer(['versorgung_abdeckung'])).toBeNull();
	});
});
