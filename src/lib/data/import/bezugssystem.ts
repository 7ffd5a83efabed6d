/**
 * The coordinate system of a boundary file: read from a Shapefile's .prj (full WKT, parsed with
 * wkt-parser, so a false easting of 32 500 000 or 2 500 000 counts, not the name the file gives) or
 * from a GeoJSON `crs` member, or one of the catalogue's. A WKT system is named after the catalogue
 * system it computes the same coordinates as; otherwise after its parameters.
 */
import proj4 from 'proj4';
import wktParser from 'wkt-parser';
import type { Position } from 'geojson';
import { DHDN_NACH_WGS84, GLEICHWERTIG, KATALOG, type Katalogkennung } from './koordinaten';

export interface Bezugssystem {
	/** "EPSG:25832", or "WKT" for a system of the file's own not in the catalogue. */
	kennung: string;
	name: string;
	/** A proj4 string or the WKT itself; what the conversion uses. */
	definition: string;
	/** The name the file gives a system of its own (it may say "UTM 32N" and mean another false easting). */
	genannt?: string;
}

export const istKatalog = (k: string): k is Katalogkennung => k in KATALOG;

export function ausKatalog(k: Katalogkennung): Bezugssystem {
	return { kennung: k, name: KATALOG[k].name, definition: KATALOG[k].definition };
}

type Wkt = Record<string, unknown> & { projName?: string; a?: number; datum_params?: unknown; x0?: number; y0?: number; long0?: number; k0?: number; name?: string; units?: string; datumCode?: string };

/** wkt-parser's object, with the DHDN datum shift where a Bessel system omits it (ESRI's .prj do). */
function parse(wkt: string): Wkt | null {
	try {
		const o = wktParser(wkt) as unknown as Wkt;
		if (!o || typeof o !== 'object' || !o.projName) return null;
		if (!o.datum_params && Math.abs((o.a ?? 0) - 6377397.155) < 1) {
			o.datum_params = DHDN_NACH_WGS84;
			o.datumCode = 'dhdn-wgs84';
		}
		return o;
	} catch {
		return null;
	}
}

const umrechner = new Map<string, (p: Position) => [number, number]>();

/** The function from the system's coordinates to WGS84 degrees (built once per system). */
export function nachWgs84Von(s: Bezugssystem): (p: Position) => [number, number] {
	let f = umrechner.get(s.definition);
	if (!f) {
		if (s.kennung === 'EPSG:4326') f = (p) => [p[0], p[1]];
		else {
			const quelle = s.definition.startsWith('+') ? s.definition : parse(s.definition);
			if (!quelle) throw new Error(`Koordinatensystem nicht lesbar: ${s.name}`);
			const p = proj4(quelle as never, 'EPSG:4326');
			f = (q) => p.forward([q[0], q[1]]) as [number, number];
		}
		umrechner.set(s.definition, f);
	}
	return f;
}

/** Places across Germany; two systems that put each at the same coordinates are the same system. */
const PROBEN: [number, number][] = [
	[6.96, 50.94],
	[9.99, 53.55],
	[11.58, 48.14],
	[13.4, 52.52],
	[8.68, 50.11]
];

function gleichwieKatalog(quelle: Wkt): Katalogkennung | null {
	let p: proj4.Converter;
	try {
		p = proj4('EPSG:4326', quelle as never);
	} catch {
		return null;
	}
	const eigene = PROBEN.map((q) => p.forward(q));
	if (eigene.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return null;
	for (const k of Object.keys(KATALOG) as Katalogkennung[]) {
		const kat = PROBEN.map((q) => proj4('EPSG:4326', k, q));
		const toleranz = k === 'EPSG:4326' ? 1e-6 : 0.5;
		if (kat.every(([x, y], i) => Math.abs(x - eigene[i][0]) < toleranz && Math.abs(y - eigene[i][1]) < toleranz)) return k;
	}
	return null;
}

const zahl = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 3 });

function beschreibe(o: Wkt): string {
	if (o.projName === 'longlat') return 'geografische Koordinaten (Grad)';
	const lon = ((o.long0 ?? 0) * 180) / Math.PI;
	const art = /merc|gauss|utm/i.test(String(o.projName)) ? (/transverse|gauss|tmerc|utm/i.test(String(o.projName)) ? 'Transversale Mercator-Projektion' : 'Mercator-Projektion') : String(o.projName).replaceAll('_', ' ');
	return `${art}, Mittelmeridian ${zahl(lon)}°, Rechtswert-Zuschlag ${zahl(o.x0 ?? 0)} m${o.y0 ? `, Hochwert-Zuschlag ${zahl(o.y0)} m` : ''}${o.k0 && o.k0 !== 1 ? `, Maßstab ${o.k0.toLocaleString('de-DE', { maximumFractionDigits: 6 })}` : ''}`;
}

/** The system a WKT (a .prj, or a GeoJSON crs) describes; null when it cannot be read or used. */
export function ausWkt(wkt: string): Bezugssystem | null {
	const o = parse(wkt.trim());
	if (!o) return null;
	if (o.projName !== 'longlat' && o.units && !/^(m|meter|metre)$/i.test(String(o.units))) return null;
	const genannt = typeof o.name === 'string' ? o.name : undefined;
	const k = gleichwieKatalog(o);
	if (k) return ausKatalog(k);
	try {
		const p = proj4(o as never, 'EPSG:4326');
		if (!PROBEN.every((q) => Number.isFinite(p.inverse(q)[0]))) return null;
	} catch {
		return null;
	}
	return { kennung: 'WKT', name: beschreibe(o), definition: wkt.trim(), genannt };
}

/** A GeoJSON `crs` member's name ("urn:ogc:def:crs:EPSG::25832", "EPSG:4647", "…CRS84"). */
export function ausCrsName(name: string): Bezugssystem | null {
	if (/CRS84$/i.test(name)) return ausKatalog('EPSG:4326');
	const nummer = /EPSG:{1,2}(?:[\d.]*:)?(\d{4,6})$/i.exec(name.trim())?.[1];
	if (!nummer) return name.includes('[') ? ausWkt(name) : null;
	const k = `EPSG:${nummer}`;
	if (istKatalog(k)) return ausKatalog(k);
	return GLEICHWERTIG[k] ? ausKatalog(GLEICHWERTIG[k]) : null;
}
