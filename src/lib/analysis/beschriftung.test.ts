import { describe, expect, it } from 'vitest';
import { beschriftungspunkte, freieBeschriftungen, schriftAufFlaeche } from './beschriftung';

describe('beschriftungspunkte', () => {
	it('puts the label inside a concave (L-shaped) district, in its larger part', () => {
		const l = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
		const tiny = [[[20, 20], [20.1, 20], [20.1, 20.1], [20, 20]]];
		const [p] = beschriftungspunkte({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { code: '41', name: 'Thingers' }, geometry: { type: 'MultiPolygon', coordinates: [tiny, l] } }]
		});
		expect(p.code).toBe('41');
		expect(p.name).toBe('Thingers');
		const [x, y] = p.position;
		expect(x <= 2 || y <= 2).toBe(true);
		expect(x).toBeGreaterThan(0);
		expect(y).toBeGreaterThan(0);
	});
});

describe('freieBeschriftungen', () => {
	const ansicht = { breite: 500, hoehe: 500 };
	it('keeps the heavier of two overlapping labels and drops labels outside the view', () => {
		const kaesten = [
			{ x: 100, y: 100, breite: 40, hoehe: 14 },
			{ x: 120, y: 104, breite: 40, hoehe: 14 },
			{ x: 300, y: 300, breite: 40, hoehe: 14 },
			{ x: 900, y: 100, breite: 40, hoehe: 14 }
		];
		expect(freieBeschriftungen(kaesten, [1, 5, 1, 9], ansicht)).toEqual([1, 2]);
	});
	it('keeps all labels that do not touch', () => {
		const kaesten = Array.from({ length: 5 }, (_, i) => ({ x: 50 + i * 60, y: 50, breite: 40, hoehe: 14 }));
		expect(freieBeschriftungen(kaesten, [1, 1, 1, 1, 1], ansicht)).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('schriftAufFlaeche', () => {
	it('writes dark on light fills and light on dark ones', () => {
		expect(schriftAufFlaeche('#ffffcc')).toBe('dunkel');
		expect(schriftAufFlaeche('rgb(37, 52, 148)')).toBe('hell');
		expect(schriftAufFlaeche('#253494')).toBe('hell');
		expect(schriftAufFlaeche('#d9d9d9')).toBe('dunkel');
	});
});
