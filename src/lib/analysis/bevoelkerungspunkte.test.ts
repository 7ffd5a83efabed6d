import { describe, expect, it } from 'vitest';
import { bevoelkerungspunkte } from './bevoelkerungspunkte';
import { ebene, ort, zahlen } from './testing/wohnorte';

const gerundet = (w: Float64Array) => [...w].map((v) => Math.round(v * 1000) / 1000);

describe('bevoelkerungspunkte', () => {
	// a: two points with their own MH counts, none of the under-18s; b: points that name nobody with MH,
	// one that names its women and one that does not; c: points where nobody lives; x: not a district.
	const orte = [
		ort('a', 0, 0, 10, { mh: 4 }),
		ort('a', 300, 0, 20, { mh: 16 }),
		ort('b', 1000, 0, 30, { mh: 0, frauen: 20 }),
		ort('b', 1000, 400, 10, { mh: 0 }),
		ort('c', 2000, 0, 0),
		ort('c', 2000, 500, 0),
		ort('x', 5000, 0, 99)
	];
	const p = bevoelkerungspunkte(
		orte,
		new Map([
			['a', zahlen(60, { mh: 40, unter18: 9 })],
			['b', zahlen(44, { mh: 8, frauen: 24 })],
			['c', zahlen(0, { flucht: 6 })],
			['d', zahlen(12)],
			['e', zahlen(0)]
		]),
		ebene
	);

	it('keeps the points of the districts counted, in the plane, each with its district', () => {
		expect(p.n).toBe(6);
		expect(p.codes).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...p.bezirk]).toEqual([0, 0, 1, 1, 2, 2]);
		expect(Math.round(p.x[1])).toBe(300);
		expect(Math.round(p.y[3])).toBe(400);
	});
	it('scales every district’s points to its counts, spread by the points’ own counts of the group', () => {
		expect(gerundet(p.gewicht.einwohner)).toEqual([20, 40, 33, 11, 0, 0]);
		expect(gerundet(p.gewicht.mh).slice(0, 2)).toEqual([8, 32]);
	});
	it('spreads a group like the inhabitants where the points do not all count it, and marks it estimated', () => {
		expect(gerundet(p.gewicht.unter18).slice(0, 2)).toEqual([3, 6]);
		expect(gerundet(p.gewicht.frauen).slice(2, 4)).toEqual([18, 6]);
		// Groups a district does not count (0) are not spread at all, so not estimated either.
		expect(p.geschaetzt).toEqual(new Set(['unter18', 'frauen', 'flucht']));
	});
	it('still places a group’s people where the points name none of them, and evenly where nobody lives', () => {
		expect(gerundet(p.gewicht.mh).slice(2, 4)).toEqual([6, 2]);
		expect(gerundet(p.gewicht.flucht).slice(4, 6)).toEqual([3, 3]);
	});
	it('lists the districts with inhabitants but no residential point', () => {
		expect(p.ohneOrte).toEqual(['d']);
	});
});
