import { describe, expect, it } from 'vitest';
import { choropleth, heller, mitZufallsschwankung, themaUntertitel } from './choropleth';
import { STADTTEIL } from './gebietswort';
import { KEINE_ANGABE } from './farben';
import { indikator } from '../data/indikatoren';
import { GESAMTSTADT } from '../data/schema';

const mh = indikator('mh_anteil')!;
const stand = { indikator: mh, stichtag: '2020-12-31', basis: null };
const veraenderung = { indikator: mh, stichtag: '2020-12-31', basis: '2019-12-31' };

const werte = [
	{ code: GESAMTSTADT, wert: 30, veraenderung: 1 },
	{ code: '10', wert: 10, veraenderung: -2 },
	{ code: '11', wert: 20, veraenderung: 0 },
	{ code: '12', wert: 40, veraenderung: 2 },
	{ code: '13', wert: 50, veraenderung: null }
];

describe('choropleth', () => {
	it('colours low and high districts with the ends of the sequential palette and reports the city value', () => {
		const c = choropleth(stand, werte, { methode: 'gleich', klassen: 4, palette: 'blau' });
		expect(c.farbeJeBezirk.get('10')).toBe(c.farben[0]);
		expect(c.farbeJeBezirk.get('13')).toBe(c.farben.at(-1));
		expect(c.stadtwert).toBe(30);
		expect(c.klassierung.anzahl.reduce((a, b) => a + b, 0)).toBe(4);
	});
	it('shows changes on a diverging palette and greys out districts without a value', () => {
		const c = choropleth(veraenderung, werte, { methode: 'gleich', klassen: 3, palette: 'blau' });
		expect(c.farbeJeBezirk.get('13')).toBe(KEINE_ANGABE);
		expect(c.ohneWert).toBe(1);
		expect(c.stadtwert).toBe(1);
		// Decrease orange, increase purple, the middle class (around 0) near white.
		const rgb = (code: string) => c.farbeJeBezirk.get(code)!.match(/\d+/g)!.map(Number);
		const [r10, , b10] = rgb('10');
		const [r12, , b12] = rgb('12');
		expect(r10).toBeGreaterThan(b10);
		expect(b12).toBeGreaterThan(r12);
		const mid = c.farbeJeBezirk.get('11')!;
		const [r, g, b] = mid.match(/\d+/g)!.map(Number);
		expect(Math.min(r, g, b)).toBeGreaterThan(200);
	});
});

describe('counts as proportional symbols', () => {
	it('paints no shaded areas for counts but circles whose area grows with the value', () => {
		const einwohner = indikator('einwohner')!;
		const c = choropleth({ indikator: einwohner, stichtag: '2020-12-31', basis: null }, [
			{ code: 'a', wert: 400, veraenderung: null },
			{ code: 'b', wert: 100, veraenderung: null },
			{ code: GESAMTSTADT, wert: 500, veraenderung: null }
		], { methode: 'gleich', klassen: 4, palette: 'blau' });
		expect(new Set(c.farbeJeBezirk.values())).toEqual(new Set(['#ecebe6']));
		const ra = c.symbole!.jeBezirk.get('a')!.radius;
		const rb = c.symbole!.jeBezirk.get('b')!.radius;
		// Area ∝ value: 4 × the people, 2 × the radius.
		expect(ra / rb).toBeCloseTo(2, 10);
		expect(c.symbole!.referenz.map((r) => r.wert)).toEqual([400, 100, 25]);
	});
	it('shows changes of counts with the colour of their sign', () => {
		const c = choropleth({ indikator: indikator('mh_anzahl')!, stichtag: '2020-12-31', basis: '2019-12-31' }, [
			{ code: 'a', wert: 1, veraenderung: -30 },
			{ code: 'b', wert: 1, veraenderung: 50 }
		], { methode: 'gleich', klassen: 4, palette: 'blau' });
		expect(c.symbole!.jeBezirk.get('a')!.farbe).not.toBe(c.symbole!.jeBezirk.get('b')!.farbe);
	});
});

