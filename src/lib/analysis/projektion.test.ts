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

describe('lengths of a degree', () => {
	// The WGS84 ellipsoid's radii of curvature: meridian M = a(1 − e²)/W³, prime vertical N = a/W, W = √(1 − e² sin² φ).
	const a = 6378137;
	const f = 1 / 298.257223563;
	const e2 = f * (2 - f);
	it('follow the ellipsoid to within 5 cm per degree at German latitudes', () => {
		for (const lat of [47.72, 52.5]) {
			const phi = (lat * Math.PI) / 180;
			const w = Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
			const e = ebeneUm(10, lat);
			expect(Math.abs(e.ky - ((a * (1 - e2)) / w ** 3) * (Math.PI / 180))).toBeLessThan(0.01);
			expect(Math.abs(e.kx - (a / w) * Math.cos(phi) * (Math.PI / 180))).toBeLessThan(0.05);
		}
	});
});
