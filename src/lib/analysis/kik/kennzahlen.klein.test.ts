/** The goals' key figures on hand-made offers, residences and tables (no default data). */
import { describe, expect, it } from 'vitest';
import type { Einrichtung, Gruppenzahlen, WohnortZeile } from '../../data/abfragen/angebote';
import { GESAMTSTADT, WOHNORT_GRUPPEN } from '../../data/schema';
import { INDIKATOREN } from '../../data/indikatoren';
import { ebeneUm } from '../projektion';
import { testtabelle } from '../statistik/testing/testtabelle';
import { istProzent, KENNZAHL_IDS, kennzahlLabel, kennzahlReihe, vereinige, ZIELKENNZAHLEN, type Kennzahlgrundlage } from './kennzahlen';

const ort = (lon: number, lat: number, einwohner: number): WohnortZeile => ({ stadtbezirk: '1', lat, lon, einwohner, gruppen: Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, null])) as WohnortZeile['gruppen'] });
const angebot = (id: string, typen: string[], lon: number | null, lat: number | null): Einrichtung =>
	({ id, name: id, typen, adresse: '', lat, lon, genauigkeit: 'adresse', handlungsfelder: [], zielgruppen: [], sprachen: [], massnahmen: [], oeffnungszeiten: '', kontakt: '', quelle: '', beispiel: false });
const zahlen = (einwohner: number): Gruppenzahlen => ({ einwohner, ...Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, einwohner / 10])) }) as Gruppenzahlen;

// 30 inhabitants live at the meeting place, 70 about 5 km north of it, beside a family centre.
const LON = 10.3;
const LAT = 47.7;
const g: Kennzahlgrundlage = {
	stichtage: ['2019-12-31', '2020-12-31', '2021-12-31'],
	einrichtungen: [angebot('b', ['Begegnungsstätte'], LON, LAT), angebot('f', ['Familienzentrum'], LON, LAT + 0.045), angebot('ohne', ['Begegnungsstätte'], null, null)],
	wohnorte: [ort(LON, LAT, 30), ort(LON, LAT + 0.045, 70)],
	zahlen: new Map([
		['2019-12-31', new Map([['1', zahlen(100)]])],
		['2021-12-31', new Map([['1', zahlen(0)]])]
	]),
	ebene: ebeneUm(LON, LAT),
	indikatortabelle: testtabelle({
		'2019-12-31': { mh_anteil: { '1': 40, [GESAMTSTADT]: 35 } },
		'2020-12-31': { mh_anteil: { '1': 41, [GESAMTSTADT]: null } },
		'2021-12-31': { mh_anteil: { '1': 42, [GESAMTSTADT]: 36.5 } }
	})
};

describe('key figures of the goals on hand-made data', () => {
	it('coverage: the share of the group within the walking distance of an offer of the kind, per Stichtag with people', () => {
		expect(kennzahlReihe('erreichbar_begegnungsstaette', g)).toEqual([{ stichtag: '2019-12-31', wert: 30 }]);
		expect(kennzahlReihe('erreichbar_familienzentrum_kinder', g)).toEqual([{ stichtag: '2019-12-31', wert: 70 }]);
		expect(kennzahlReihe('erreichbar_begegnungsstaette', { ...g, wohnorte: [] })).toEqual([]);
	});
	it('an atlas indicator: its city value per Stichtag that has one; none without a table', () => {
		expect(kennzahlReihe('mh_anteil', g)).toEqual([{ stichtag: '2019-12-31', wert: 35 }, { stichtag: '2021-12-31', wert: 36.5 }]);
		expect(kennzahlReihe('mh_anteil', { ...g, indikatortabelle: null })).toEqual([]);
		expect(kennzahlReihe('gibt_es_nicht', g)).toEqual([]);
	});
	it('own values win on their Stichtag, and the series runs in time order', () => {
		const v = vereinige([{ stichtag: '2021-12-31', wert: 3 }, { stichtag: '2019-12-31', wert: 1 }], [{ stichtag: '2020-12-31', wert: 2 }, { stichtag: '2021-12-31', wert: 4 }]);
		expect(v).toEqual([{ stichtag: '2019-12-31', wert: 1 }, { stichtag: '2020-12-31', wert: 2 }, { stichtag: '2021-12-31', wert: 4 }]);
	});
	it('labels: the own wording first, then the figure’s, the indicator’s, or the id; shares are in percent', () => {
		expect(kennzahlLabel('mh_anteil', 'Eigene Bezeichnung')).toBe('Eigene Bezeichnung');
		expect(kennzahlLabel('erreichbar_begegnungsstaette')).toBe('Anteil der Einwohner*innen mit einer Begegnungsstätte in 500 m Fußweg');
		expect(kennzahlLabel('mh_anteil')).toBe(INDIKATOREN.find((i) => i.id === 'mh_anteil')!.label);
		expect(kennzahlLabel('gibt_es_nicht')).toBe('gibt_es_nicht');
		expect(['erreichbar_begegnungsstaette', 'mh_anteil', 'einwohner', 'gibt_es_nicht'].map(istProzent)).toEqual([true, true, false, false]);
	});
	it('every coverage figure names one kind of offer, a group and the walking distance in its label; every id is one a goal may name', () => {
		expect(KENNZAHL_IDS).toEqual([...ZIELKENNZAHLEN.map((k) => k.id), ...INDIKATOREN.map((i) => i.id)]);
		expect(new Set(KENNZAHL_IDS).size).toBe(KENNZAHL_IDS.length);
		for (const k of ZIELKENNZAHLEN) {
			expect(k.id).toMatch(/^erreichbar_/);
			expect(k.label).toContain(k.typen[0]);
			expect(k.label).toContain(`${k.reichweite.distanzM} m Fußweg`);
		}
	});
});
