import { describe, expect, it } from 'vitest';
import { beschriftungspunkte } from './beschriftung';

describe('beschriftungspunkte', () => {
	it('puts the label inside a concave (L-shaped) district, in its larger part', () => {
		const l = [[[0, 0], [10, 0], [10, 2], [2, 2], [2, 10], [0, 10], [0, 0]]];
		const tiny = [[[20, 20], [20.1, 20], [20.1, 20.1], [20, 20]]];
		const [p] = beschriftungspunkte({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { code: '41' }, geometry: { type: 'MultiPolygon', coordinates: [tiny, l] } }]
		});
		expect(p.code).toBe('41');
		const [x, y] = p.position;
		expect(x <= 2 || y <= 2).toBe(true);
		expect(x).toBeGreaterThan(0);
		expect(y).toBeGreaterThan(0);
	});
});
