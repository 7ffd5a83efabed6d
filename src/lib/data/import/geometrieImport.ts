/**
 * District boundaries from a GIS: GeoJSON, or a zipped Shapefile (.shp, .dbf, .prj, .cpg for the
 * encoding of the attributes), in WGS84 or a projected system, reprojected here. A file that does not
 * say its system is judged by its coordinate ranges; swapped axes and places outside Germany are
 * refused. Which attribute holds the district code is the user's choice (a guess is offered).
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import proj4 from 'proj4';
import { fehler, Ladefehler, warnung, type Meldung } from '../meldungen';
import { pruefeGeometrie, type Bezirksgeometrie, type Geometriepruefung } from '../laden/geometrie';
import { dekodiere } from './kodierung';
import { entpacke } from './zip';
import { erkenneSystem, SYSTEME, systemAusPrj } from './koordinaten';
import type { Koordinatensystem } from './zuordnung';

export interface GeoRoh {
	datei: string;
	features: Feature<Geometry | null, Record<string, unknown>>[];
	/** Attribute names the features carry (candidates for code and name). */
	eigenschaften: string[];
	/** The declared or detected system; null when neither (the user is asked). */
	system: Koordinatensystem | null;
	hinweise: Meldung[];
}

const nein = (datei: string, text: string): never => {
	throw new Ladefehler([fehler(datei, text)]);
};

function allePositionen(g: Geometry | null, ziel: Position[] = []): Position[] {
	if (!g) return ziel;
	if (g.type === 'Point') ziel.push(g.coordinates);
	else if (g.type === 'LineString' || g.type === 'MultiPoint') ziel.push(...g.coordinates);
	else if (g.type === 'Polygon' || g.type === 'MultiLineString') for (const r of g.coordinates) ziel.push(...r);
	else if (g.type === 'MultiPolygon') for (const p of g.coordinates) for (const r of p) ziel.push(...r);
	return ziel;
}

/** The system from what the file declares, or else from its ranges; swapped axes are an error. */
function bestimmeSystem(datei: string, features: GeoRoh['features'], erklaert: Koordinatensystem | null, hinweise: Meldung[]): Koordinatensystem | null {
	const punkte = features.flatMap((f) => allePositionen(f.geometry)).filter((_, i, a) => i % Math.max(1, Math.floor(a.length / 500)) === 0) as [number, number][];
	if (punkte.length === 0) return erklaert;
	const erkannt = erkenneSystem(punkte);
	if (erkannt.vertauscht) nein(datei, 'Die Koordinaten liegen nur mit vertauschten Achsen in Deutschland (Breite vor Länge, oder Hochwert vor Rechtswert). GeoJSON verlangt Länge vor Breite; bitte im GIS korrigieren.');
	if (erklaert && erkannt.system && erklaert !== erkannt.system)
		nein(datei, `Die Datei erklärt das Koordinatensystem ${erklaert} (${SYSTEME[erklaert]}), die Koordinaten passen aber zu ${erkannt.system} (${SYSTEME[erkannt.system]}).`);
	if (erklaert && !erkannt.system) nein(datei, `Die Flächen liegen nicht in Deutschland (Koordinatensystem ${erklaert}); falsches System oder verschobene Koordinaten?`);
	const [x, y] = punkte[0];
	if (!erkannt.system && Math.abs(x) <= 180 && Math.abs(y) <= 90)
		nein(datei, `Die Flächen liegen nicht in Deutschland (erster Punkt bei ${y.toLocaleString('de-DE', { maximumFractionDigits: 2 })}° N, ${x.toLocaleString('de-DE', { maximumFractionDigits: 2 })}° O); falsche Datei oder verschobene Koordinaten?`);
	if (!erklaert && erkannt.system && erkannt.system !== 'EPSG:4326')
		hinweise.push(warnung(datei, `Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu ${erkannt.system} (${SYSTEME[erkannt.system]}) und werden so umgerechnet.`));
	return erkannt.system;
}

