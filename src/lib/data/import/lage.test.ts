/** Where boundaries land: the sample, the centre, the distance and the 30 km from the own data. */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
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
	it('a longitude or a latitude out of range alone is enough to be no position', () => {
		expect(lagefehler(wgs84, [[597_000, 50]])).toMatch(/^Die Koordinaten ergeben mit EPSG:4326 \(WGS84 \(Grad\)\) keine gültigen Längen und Breiten\./);
		expect(lagefehler(wgs84, [[10, 5_287_000]])).toMatch(/^Die Koordinaten ergeben mit EPSG:4326 \(WGS84 \(Grad\)\) keine gültigen Längen und Breiten\./);
	});
	it('no positions fit no system, and are not called swapped', () => {
		expect(erkenneSystem([])).toEqual({ passend: [], vertauscht: false });
	});
});

describe('where refused boundaries landed, and the likely cause', () => {
	const utm32 = ausKatalog('EPSG:25832');
	// Berlin in UTM 33N; read as zone 32 it lands in Germany too, but near Münster.
	const berlin: Punkt[] = [[13.3, 52.45], [13.5, 52.55]].map((p) => proj4('EPSG:4326', 'EPSG:25833', p) as Punkt);
	it('the place in degrees north or south, east or west, and the direction from Germany', () => {
		expect(lagefehler(wgs84, [[0, 0]])).toBe('Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 (WGS84 (Grad)) nicht in Deutschland, sondern bei 0° N, 0° O, etwa 5.260 km südlich von Deutschland. Falsche Datei oder verschobene Koordinaten?');
		expect(lagefehler(wgs84, [[-70.6, -33.4]])).toMatch(/sondern bei 33,4° S, 70,6° W, etwa [\d.]+ km südwestlich von Deutschland\./);
		expect(lagefehler(wgs84, [[16.65, 60]])).toMatch(/sondern bei 60° N, 16,7° O, etwa [\d.]+ km nördlich von Deutschland\./);
		expect(lagefehler(wgs84, [[2.35, 48.86]])).toMatch(/sondern bei 48,9° N, 2,4° O, etwa 260 km südwestlich von Deutschland\./);
	});
	it('from 10 km on the distance is given, nearer it is “knapp außerhalb”', () => {
		expect(lagefehler(wgs84, [[10, 55.15]])).toMatch(/sondern bei 55,2° N, 10° O, etwa 10 km nördlich von Deutschland\./);
		expect(lagefehler(wgs84, [[10, 55.104]])).toMatch(/sondern bei 55,1° N, 10° O, knapp außerhalb Deutschlands\./);
	});
	it('no positions at all give no longitudes and latitudes', () => {
		expect(lagefehler(wgs84, [])).toBe('Die Koordinaten ergeben mit EPSG:4326 (WGS84 (Grad)) keine gültigen Längen und Breiten. Falsche Datei oder verschobene Koordinaten?');
	});
	it('a system of the file’s own is named by its parameters', () => {
		const eigen = { kennung: 'WKT', name: 'Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1.500.000 m', definition: '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=1500000 +y_0=0 +ellps=GRS80 +units=m +no_defs' };
		expect(lagefehler(eigen, berlin)).toMatch(/^Die Koordinaten liegen nach der Umrechnung mit Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1\.500\.000 m nicht in Deutschland, sondern bei 51,4° N, 7° W, etwa 890 km westlich von Deutschland\. Die Koordinaten passen zu EPSG:25832/);
	});
	it('swapped axes name the system they fit swapped, also the one used', () => {
		const getauscht = berlin.map(([x, y]) => [y, x] as Punkt);
		expect(lagefehler(utm32, getauscht)).toMatch(/ Mit vertauschten Achsen \(Hochwert vor Rechtswert\) passen sie zu EPSG:25832 \(ETRS89 \/ UTM Zone 32N\)\.$/);
		expect(lagefehler(ausKatalog('EPSG:31468'), getauscht)).toMatch(/ Mit vertauschten Achsen \(Hochwert vor Rechtswert\) passen sie zu EPSG:25832 \(ETRS89 \/ UTM Zone 32N\)\.$/);
	});
	it('zone number in front or missing, for UTM 33N as for 32N', () => {
		const mitZone = berlin.map(([x, y]) => [x + 33_000_000, y] as Punkt);
		expect(lagefehler(ausKatalog('EPSG:25833'), mitZone)).toContain(' Die Rechtswerte haben 8 Stellen und beginnen mit der Zonenkennziffer „33“: vermutlich ist es EPSG:5650 (ETRS89 / UTM Zone 33N mit Zonenkennziffer (Rechtswert 33 500 000)), das verwendete System kennt die Zonenkennziffer nicht.');
		expect(lagefehler(ausKatalog('EPSG:5650'), berlin)).toContain(' Die Rechtswerte haben nur 6 Stellen, ohne Zonenkennziffer: vermutlich ist es EPSG:25832 (ETRS89 / UTM Zone 32N).');
	});
	it('metres no system brings to Germany', () => {
		expect(lagefehler(utm32, [[123_456_789, 5_300_000]])).toMatch(/ Kein bekanntes Koordinatensystem bringt diese Koordinaten \(Rechtswerte mit 9 Stellen\) nach Deutschland: vermutlich fehlt die Zonenkennziffer oder ein Rechtswert-Zuschlag, oder das Koordinatensystem ist falsch\. Bitte die \.prj-Datei mitgeben oder im GIS nach EPSG:25832 umprojizieren\.$/);
	});
	it('in Germany but far from the own data: the system that would put them there, if one does', () => {
		expect(lagefehler(utm32, berlin, { mitte: [13.4, 52.5], was: 'den Angeboten' })).toMatch(/ km von den Angeboten entfernt\. Mit EPSG:25833 \(ETRS89 \/ UTM Zone 33N\) lägen sie dort: vermutlich ist das verwendete Koordinatensystem falsch\.$/);
		expect(lagefehler(utm32, berlin, { mitte: [10.3, 47.72], was: 'den Angeboten' })).toMatch(/ km von den Angeboten entfernt\. Falsche Datei oder falsches Koordinatensystem\?$/);
	});
});
