/** Points of a table into WGS84: the order of the axes and the edges of the box that stands for Germany. */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { inDeutschland, nachWgs84 } from './koordinaten';

// Kempten's Rathaus, in degrees and in ETRS89 / UTM 32N.
const KEMPTEN: [number, number] = [10.3155, 47.7266];
const [ostwert, nordwert] = proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', KEMPTEN);

describe('Germany with a margin', () => {
	it('includes its edges and nothing beyond them', () => {
		expect([[5.5, 47.2], [15.6, 55.1], [5.5, 55.1], [15.6, 47.2]].map(([lon, lat]) => inDeutschland(lon, lat))).toEqual([true, true, true, true]);
		expect([[5.49, 50], [15.61, 50], [10, 47.19], [10, 55.11]].map(([lon, lat]) => inDeutschland(lon, lat))).toEqual([false, false, false, false]);
	});
	it('is longitude first: Kempten with its axes swapped lies outside', () => {
		expect(inDeutschland(...KEMPTEN)).toBe(true);
		expect(inDeutschland(KEMPTEN[1], KEMPTEN[0])).toBe(false);
	});
});

describe('a point into WGS84', () => {
	it('keeps degrees as longitude, latitude', () => {
		expect(nachWgs84('EPSG:4326', ...KEMPTEN)).toEqual(KEMPTEN);
		expect(nachWgs84('EPSG:4326', KEMPTEN[1], KEMPTEN[0])).toBeNull();
	});
	it('converts UTM 32N eastings and northings, and refuses them swapped or read as degrees', () => {
		const [lon, lat] = nachWgs84('EPSG:25832', ostwert, nordwert)!;
		expect(lon).toBeCloseTo(KEMPTEN[0], 6);
		expect(lat).toBeCloseTo(KEMPTEN[1], 6);
		expect(nachWgs84('EPSG:25832', nordwert, ostwert)).toBeNull();
		expect(nachWgs84('EPSG:4326', ostwert, nordwert)).toBeNull();
	});
	it('refuses a position that is no number', () => {
		expect(nachWgs84('EPSG:4326', NaN, KEMPTEN[1])).toBeNull();
		expect(nachWgs84('EPSG:4326', KEMPTEN[0], Infinity)).toBeNull();
	});
});