const ERKLAERT: [RegExp, Koordinatensystem][] = [
	[/25832/, 'EPSG:25832'],
	[/31468/, 'EPSG:31468'],
	[/3857|900913/, 'EPSG:3857'],
	[/CRS84|4326/, 'EPSG:4326']
];

export function leseGeoJson(datei: string, bytes: Uint8Array): GeoRoh {
	let roh: unknown;
	try {
		roh = JSON.parse(dekodiere(bytes).text);
	} catch {
		nein(datei, 'Die Datei ist kein gültiges JSON (abgeschnitten oder keine GeoJSON-Datei?).');
	}
	const o = roh as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
	if (o?.type !== 'FeatureCollection' || !Array.isArray(o.features)) nein(datei, 'Die Datei ist keine GeoJSON-FeatureCollection.');
	const features = (o.features as unknown[]).filter((f): f is GeoRoh['features'][number] => typeof f === 'object' && f !== null && (f as { type?: unknown }).type === 'Feature');
	if (features.length === 0) nein(datei, 'Die Datei enthält keine Flächen (keine Features).');
	const crsName = String(o.crs?.properties?.name ?? '');
	const erklaert = crsName ? (ERKLAERT.find(([m]) => m.test(crsName))?.[1] ?? nein(datei, `Das Koordinatensystem „${crsName}“ wird nicht unterstützt (möglich: ${Object.keys(SYSTEME).join(', ')}).`)) : null;
	const hinweise: Meldung[] = [];
	return { datei, features, eigenschaften: eigenschaftenVon(features), system: bestimmeSystem(datei, features, erklaert, hinweise), hinweise };
}

export function leseShapefile(datei: string, bytes: Uint8Array): GeoRoh {
	const dateien = entpacke(datei, bytes, (n) => /\.(shp|dbf|prj|cpg)$/i.test(n));
	const shp = [...dateien.keys()].filter((n) => /\.shp$/i.test(n));
	if (shp.length === 0) nein(datei, 'Das ZIP-Archiv enthält kein Shapefile (keine .shp-Datei).');
	if (shp.length > 1) nein(datei, `Das ZIP-Archiv enthält ${shp.length} Shapefiles (${shp.join(', ')}); bitte nur die Bezirksflächen laden.`);
	const stamm = shp[0].slice(0, -4);
	const teil = (endung: string) => [...dateien].find(([n]) => n.toLowerCase() === `${stamm}.${endung}`.toLowerCase())?.[1];
	const dbf = teil('dbf');
	if (!dbf) nein(datei, `Zum Shapefile „${shp[0]}“ fehlt die .dbf-Datei mit den Attributen (Bezirksnummer, Name).`);
	const prj = teil('prj');
	const cpg = teil('cpg');
	const hinweise: Meldung[] = [];
	let erklaert: Koordinatensystem | null = null;
	if (prj) {
		const wkt = new TextDecoder().decode(prj);
		erklaert = systemAusPrj(wkt) ?? nein(datei, `Das Koordinatensystem in „${stamm}.prj“ wird nicht unterstützt (möglich: ${Object.keys(SYSTEME).join(', ')}).`);
	} else hinweise.push(warnung(datei, `Zum Shapefile fehlt die .prj-Datei mit dem Koordinatensystem; es wird aus den Koordinaten bestimmt.`));
	let geometrien: Geometry[];
	let attribute: Record<string, unknown>[];
	try {
		geometrien = parseShp(teil('shp')!);
		attribute = parseDbf(dbf!, cpg ? new TextDecoder().decode(cpg) : undefined);
	} catch {
		nein(datei, 'Das Shapefile ist beschädigt und kann nicht gelesen werden.');
	}
	const features = geometrien!.map((g, i) => ({ type: 'Feature' as const, geometry: g, properties: attribute[i] ?? {} }));
	if (features.length === 0) nein(datei, 'Das Shapefile enthält keine Flächen.');
	return { datei, features, eigenschaften: eigenschaftenVon(features), system: bestimmeSystem(datei, features, erklaert, hinweise), hinweise };
}

function eigenschaftenVon(features: GeoRoh['features']): string[] {
	return [...new Set(features.slice(0, 200).flatMap((f) => Object.keys(f.properties ?? {})))];
}

