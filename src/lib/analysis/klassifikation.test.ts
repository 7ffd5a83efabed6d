import { describe, expect, it } from 'vitest';
import { inKlassen, klasseVon, klassiere, klassiereFest, klassiereVeraenderung } from './klassifikation';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('klassiere', () => {
	it('equal intervals split the range evenly', () => {
		const k = klassiere([0, 3, 10, 1, 7], 'gleich', 5);
		expect(k.grenzen).toEqual([0, 2, 4, 6, 8, 10]);
		expect(k.anzahl).toEqual([2, 1, 0, 1, 1]);
	});
	it('quantiles (linear interpolation, R-7) put the same number of districts in each class', () => {
		const k = klassiere(values, 'quantile', 4);
		expect(k.grenzen).toEqual([1, 3.75, 6.5, 9.25, 12]);
		expect(k.anzahl).toEqual([3, 3, 3, 3]);
	});
	it('natural breaks find the gaps between clusters', () => {
		const k = klassiere([1, 1.2, 1.1, 5, 5.3, 5.1, 20, 21, 19.5], 'jenks', 3);
		expect(k.grenzen).toEqual([1, 5, 19.5, 21]);
		expect(k.anzahl).toEqual([3, 3, 3]);
	});
	it('ignores missing values and never makes more classes than distinct values', () => {
		expect(klassiere([null, 4, 4, 8, null], 'gleich', 5)).toEqual({ grenzen: [4, 6, 8], anzahl: [2, 1] });
		// Coinciding quantile bounds merge their classes.
		expect(klassiere([null, 4, 4, 8, null], 'quantile', 5)).toEqual({ grenzen: [4, 8], anzahl: [3] });
		expect(klassiere([null], 'jenks', 3)).toEqual({ grenzen: [], anzahl: [] });
	});
	it('counts every district exactly once, the maximum in the top class', () => {
		for (const methode of ['quantile', 'gleich', 'jenks'] as const) {
			for (let n = 3; n <= 7; n++) {
				const k = klassiere(values, methode, n);
				expect(k.anzahl.reduce((a, b) => a + b, 0)).toBe(values.length);
				expect(klasseVon(12, k.grenzen)).toBe(k.anzahl.length - 1);
				expect(klasseVon(1, k.grenzen)).toBe(0);
			}
		}
	});
});

describe('klassiereVeraenderung', () => {
	it('makes zero a class bound, never the inside of a class', () => {
		const k = klassiereVeraenderung([-3, -2, -0.5, 0.2, 0.4, 1, 2, 5], 'gleich', 5);
		expect(k.grenzen).toContain(0);
		const i = k.grenzen.indexOf(0);
		expect(k.grenzen.slice(0, i).every((g) => g < 0)).toBe(true);
		expect(k.grenzen.slice(i + 1).every((g) => g > 0)).toBe(true);
		expect(k.anzahl.reduce((a, b) => a + b, 0)).toBe(8);
		// 3 of 8 are decreases: 2 of the 5 classes below zero.
		expect(i).toBe(2);
	});
	it('leaves an all-positive set as it is', () => {
		expect(klassiereVeraenderung([1, 2, 3, 4], 'gleich', 3)).toEqual(klassiere([1, 2, 3, 4], 'gleich', 3));
	});
});

describe('klassiereFest', () => {
	it('uses the fixed inner bounds and the data for the outer ones', () => {
		expect(klassiereFest([12, 25, 31, 44, 58], [20, 30, 40, 50])).toEqual({ grenzen: [12, 20, 30, 40, 50, 58], anzahl: [1, 1, 1, 1, 1], fest: true });
		// Values all inside one fixed class keep the empty classes, so two years stay comparable.
		expect(klassiereFest([25, 26], [20, 30]).anzahl).toEqual([0, 2, 0]);
	});
});

describe('edges of the classes', () => {
	it('a value that is no number is left out, like a missing one', () => {
		expect(klassiere([1, NaN, 3, Infinity, 2], 'gleich', 3).anzahl).toEqual([1, 1, 1]);
		expect(klassiereVeraenderung([-1, NaN, 2, null], 'gleich', 3).anzahl).toEqual([1, 1]);
		expect(klassiereFest([1, NaN, 3, null], [2]).anzahl).toEqual([1, 1]);
	});
	it('changes: with two classes zero is the bound between them', () => {
		expect(klassiereVeraenderung([-4, -1, 2, 6], 'gleich', 2)).toEqual({ grenzen: [-4, 0, 6], anzahl: [2, 2] });
	});
	it('changes in a single class asked for stay one class, across zero', () => {
		expect(klassiereVeraenderung([-4, -1, 2, 6], 'gleich', 1)).toEqual({ grenzen: [-4, 6], anzahl: [4] });
	});
	it('changes that are all decreases end at the largest decrease, not at 0', () => {
		expect(klassiereVeraenderung([-6, -4, -2], 'gleich', 3).grenzen).toEqual([-6, -14 / 3, -10 / 3, -2]);
	});
	it('changes: the increases start at 0 and get the classes the decreases leave', () => {
		expect(klassiereVeraenderung([-4, -2, 1, 3, 5], 'gleich', 4)).toEqual({ grenzen: [-4, -3, 0, 3, 5], anzahl: [1, 1, 1, 2] });
	});
	it('changes: nine decreases of ten in five classes keep one class for the increase', () => {
		const k = klassiereVeraenderung([-9, -8, -7, -6, -5, -4, -3, -2, -1, 1], 'quantile', 5);
		expect(k.grenzen.filter((g) => g > 0)).toEqual([1]);
		expect(k.grenzen).toHaveLength(6);
		expect(k.anzahl.at(-1)).toBe(1);
	});
	it('changes where the increases are all 0 give zero once, as the top class', () => {
		expect(klassiereVeraenderung([-3, -1, 0, 0], 'gleich', 3)).toEqual({ grenzen: [-3, -2, 0], anzahl: [1, 3] });
	});
	it('fixed bounds: no districts give no classes; the last class closes at the last bound when no value lies beyond it', () => {
		expect(klassiereFest([null], [2, 4])).toEqual({ grenzen: [], anzahl: [], fest: true });
		expect(klassiereFest([1, 3, 5], [2, 4, 6]).grenzen).toEqual([1, 2, 4, 6, 6]);
	});
	it('a value lies within the classes from the lowest to the highest bound, both included', () => {
		const g = [1, 4, 9];
		expect([0.5, 1, 5, 9, 9.5].map((v) => inKlassen(v, g))).toEqual([false, true, true, true, false]);
		expect(inKlassen(1, [1])).toBe(false);
		expect(inKlassen(1, [])).toBe(false);
	});
});
