/**
 * Coordinates into WGS84 with proj4: the Bavarian standard EPSG:25832 (ETRS89 / UTM 32N), the older
 * Gauß-Krüger zone 4 (EPSG:31468), Web Mercator and WGS84 itself. A file that does not say which it
 * uses is judged by its coordinate ranges; metres are never drawn as degrees.
 */
import proj4 from 'proj4';
import type { Koordinatensystem } from './zuordnung';

proj4.defs('EPSG:25832', '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs');
proj4.defs('EPSG:31468', '+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=4500000 +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs +type=crs');

export const SYSTEME: Record<Koordinatensystem, string> = {
	'EPSG:4326': 'WGS84 (Grad)',
	'EPSG:25832': 'ETRS89 / UTM Zone 32N (Bayern)',
	'EPSG:31468': 'Gauß-Krüger Zone 4',
	'EPSG:3857': 'Web Mercator'
};

/** Germany with a margin: a position outside is a wrong system or swapped axes. */
export function inDeutschland(lon: number, lat: number): boolean {
	return lon >= 5.5 && lon <= 15.6 && lat >= 47.2 && lat <= 55.1;
}

export function nachWgs84(system: Koordinatensystem, x: number, y: number): [number, number] | null {
	const [lon, lat] = system === 'EPSG:4326' ? [x, y] : proj4(system, 'EPSG:4326', [x, y]);
	return Number.isFinite(lon) && Number.isFinite(lat) && inDeutschland(lon, lat) ? [lon, lat] : null;
}

/**
 * The system of coordinates in Germany from their ranges; `null` when they fit none (then the user is
 * asked) and `vertauscht` when they fit only with x and y exchanged.
 */
export function erkenneSystem(punkte: readonly [number, number][]): { system: Koordinatensystem | null; vertauscht: boolean } {
	const passt = (s: Koordinatensystem, tausch: boolean) => punkte.length > 0 && punkte.every(([x, y]) => nachWgs84(s, tausch ? y : x, tausch ? x : y) !== null);
	for (const s of ['EPSG:4326', 'EPSG:25832', 'EPSG:31468', 'EPSG:3857'] as Koordinatensystem[]) if (passt(s, false)) return { system: s, vertauscht: false };
	for (const s of ['EPSG:4326', 'EPSG:25832', 'EPSG:31468'] as Koordinatensystem[]) if (passt(s, true)) return { system: s, vertauscht: true };
	return { system: null, vertauscht: false };
}

/** Reads a .prj file's WKT for the systems above; null for anything else. */
export function systemAusPrj(wkt: string): Koordinatensystem | null {
	const t = wkt.toUpperCase();
	if (/UTM[_ ]?ZONE[_ ]?32N|ETRS_1989_UTM_ZONE_32N|\b25832\b/.test(t)) return 'EPSG:25832';
	if (/GAUSS[_ ]?KRUGER.*(ZONE[_ ]?4|_4\b)|DHDN.*ZONE[_ ]?4|\b31468\b/.test(t)) return 'EPSG:31468';
	if (/PSEUDO[_ ]?MERCATOR|WEB[_ ]?MERCATOR|\b3857\b/.test(t)) return 'EPSG:3857';
	if (/^GEOGCS/.test(t.trim()) && /WGS[_ ]?(19)?84|ETRS/.test(t)) return 'EPSG:4326';
	return null;
}
