import { describe, expect, it } from 'vitest';
import { bedarfsindex } from './bedarf';
import { BIVARIAT_FARBEN, bivariatFarbe, handlungsbedarf, terzile, stufe } from './handlungsbedarf';
import { schuetzeAbdeckung } from './schaetzschutz';
import { GESAMTSTADT } from '../data/schema';

const werte = (xs: Record<string, number | null>) => [...Object.entries(xs).map(([code, wert]) => ({ code, wert, veraenderung: null })), { code: GESAMTSTADT, wert: 99, veraenderung: null }];

describe('need index (z-values, weighted mean)', () => {
	it('standardises each indicator across the districts and weights the z-values', () => {
		const b = bedarfsindex(
			new Map([
				['a', werte({ x: 10, y: 20, z: 30 })],
				['b', werte({ x: 5, y: 5, z: 20 })]
			]),
			[
				{ indikator: 'a', gewicht: 1 },
				{ indikator: 'b', gewicht: 3 }
			],
			['x', 'y', 'z']
		);
		// a: mean 20, sd √(200/3) = 8.165 → z = −1.2247, 0, 1.2247; b: mean 10, sd √(150/3) = 7.071 → z = −0.7071, −0.7071, 1.4142.
		expect(b.z.get('x')!.get('a')).toBeCloseTo(-1.224745, 5);
		expect(b.z.get('z')!.get('b')).toBeCloseTo(1.414214, 5);
		expect(b.index.get('x')).toBeCloseTo((-1.224745 + 3 * -0.707107) / 4, 5);
		expect(b.index.get('y')).toBeCloseTo((0 + 3 * -0.707107) / 4, 5);
		expect(b.index.get('z')).toBeCloseTo((1.224745 + 3 * 1.414214) / 4, 5);
		// The city value takes no part in the standardisation.
		expect(b.standardisierung[0].mittel).toBe(20);
	});
	it('has no index where a component has no value', () => {
		const b = bedarfsindex(new Map([['a', werte({ x: 1, y: null, z: 3 })]]), [{ indikator: 'a', gewicht: 1 }], ['x', 'y', 'z']);
		expect(b.index.get('y')).toBeNull();
		expect(b.index.get('x')).toBeCloseTo(-1, 10);
	});
});

describe('need index: which components count', () => {
	it('an indicator weighted 0 takes no part, even where it has no value', () => {
		const b = bedarfsindex(
			new Map([
				['a', werte({ x: 1, y: 2, z: 3 })],
				['b', werte({ x: 7, y: null, z: 1 })]
			]),
			[
				{ indikator: 'a', gewicht: 1 },
				{ indikator: 'b', gewicht: 0 }
			],
			['x', 'y', 'z']
		);
		expect(b.komponenten).toEqual([{ indikator: 'a', gewicht: 1 }]);
		expect([...b.z.get('y')!.keys()]).toEqual(['a']);
		expect(b.index.get('y')).toBeCloseTo(0, 10);
		expect(b.index.get('z')).toBeCloseTo(Math.sqrt(3 / 2), 10);
	});
	it('an indicator the data do not have is left out', () => {
		const b = bedarfsindex(new Map([['a', werte({ x: 1, y: 3 })]]), [{ indikator: 'a', gewicht: 1 }, { indikator: 'fehlt', gewicht: 2 }], ['x', 'y']);
		expect(b.komponenten.map((k) => k.indikator)).toEqual(['a']);
		expect(b.index.get('y')).toBeCloseTo(1, 10);
	});
	it('without any component there is no index', () => {
		const b = bedarfsindex(new Map([['a', werte({ x: 1, y: 3 })]]), [{ indikator: 'a', gewicht: 0 }], ['x', 'y']);
		expect(b.index.get('x')).toBeNull();
		expect(b.index.get('y')).toBeNull();
	});
	it('a district the indicator has no row for has no index', () => {
		const b = bedarfsindex(new Map([['a', werte({ x: 1, y: 3 })]]), [{ indikator: 'a', gewicht: 1 }], ['x', 'y', 'neu']);
		expect(b.z.get('neu')!.get('a')).toBeNull();
		expect(b.index.get('neu')).toBeNull();
	});
	it('an indicator with the same value in every district puts every district at the average, 0', () => {
		const b = bedarfsindex(
			new Map([
				['a', werte({ x: 12, y: 12, z: 12 })],
				['b', werte({ x: 10, y: 20, z: 30 })]
			]),
			[
				{ indikator: 'a', gewicht: 1 },
				{ indikator: 'b', gewicht: 1 }
			],
			['x', 'y', 'z']
		);
		expect(b.standardisierung[0].standardabweichung).toBe(0);
		expect(['x', 'y', 'z'].map((c) => b.z.get(c)!.get('a'))).toEqual([0, 0, 0]);
		expect(b.index.get('z')).toBeCloseTo(1.224745 / 2, 5);
	});
});

