import { describe, expect, it } from 'vitest';
import { choropleth } from './choropleth';
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