describe('changes within random variation on the change map', () => {
	it('are drawn lighter in their class colour; other districts and level maps keep theirs', async () => {
		const { choropleth, heller, mitZufallsschwankung } = await import('./choropleth');
		const { INDIKATOREN } = await import('../data/indikatoren');
		const indikator = INDIKATOREN.find((i) => i.id === 'mh_anteil')!;
		const werte = [
			{ code: '1', wert: 30, veraenderung: -3 },
			{ code: '2', wert: 31, veraenderung: 0.5 },
			{ code: '3', wert: 32, veraenderung: 4 }
		];
		const o = { methode: 'jenks' as const, klassen: 3, palette: 'ylgnbu' as const };
		const c = choropleth({ indikator, stichtag: '2020-12-31', basis: '2019-12-31' }, werte, o);
		const z = mitZufallsschwankung(c, new Set(['2']));
		expect(z.farbeJeBezirk.get('2')).toBe(heller(c.farbeJeBezirk.get('2')!));
		expect(z.farbeJeBezirk.get('2')).not.toBe(c.farbeJeBezirk.get('2'));
		expect(z.farbeJeBezirk.get('1')).toBe(c.farbeJeBezirk.get('1'));
		expect([...z.zufall!]).toEqual(['2']);
		const stand = choropleth({ indikator, stichtag: '2020-12-31', basis: null }, werte, o);
		expect(mitZufallsschwankung(stand, new Set(['2']))).toBe(stand);
		expect(heller('#000000')).toBe('rgb(166, 166, 166)');
		expect(heller('rgb(0, 0, 255)')).toBe('rgb(166, 166, 255)');
	});
});

describe('districts without a value and the city value', () => {
	const o = { methode: 'gleich' as const, klassen: 3, palette: 'blau' as const };
	it('a level map finds the city value wherever it stands and greys out a density over an area of 0', () => {
		const dichte = indikator('dichte')!;
		const c = choropleth({ indikator: dichte, stichtag: '2020-12-31', basis: null }, [
			{ code: '10', wert: 1200, veraenderung: null },
			{ code: '11', wert: 3400, veraenderung: null },
			{ code: '12', wert: Number.POSITIVE_INFINITY, veraenderung: null },
			{ code: '13', wert: 5100, veraenderung: null },
			{ code: GESAMTSTADT, wert: 2600, veraenderung: null }
		], o);
		expect(c.stadtwert).toBe(2600);
		expect(c.farbeJeBezirk.get('12')).toBe(KEINE_ANGABE);
		expect(c.ohneWert).toBe(1);
		expect(c.farbeJeBezirk.get('13')).toBe(c.farben.at(-1));
	});
	it('a map on which no district has a value has no classes and every district grey', () => {
		const c = choropleth(stand, [
			{ code: '10', wert: null, veraenderung: null },
			{ code: '11', wert: null, veraenderung: null }
		], o);
		expect(c.farben).toEqual([]);
		expect([...c.farbeJeBezirk.values()]).toEqual([KEINE_ANGABE, KEINE_ANGABE]);
		expect(c.ohneWert).toBe(2);
		expect(c.stadtwert).toBeNull();
	});
});

