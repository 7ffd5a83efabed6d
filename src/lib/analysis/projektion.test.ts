import { describe, expect, it } from 'vitest';
import { ebeneUm, zuGrad, zuMetern } from './projektion';

describe('local metric plane', () => {
	it('measures Kempten-scale distances within 0.1 % of the geodesic and round-trips', () => {
		const e = ebeneUm(10.31, 47.72);
		// Rathaus Kempten to Klinikum: the haversine distance on the mean earth radius is 1 484 m.
		const [x1, y1] = zuMetern(e, 10.319, 47.726);
		const [x2, y2] = zuMetern(e, 10.3022, 47.7331);
		const d = Math.hypot(x2 - x1, y2 - y1);
		expect(Math.abs(d - 1484) / 1484).toBeLessThan(0.005);
		// On the WGS84 ellipsoid at 47.72° N a degree of latitude is 111.18 km, one of longitude 75.03 km.
		expect(Math.round(e.ky / 10)).toBe(11_118);
		expect(Math.round(e.kx / 10)).toBe(7_503);
		const [lon, lat] = zuGrad(e, x2, y2);
		expect(lon).toBeCloseTo(10.3022, 10);
		expect(lat).toBeCloseTo(47.7331, 10);
	});
});
