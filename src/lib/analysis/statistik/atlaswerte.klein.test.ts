/**
 * The atlas's values of a share on a hand-made table of three districts (no default data), every
 * smoothed share worked out by hand from GeoDa's formula (see ebGlaettung.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { GESAMTSTADT } from '../../data/schema';
import { anteilsdetails, bezirkscodes, geglaetteteWerte, queenNachbarn, zufallsschwankung } from './atlaswerte';
import { veraenderungsintervall } from './anteilsstatistik';
import { wilson } from './wilson';
import { testtabelle } from './testing/testtabelle';

const VORHER = '2019-12-31';
const JETZT = '2020-12-31';
// Now 10 %, 30 % and 20 % of 100 each: city share b = 0.2, prior variance a = 2/300 − 0.2/100 = 7/1500,
// weight a / (a + b/100) = 0.7, so 13 %, 27 %, 20 %. Before: 10 % in both shown districts, a = 0: 10 % each.
const t = testtabelle({
	[VORHER]: { einwohner: { '1': 100, '2': 100, '3': 100, [GESAMTSTADT]: 300 }, mh_anteil: { '1': 10, '2': 10, '3': { sperre: 'wert', wert: 35 }, [GESAMTSTADT]: 15 } },
	[JETZT]: { einwohner: { '1': 100, '2': 100, '3': 100, [GESAMTSTADT]: 300 }, mh_anteil: { '1': 10, '2': 30, '3': 20, [GESAMTSTADT]: 21 } }
});
const werte = (w: { code: string; wert: number | null }[]) => w.map((x) => [x.code, x.wert === null ? null : Math.round(1e9 * x.wert) / 1e9]);

describe('smoothed shares on a hand-made table', () => {
	it('global smoothing pulls each district towards the city share; the city value stays as counted', () => {
		expect(werte(geglaetteteWerte(t, JETZT, 'mh_anteil', 'eb_global', [], null))).toEqual([['1', 13], ['2', 27], ['3', 20], [GESAMTSTADT, 21]]);
	});
	it('spatial smoothing pulls towards the neighbours only; a district without neighbours keeps its share', () => {
		// 1 and 2 are each other's neighbours: b = 0.2, a = 2/200 − 0.2/100 = 0.008, weight 0.8: 12 % and 28 %.
		const w = geglaetteteWerte(t, JETZT, 'mh_anteil', 'eb_raeumlich', [[1], [0], []], null);
		expect(werte(w)).toEqual([['1', 12], ['2', 28], ['3', 20], [GESAMTSTADT, 21]]);
		expect(geglaetteteWerte(t, JETZT, 'mh_anteil', 'eb_raeumlich', [[1], [0]], null)).toEqual(w);
	});
	it('the raw share and an indicator that is no share are shown as counted', () => {
		expect(werte(geglaetteteWerte(t, JETZT, 'mh_anteil', 'roh', [], null))).toEqual([['1', 10], ['2', 30], ['3', 20], [GESAMTSTADT, 21]]);
		expect(werte(geglaetteteWerte(t, JETZT, 'einwohner', 'eb_global', [], null))).toEqual([['1', 100], ['2', 100], ['3', 100], [GESAMTSTADT, 300]]);
	});
	it('a change is the difference of the smoothed shares; withheld at the base, the level is shown and the change is not', () => {
		const w = geglaetteteWerte(t, JETZT, 'mh_anteil', 'eb_global', [], VORHER);
		expect(w.map((x) => [x.code, x.veraenderung === null ? null : Math.round(1e9 * x.veraenderung) / 1e9, x.sperre])).toEqual([
			['1', 3, null],
			['2', 17, null],
			['3', null, 'wert'],
			[GESAMTSTADT, 6, null]
		]);
		expect(w[2].wert).toBeCloseTo(20, 9);
	});
	it('withheld at the Stichtag shown, the district has no value and no change', () => {
		const w = geglaetteteWerte(t, VORHER, 'mh_anteil', 'eb_global', [], JETZT);
		expect(w[2]).toMatchObject({ code: '3', wert: null, veraenderung: null, sperre: 'wert' });
		expect(w[0].veraenderung).toBeCloseTo(-3, 9);
	});
});

describe('intervals, ranks and changes per district', () => {
	it('the Wilson interval of the counted share and the rank span among the shown districts', () => {
		const d = anteilsdetails(t, JETZT, 'mh_anteil', null);
		expect([...d.keys()]).toEqual(['1', '2', '3']);
		const w = wilson(30, 100)!;
		expect(d.get('2')!.intervall!.unten).toBeCloseTo(100 * w.unten, 9);
		expect(d.get('2')!.intervall!.oben).toBeCloseTo(100 * w.oben, 9);
		expect(d.get('2')!.rang!.rang).toBe(1);
		expect(d.get('1')!.rang!.rang).toBe(3);
		expect(d.get('2')!.veraenderung).toBeNull();
	});
	it('the change since the base with its Newcombe interval; none for a district withheld at the base', () => {
		const d = anteilsdetails(t, JETZT, 'mh_anteil', VORHER);
		expect(d.get('2')!.veraenderung).toEqual(veraenderungsintervall({ code: '2', zaehler: 30, nenner: 100, gesperrt: false }, { code: '2', zaehler: 10, nenner: 100, gesperrt: false }));
		expect(d.get('2')!.veraenderung!.zufall).toBe(false);
		expect(d.get('1')!.veraenderung!.zufall).toBe(true);
		expect(d.get('3')!.veraenderung).toBeNull();
		expect(zufallsschwankung(d)).toEqual(new Set(['1']));
	});
	it('nothing for an indicator that is no share or a Stichtag the table lacks; no change for a base it lacks', () => {
		expect(anteilsdetails(t, JETZT, 'einwohner', VORHER).size).toBe(0);
		expect(anteilsdetails(t, '2018-12-31', 'mh_anteil', null).size).toBe(0);
		expect([...anteilsdetails(t, JETZT, 'mh_anteil', '2018-12-31').values()].map((x) => x.veraenderung)).toEqual([null, null, null]);
		expect(anteilsdetails(t, JETZT, 'mh_anteil', VORHER).get('1')!.intervall).not.toBeNull();
	});
});

describe('queen neighbours from the boundaries', () => {
	const quadrat = (code: string, x: number, y: number): Feature<Polygon, { code: string }> => ({
		type: 'Feature',
		properties: { code },
		geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] }
	});
	// 2 and 3 share an edge, 3 and 4 only a corner; 1 has no boundary, 9 is in no table.
	const geometrie = { type: 'FeatureCollection', features: [quadrat('3', 1, 0), quadrat('9', 10, 10), quadrat('4', 2, 1), quadrat('2', 0, 0)] } as unknown as Bezirksgeometrie;
	const t4 = testtabelle({ [JETZT]: { einwohner: { '1': 1, '2': 1, '3': 1, '4': 1, [GESAMTSTADT]: 4 } } });
	it('by index among the districts, corners counting; a district without boundary has none', () => {
		expect(bezirkscodes(t4)).toEqual(['1', '2', '3', '4']);
		expect(queenNachbarn(t4, geometrie)).toEqual([[], [2], [1, 3], [2]]);
	});
	it('without boundaries nobody has a neighbour', () => {
		expect(queenNachbarn(t4, null)).toEqual([[], [], [], []]);
	});
});