describe('counts as proportional symbols, in detail', () => {
	const o = { methode: 'gleich' as const, klassen: 4, palette: 'blau' as const };
	const einwohner = indikator('einwohner')!;
	it('the largest district gets the largest circle, a withheld one none; counts have no classes', () => {
		const c = choropleth({ indikator: einwohner, stichtag: '2020-12-31', basis: null }, [
			{ code: GESAMTSTADT, wert: 9300, veraenderung: null },
			{ code: 'a', wert: 6400, veraenderung: null },
			{ code: 'b', wert: 1600, veraenderung: null },
			{ code: 'c', wert: null, veraenderung: null, sperre: 'wert' as const }
		].reverse(), o);
		expect(c.stadtwert).toBe(9300);
		expect(c.ohneWert).toBe(1);
		expect(c.gesperrt).toEqual(new Set(['c']));
		expect(c.symbole!.jeBezirk.get('a')!.radius).toBeCloseTo(26, 10);
		expect(c.symbole!.jeBezirk.get('b')!.radius).toBeCloseTo(13, 10);
		expect(c.symbole!.jeBezirk.has('c')).toBe(false);
		expect(c.symbole!.referenz).toEqual([
			{ wert: 6000, radius: expect.closeTo(26 * Math.sqrt(6000 / 6400), 10) },
			{ wert: 1500, radius: expect.closeTo(26 * Math.sqrt(1500 / 6400), 10) },
			{ wert: 380, radius: expect.closeTo(26 * Math.sqrt(380 / 6400), 10) }
		]);
		expect(c.klassierung).toEqual({ grenzen: [], anzahl: [] });
		expect(c.farben).toEqual([]);
	});
	it('a count that is not a finite number gets no circle and leaves the others’ scale alone', () => {
		for (const kaputt of [NaN, Infinity, -Infinity]) {
			const c = choropleth({ indikator: einwohner, stichtag: '2020-12-31', basis: null }, [
				{ code: 'a', wert: 6400, veraenderung: null },
				{ code: 'b', wert: 1600, veraenderung: null },
				{ code: 'c', wert: kaputt, veraenderung: null }
			], o);
			expect(c.symbole!.jeBezirk.get('a')!.radius).toBeCloseTo(26, 10);
			expect(c.symbole!.jeBezirk.get('b')!.radius).toBeCloseTo(13, 10);
			expect(c.symbole!.jeBezirk.has('c')).toBe(false);
			expect(c.symbole!.referenz.map((r) => r.wert)).toEqual([6000, 1500, 380]);
		}
	});
	it('a decrease is orange, an increase purple', () => {
		const c = choropleth({ indikator: indikator('mh_anzahl')!, stichtag: '2020-12-31', basis: '2019-12-31' }, [
			{ code: 'a', wert: 1, veraenderung: -30 },
			{ code: 'b', wert: 1, veraenderung: 50 }
		], o);
		const rgb = (code: string) => c.symbole!.jeBezirk.get(code)!.farbe.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
		const [ra, , ba] = rgb('a');
		const [rb, , bb] = rgb('b');
		expect(ra).toBeGreaterThan(ba);
		expect(bb).toBeGreaterThan(rb);
	});
	it('a change map of counts on which nothing changed draws no circles and no legend circles', () => {
		const c = choropleth({ indikator: indikator('mh_anzahl')!, stichtag: '2020-12-31', basis: '2019-12-31' }, [
			{ code: 'a', wert: 40, veraenderung: 0 },
			{ code: 'b', wert: 70, veraenderung: 0 }
		], o);
		expect(c.symbole!.jeBezirk.get('a')!.radius).toBe(0);
		expect(c.symbole!.jeBezirk.get('b')!.radius).toBe(0);
		expect(c.symbole!.referenz).toEqual([]);
	});
});

describe('themaUntertitel', () => {
	it('names the Stichtag and unit of a level, both Stichtage of a change, and what else the figures depend on', () => {
		expect(themaUntertitel(stand)).toBe('Stichtag 31.12.2020, in %');
		expect(themaUntertitel(veraenderung)).toBe('Veränderung 31.12.2019 → 31.12.2020, in Prozentpunkten');
		const zusatz = 'mit Szenario: 2 hypothetische Angebote';
		expect(themaUntertitel({ ...stand, zusatz })).toBe('Stichtag 31.12.2020, in % · mit Szenario: 2 hypothetische Angebote');
		expect(themaUntertitel({ ...veraenderung, zusatz })).toBe('Veränderung 31.12.2019 → 31.12.2020, in Prozentpunkten · mit Szenario: 2 hypothetische Angebote');
		expect(themaUntertitel({ ...stand, wort: STADTTEIL, zusatz })).toBe('Stichtag 31.12.2020, in % · je Stadtteil · mit Szenario: 2 hypothetische Angebote');
	});
});

describe('heller and the lighter districts, in detail', () => {
	it('mixes each of the palettes\' colour forms with white, and leaves a colour it cannot read as it is', () => {
		expect(heller('#FFFFFF')).toBe('rgb(255, 255, 255)');
		expect(heller('rgb(10.25, 20, 30)')).toBe('rgb(169, 173, 176)');
		expect(heller('steelblue')).toBe('steelblue');
	});
	it('a district without a value stays grey even when marked as within random variation', () => {
		const c = choropleth(veraenderung, werte, { methode: 'gleich', klassen: 3, palette: 'blau' });
		const z = mitZufallsschwankung(c, new Set(['11', '13']));
		expect(z.farbeJeBezirk.get('13')).toBe(KEINE_ANGABE);
		expect(z.farbeJeBezirk.get('11')).toBe(heller(c.farbeJeBezirk.get('11')!));
	});
});
