/**
 * Coordinates into WGS84 with proj4. The catalogue holds the systems German offices publish in:
 * ETRS89 / UTM 32N and 33N, also with the zone number before the easting (NRW, "32 350 000"),
 * Gauß-Krüger zones 2–5, Web Mercator and WGS84. A file that does not say which it uses is judged by
 * its coordinate ranges; metres are never drawn as degrees.
 */
import proj4 from 'proj4';
import type { Koordinatensystem } from './zuordnung';

/** DHDN → WGS84 (the parameters EPSG uses for Germany as a whole, about 1 m). */
export const DHDN_NACH_WGS84 = [598.1, 73.7, 418.2, 0.202, 0.045, -2.455, 6.7];
const dhdn = `+ellps=bessel +towgs84=${DHDN_NACH_WGS84.join(',')}`;
const etrs = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0';
const gk = (zone: number) => `+proj=tmerc +lat_0=0 +lon_0=${3 * zone} +k=1 +x_0=${zone}500000 +y_0=0 ${dhdn} +units=m +no_defs +type=crs`;
const utm = (zone: number, zuschlag = 0) => `+proj=tmerc +lat_0=0 +lon_0=${6 * zone - 183} +k=0.9996 +x_0=${zuschlag + 500000} +y_0=0 ${etrs} +units=m +no_defs +type=crs`;

export interface Katalogsystem {
	name: string;
	definition: string;
}

/** In the order a file without a declared system is tried (the more common first). */
export const KATALOG = {
	'EPSG:4326': { name: 'WGS84 (Grad)', definition: '+proj=longlat +datum=WGS84 +no_defs +type=crs' },
	'EPSG:25832': { name: 'ETRS89 / UTM Zone 32N', definition: utm(32) },
	'EPSG:25833': { name: 'ETRS89 / UTM Zone 33N', definition: utm(33) },
	'EPSG:4647': { name: 'ETRS89 / UTM Zone 32N mit Zonenkennziffer (Rechtswert 32 500 000)', definition: utm(32, 32_000_000) },
	'EPSG:5650': { name: 'ETRS89 / UTM Zone 33N mit Zonenkennziffer (Rechtswert 33 500 000)', definition: utm(33, 33_000_000) },
	'EPSG:31466': { name: 'Gauß-Krüger Zone 2 (DHDN)', definition: gk(2) },
	'EPSG:31467': { name: 'Gauß-Krüger Zone 3 (DHDN)', definition: gk(3) },
	'EPSG:31468': { name: 'Gauß-Krüger Zone 4 (DHDN)', definition: gk(4) },
	'EPSG:31469': { name: 'Gauß-Krüger Zone 5 (DHDN)', definition: gk(5) },
	'UTM32N-2500000': { name: 'UTM Zone 32N mit Rechtswert-Zuschlag 2 500 000 (ohne EPSG-Code; z. B. ältere Kölner Daten)', definition: utm(32, 2_000_000) },
	'EPSG:3857': { name: 'Web Mercator', definition: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs +type=crs' }
} as const satisfies Record<string, Katalogsystem>;

export type Katalogkennung = keyof typeof KATALOG;

/** EPSG codes that are the same system as one of the catalogue (axis order N-zE; ETRS-TM). */
export const GLEICHWERTIG: Record<string, Katalogkennung> = { 'EPSG:5652': 'EPSG:4647', 'EPSG:5653': 'EPSG:5650', 'EPSG:3044': 'EPSG:25832', 'EPSG:3045': 'EPSG:25833', 'EPSG:4258': 'EPSG:4326', 'EPSG:900913': 'EPSG:3857' };

for (const [k, s] of Object.entries(KATALOG)) proj4.defs(k, s.definition);

/** The systems of points in tables (offers, residential points). */
export const SYSTEME: Record<Koordinatensystem, string> = {
	'EPSG:4326': KATALOG['EPSG:4326'].name,
	'EPSG:25832': KATALOG['EPSG:25832'].name,
	'EPSG:31468': KATALOG['EPSG:31468'].name,
	'EPSG:3857': KATALOG['EPSG:3857'].name
};

/** Germany with a margin: a position outside is a wrong system or swapped axes. */
export function inDeutschland(lon: number, lat: number): boolean {
	return lon >= 5.5 && lon <= 15.6 && lat >= 47.2 && lat <= 55.1;
}

export function nachWgs84(system: Koordinatensystem, x: number, y: number): [number, number] | null {
	const [lon, lat] = system === 'EPSG:4326' ? [x, y] : proj4(system, 'EPSG:4326', [x, y]);
	return Number.isFinite(lon) && Number.isFinite(lat) && inDeutschland(lon, lat) ? [lon, lat] : null;
}