describe('Handlungsbedarf', () => {
	const abdeckung = (anteil: number, gesamt = 100) => schuetzeAbdeckung({ gesamt, erreicht: (gesamt * anteil) / 100, anteil, medianM: 400, orte: 10 }, 3);
	it('ranks high need with low coverage first and keeps every number behind the rank', () => {
		const { zeilen } = handlungsbedarf(
			new Map([['hoch-schlecht', 1.5], ['hoch-gut', 1.5], ['niedrig-schlecht', -1], ['mittel', 0]]),
			new Map([['hoch-schlecht', abdeckung(10)], ['hoch-gut', abdeckung(90)], ['niedrig-schlecht', abdeckung(10)], ['mittel', abdeckung(50)]])
		);
		// Values: 1,5 + 0,905; 1,5 − 1,508; −1 + 0,905; 0 − 0,302.
		expect(zeilen.map((z) => z.code)).toEqual(['hoch-schlecht', 'hoch-gut', 'niedrig-schlecht', 'mittel']);
		const erster = zeilen[0];
		expect(erster.rang).toBe(1);
		expect(erster.nichtErreicht).toEqual({ wert: 90, gesperrt: false });
		// Not reached: 90, 10, 90, 50 → mean 60, sd √1 100 = 33.166; z(90) = 0.9045.
		expect(erster.zNichtErreicht).toBeCloseTo(0.904534, 5);
		expect(erster.wert).toBeCloseTo(1.5 + 0.904534, 5);
		expect(erster.klasse).toEqual({ bedarf: 2, nichtErreicht: 2 });
	});
	it('gives no rank to a district whose group is too small for a share', () => {
		const { zeilen } = handlungsbedarf(new Map([['klein', 2], ['a', 0], ['b', 1]]), new Map([['klein', abdeckung(75, 4)], ['a', abdeckung(50)], ['b', abdeckung(20)]]));
		expect(zeilen.map((z) => z.code)).toEqual(['b', 'a']);
	});
	it('classes values into terciles', () => {
		const t = terzile([1, 2, 3, 4, 5, 6])!;
		expect([1, 2, 3, 4, 5, 6].map((v) => stufe(v, t))).toEqual([0, 0, 1, 1, 2, 2]);
		expect(terzile([1, null])).toBeNull();
	});
	it('takes the terciles over the finite values in any order, from three values on; a bound belongs to the class above it', () => {
		expect(terzile([6, null, 1, Number.NaN, 5, 2, Infinity, 4, 3])).toEqual(terzile([1, 2, 3, 4, 5, 6]));
		expect(terzile([3, 1, 2])).not.toBeNull();
		const t = terzile([1, 2, 3, 4, 5, 6])!;
		expect([stufe(t.grenzen[0], t), stufe(t.grenzen[1], t)]).toEqual([1, 2]);
	});
	it('ranks only districts with both a need and a share; with every share alike, by need alone, ties by district number', () => {
		const { zeilen } = handlungsbedarf(
			new Map([['10', 1], ['9', 1], ['2', 3], ['ohne', null], ['unbekannt', 5]]),
			new Map([['10', abdeckung(40)], ['9', abdeckung(40)], ['2', abdeckung(40)], ['ohne', abdeckung(40)]])
		);
		expect(zeilen.map((z) => [z.code, z.rang, z.zNichtErreicht, z.wert])).toEqual([
			['2', 1, 0, 3],
			['9', 2, 0, 1],
			['10', 3, 0, 1]
		]);
	});
	it('colours need by row and the share not reached by column', () => {
		expect(bivariatFarbe({ bedarf: 2, nichtErreicht: 0 })).toBe(BIVARIAT_FARBEN[2][0]);
		expect(bivariatFarbe({ bedarf: 0, nichtErreicht: 2 })).toBe(BIVARIAT_FARBEN[0][2]);
		expect(BIVARIAT_FARBEN[2][0]).not.toBe(BIVARIAT_FARBEN[0][2]);
	});
});