/** The attribute whose values match the known district codes best (also "010" for "10"). */
export function rateCodeFeld(g: GeoRoh, codes: ReadonlySet<string>): string | null {
	const ohneNull = new Set([...codes].map((c) => c.replace(/^0+(?=.)/, '')));
	let bestes: string | null = null;
	let treffer = 0;
	for (const e of g.eigenschaften) {
		const n = g.features.filter((f) => {
			const v = String(f.properties?.[e] ?? '').trim();
			return codes.has(v) || ohneNull.has(v.replace(/^0+(?=.)/, ''));
		}).length;
		if (n > treffer) {
			treffer = n;
			bestes = e;
		}
	}
	return bestes ?? g.eigenschaften.find((e) => /code|nr|nummer|schl|id/i.test(e)) ?? g.eigenschaften[0] ?? null;
}

function umrechnen(g: Polygon | MultiPolygon, system: Koordinatensystem): Polygon | MultiPolygon {
	if (system === 'EPSG:4326') return g;
	const p = proj4(system, 'EPSG:4326');
	const ring = (r: Position[]) => r.map((q) => p.forward([q[0], q[1]]));
	return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(ring) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

/** Farther than this from the city loaded so far, boundaries for the same district codes are a mistake. */
const HOECHSTENS_KM = 30;

function mitte(features: readonly Feature<Geometry | null, unknown>[]): [number, number] | null {
	const p = features.flatMap((f) => allePositionen(f.geometry));
	if (p.length === 0) return null;
	const xs = p.map((q) => q[0]);
	const ys = p.map((q) => q[1]);
	return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

const km = ([x1, y1]: [number, number], [x2, y2]: [number, number]) => Math.hypot((x1 - x2) * 111.32 * Math.cos(((y1 + y2) / 2) * (Math.PI / 180)), (y1 - y2) * 110.57);

/**
 * The boundaries as the atlas's geometry: WGS84, `code` and `name`, checked like the built-in file.
 * `bisher`: the boundaries loaded so far; new ones for the same codes must lie in the same place.
 */
export function alsBezirksgeometrie(g: GeoRoh, wahl: { codeFeld: string; nameFeld?: string; system?: Koordinatensystem }, codes?: ReadonlySet<string>, bisher?: Bezirksgeometrie | null): Geometriepruefung {
	const system = wahl.system ?? g.system;
	if (!system) return { geometrie: null, meldungen: [fehler(g.datei, 'Das Koordinatensystem ist nicht erkennbar; bitte angeben, in welchem System die Datei vorliegt.')] };
	const features = g.features.map((f) => {
		const geom = f.geometry;
		const flaeche = geom && (geom.type === 'Polygon' || geom.type === 'MultiPolygon') ? umrechnen(geom, system) : geom;
		const code = f.properties?.[wahl.codeFeld];
		const name = wahl.nameFeld ? f.properties?.[wahl.nameFeld] : undefined;
		return { type: 'Feature', geometry: flaeche, properties: { code: typeof code === 'number' ? String(code) : code, name: name === undefined || name === null ? undefined : String(name) } };
	});
	const pruefung = pruefeGeometrie({ type: 'FeatureCollection', features }, g.datei, codes);
	const alt = bisher ? mitte(bisher.features) : null;
	const neu = pruefung.geometrie ? mitte(pruefung.geometrie.features) : null;
	const gleicheCodes = bisher && pruefung.geometrie && pruefung.geometrie.features.some((f) => bisher.features.some((b) => b.properties.code === f.properties.code));
	if (alt && neu && gleicheCodes && km(alt, neu) > HOECHSTENS_KM)
		return { geometrie: null, meldungen: [...g.hinweise, fehler(g.datei, `Die Flächen liegen ${Math.round(km(alt, neu))} km vom bisherigen Stadtgebiet entfernt, tragen aber dieselben Bezirksnummern; falsche Datei oder falsches Koordinatensystem?`)] };
	return { ...pruefung, meldungen: [...g.hinweise, ...pruefung.meldungen] };
}
