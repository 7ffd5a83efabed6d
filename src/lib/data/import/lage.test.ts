/** Where boundaries land: the sample, the centre, the distance and the 30 km from the own data. */
import { describe, expect, it } from 'vitest';
import { ausKatalog } from './bezugssystem';
import { erkenneSystem, HOECHSTENS_KM, km, lagefehler, mitteVon, stichprobe, type Punkt } from './lage';

const wgs84 = ausKatalog('EPSG:4326');
// A square of about 2 km around Kempten.
const flaeche: Punkt[] = [[10.3, 47.72], [10.33, 47.72], [10.33, 47.74], [10.3, 47.74]];

describe('the positions a check looks at', () => {
	it('takes every k-th position up to about n, and all of a short list', () => {
		const lang = Array.from({ length: 1000 }, (_, i) => [i, 100 - i]);
		const p = stichprobe(lang, 500);
		expect(p).toHaveLength(500);
		expect(p.slice(0, 2)).toEqual([[0, 100], [2, 98]]);
		expect(stichprobe(lang.slice(0, 3), 500)).toEqual([[0, 100], [1, 99], [2, 98]]);
	});
	it('the centre is the middle of the bounding box, longitude first, without positions that are no number', () => {
		expect(mitteVon([[10, 47], [NaN, 50], [12, 48], [11, 49]])).toEqual([11, 48]);
		expect(mitteVon([[NaN, NaN]])).toBeNull();
	});
	it('measures a degree of latitude as 110,57 km and one of longitude shortened by the cosine of the latitude', () => {
		expect(km([10, 47], [10, 48])).toBeCloseTo(110.57, 9);
		expect(km([10, 60], [11, 60])).toBeCloseTo(111.32 / 2, 9);
		expect(km([11, 60], [10, 61])).toBeCloseTo(Math.hypot(111.32 * Math.cos((60.5 * Math.PI) / 180), 110.57), 9);
	});
});

describe('boundaries near the own data', () => {
	const mitte = mitteVon(flaeche)!;
	// The own data's centre, moved north by a distance in km.
	const nordlich = (d: number): Punkt => [mitte[0], mitte[1] + d / 110.57];
	it('are accepted up to 30 km away and refused beyond, naming the distance', () => {
		expect(HOECHSTENS_KM).toBe(30);
		expect(lagefehler(wgs84, flaeche, { mitte: nordlich(29.9), was: 'den Angeboten' })).toBeNull();
		expect(lagefehler(wgs84, flaeche, { mitte: nordlich(30.2), was: 'den Angeboten' })).toBe('Die Flächen liegen nach der Umrechnung mit EPSG:4326 (WGS84 (Grad)) 30 km von den Angeboten entfernt. Falsche Datei oder falsches Koordinatensystem?');
	});
	it('swapped axes land outside Germany and say so', () => {
		const getauscht = flaeche.map(([lon, lat]) => [lat, lon] as Punkt);
		expect(lagefehler(wgs84, getauscht)).toMatch(/^Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 \(WGS84 \(Grad\)\) nicht in Deutschland, sondern bei 10,3° N, 47,7° O/);
		expect(lagefehler(wgs84, flaeche)).toBeNull();
	});
});

describe('every position must land in Germany', () => {
	it('one position outside is enough to refuse the file', () => {
		expect(lagefehler(wgs84, [...flaeche, [30, 50]])).toMatch(/^Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 \(WGS84 \(Grad\)\) nicht in Deutschland/);
	});
	it('metres read as degrees give no longitudes and latitudes at all', () => {
		expect(lagefehler(wgs84, [[597_000, 5_287_000]])).toMatch(/^Die Koordinaten ergeben mit EPSG:4326 \(WGS84 \(Grad\)\) keine gültigen Längen und Breiten\./);
	});
	it('no positions fit no system, and are not called swapped', () => {
		expect(erkenneSystem([])).toEqual({ passend: [], vertauscht: false });
	});
});
