import { describe, expect, it } from 'vitest';
import { beschriftungspunkte, freieBeschriftungen, leuchtdichte, schriftAufFlaeche } from './beschriftung';

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
	it('takes the largest part wherever it is listed, and a simple polygon as it is; a district without a name shows its code', () => {
		const l = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
		const tiny = [[[20, 20], [20.1, 20], [20.1, 20.1], [20, 20]]];
		const [vorn, einfach] = beschriftungspunkte({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { code: '7' }, geometry: { type: 'MultiPolygon', coordinates: [l, tiny] } },
				{ type: 'Feature', properties: { code: '8' }, geometry: { type: 'Polygon', coordinates: [[[30, 0], [34, 0], [34, 4], [30, 4], [30, 0]]] } }
			]
		});
		expect(vorn.position[0]).toBeLessThan(10);
		expect(vorn.name).toBe('7');
		// The L's area: 10 × 2 + 2 × 8.
		expect(vorn.gewicht).toBeCloseTo(36, 10);
		expect(einfach.position[0]).toBeCloseTo(32, 3);
		expect(einfach.position[1]).toBeCloseTo(2, 3);
		expect(einfach.gewicht).toBeCloseTo(16, 10);
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
	it('keeps two labels 4 px apart (2 px each side), on every side of the heavier one, but not 3 px apart', () => {
		const mitte = { x: 200, y: 200, breite: 40, hoehe: 14 };
		for (const [dx, dy] of [[44, 0], [-44, 0], [0, 18], [0, -18]]) {
			const daneben = { ...mitte, x: 200 + dx, y: 200 + dy };
			expect(freieBeschriftungen([mitte, daneben], [5, 1], ansicht)).toEqual([0, 1]);
			const naeher = { ...mitte, x: 200 + dx - Math.sign(dx), y: 200 + dy - Math.sign(dy) };
			expect(freieBeschriftungen([mitte, naeher], [5, 1], ansicht)).toEqual([0]);
			expect(freieBeschriftungen([naeher, mitte], [1, 5], ansicht)).toEqual([1]);
		}
	});
	it('keeps the first of equally heavy overlapping labels, and returns the kept ones in their order', () => {
		const a = { x: 100, y: 100, breite: 40, hoehe: 14 };
		expect(freieBeschriftungen([a, { ...a, x: 110 }], [3, 3], ansicht)).toEqual([0]);
		expect(freieBeschriftungen([a, { ...a, x: 300 }], [1, 9], ansicht)).toEqual([0, 1]);
	});
	it('keeps a label reaching past the view’s edge in part, drops one wholly beyond it', () => {
		const k = (x: number, y: number) => ({ x, y, breite: 40, hoehe: 14 });
		expect(freieBeschriftungen([k(-10, 100), k(510, 200), k(100, -5), k(200, 505)], [1, 1, 1, 1], ansicht)).toEqual([0, 1, 2, 3]);
		expect(freieBeschriftungen([k(-30, 100), k(530, 200), k(100, -15), k(200, 515)], [1, 1, 1, 1], ansicht)).toEqual([]);
	});
});

describe('leuchtdichte', () => {
	it('is the WCAG relative luminance of #rrggbb and rgb() colours', () => {
		expect(leuchtdichte('#000000')).toBe(0);
		expect(leuchtdichte('#ffffff')).toBeCloseTo(1, 10);
		expect(leuchtdichte('rgb(255, 0, 0)')).toBeCloseTo(0.2126, 10);
		expect(leuchtdichte('rgb(0, 255, 0)')).toBeCloseTo(0.7152, 10);
		expect(leuchtdichte('rgb(0, 0, 255)')).toBeCloseTo(0.0722, 10);
		// Below 0.03928 of full scale the channel is linear: 10 / 255 / 12.92.
		expect(leuchtdichte('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
		expect(leuchtdichte('#808080')).toBeCloseTo(((128 / 255 + 0.055) / 1.055) ** 2.4, 10);
		expect(leuchtdichte('rgb(127.5, 127.5, 127.5)')).toBeCloseTo(((0.5 + 0.055) / 1.055) ** 2.4, 10);
		expect(leuchtdichte('rgba(12, 200, 40, 0.5)')).toBeCloseTo(leuchtdichte('rgb(12, 200, 40)'), 10);
	});
	it('reads a colour it cannot parse as black', () => {
		expect(leuchtdichte('transparent')).toBe(0);
	});
});

describe('schriftAufFlaeche', () => {
	it('writes dark on light fills and light on dark ones', () => {
		expect(schriftAufFlaeche('#ffffcc')).toBe('dunkel');
		expect(schriftAufFlaeche('rgb(37, 52, 148)')).toBe('hell');
		expect(schriftAufFlaeche('#253494')).toBe('hell');
		expect(schriftAufFlaeche('#d9d9d9')).toBe('dunkel');
		// Mid grey (luminance 0.21, above the 0.18 where both contrasts are equal) still takes dark text.
		expect(schriftAufFlaeche('#7f7f7f')).toBe('dunkel');
		expect(schriftAufFlaeche('#6f6f6f')).toBe('hell');
	});
});
