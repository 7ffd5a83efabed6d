/**
 * District boundaries from a GIS: GeoJSON, or a zipped Shapefile (.shp, .dbf, .prj, .cpg), in WGS84
 * or a projected system, reprojected here. The system is read from the .prj's WKT or the GeoJSON's
 * `crs`, else judged by the coordinate ranges, or chosen by the user; whichever it is, the result must
 * lie in Germany and near the data loaded so far (lage.ts). Which attribute holds the district code is
 * the user's choice (a guess is offered); a code given twice names the file's attribute and its rows.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { fehler, Ladefehler, warnung, type Meldung } from '../meldungen';
import { pruefeGeometrie, type Bezirksgeometrie, type Geometriepruefung } from '../laden/geometrie';
import { dekodiere } from './kodierung';
import { entpacke } from './zip';
import { KATALOG, type Katalogkennung } from './koordinaten';
import { ausCrsName, ausKatalog, ausWkt, nachWgs84Von, type Bezugssystem } from './bezugssystem';
import { dbfKodierung, hatSonderzeichen } from './dbf';
import { erkenneSystem, HOECHSTENS_KM, km, lagefehler, mitteVon, stichprobe, type Bezug, type Punkt } from './lage';

export interface GeoRoh {
	datei: string;
	/** Shapefile rows are "Datensatz n" of the attribute table, GeoJSON features "features[i]". */
	art: 'shapefile' | 'geojson';
	features: Feature<Geometry | null, Record<string, unknown>>[];
	/** Attribute names the features carry (candidates for code and name). */
	eigenschaften: string[];
	/** The declared or detected system; null when neither (the user is asked). */
	system: Bezugssystem | null;
	/** The file declares its system (.prj, crs); otherwise it was judged from the ranges. */
	erklaert: boolean;
	/** Catalogue systems that fit the ranges, likeliest first (for a file that declares none). */
	passend: Katalogkennung[];
	hinweise: Meldung[];
}

export interface Geometriewahl {
	codeFeld: string;
	nameFeld?: string;
	/** Chosen by hand, in place of the declared or detected one. */
	system?: Katalogkennung;
	/** Keep the first area of a code given twice and leave out the others. */
	doppelteWeglassen?: boolean;
	/** Join the areas of a code given twice into one (a district published in parts). */
	doppelteVereinen?: boolean;
}

const nein = (datei: string, text: string): never => {
	throw new Ladefehler([fehler(datei, text)]);
};

function allePositionen(g: Geometry | null, ziel: Position[]): Position[] {
	if (!g) return ziel;
	const ring = (r: Position[]) => {
		for (const p of r) ziel.push(p);
	};
	if (g.type === 'Point') ziel.push(g.coordinates);
	else if (g.type === 'LineString' || g.type === 'MultiPoint') ring(g.coordinates);
	else if (g.type === 'Polygon' || g.type === 'MultiLineString') g.coordinates.forEach(ring);
	else if (g.type === 'MultiPolygon') for (const p of g.coordinates) p.forEach(ring);
	return ziel;
}

const positionenVon = (features: readonly Feature<Geometry | null, unknown>[]) => {
	const alle: Position[] = [];
	for (const f of features) allePositionen(f.geometry, alle);
	return alle;
};

const nennung = (s: Bezugssystem) => (s.kennung === 'WKT' ? s.name : `${s.kennung} (${s.name})`);

/** A file without a declared system: the catalogue systems its ranges fit; degrees stay degrees. */
function erkenne(datei: string, features: GeoRoh['features'], hinweise: Meldung[]): Pick<GeoRoh, 'system' | 'passend'> {
	const punkte = stichprobe(positionenVon(features));
	if (punkte.length === 0) return { system: null, passend: [] };
	const e = erkenneSystem(punkte);
	if (e.vertauscht || e.passend.length === 0) {
		const grad = punkte.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);
		return { system: grad && !e.vertauscht ? ausKatalog('EPSG:4326') : null, passend: [] };
	}
	const s = ausKatalog(e.passend[0]);
	const auch = e.passend.slice(1).map((k) => `${k} (${KATALOG[k].name})`);
	if (s.kennung !== 'EPSG:4326')
		hinweise.push(warnung(datei, `Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu ${nennung(s)} und werden so umgerechnet.${auch.length ? ` Sie passen auch zu ${auch.join(', ')}; bitte prüfen, ob die Flächen auf der Karte richtig liegen, sonst das System wählen.` : ''}`));
	return { system: s, passend: e.passend };
}

function erklaertesSystem(datei: string, features: GeoRoh['features'], system: Bezugssystem, hinweise: Meldung[], herkunft: string): Pick<GeoRoh, 'system' | 'passend'> {
	if (system.genannt) hinweise.push(warnung(datei, `${herkunft} nennt das System „${system.genannt}“; umgerechnet wird nach den Parametern der Datei: ${system.name}.`));
	return { system, passend: erkenneSystem(stichprobe(positionenVon(features))).passend };
}

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
	const hinweise: Meldung[] = [];
	const erklaert = crsName ? (ausCrsName(crsName) ?? nein(datei, `Das Koordinatensystem „${crsName}“ wird nicht unterstützt (möglich: ${Object.keys(KATALOG).join(', ')} oder ein WKT).`)) : null;
	const s = erklaert ? erklaertesSystem(datei, features, erklaert, hinweise, 'Die Angabe „crs“') : erkenne(datei, features, hinweise);
	return { datei, art: 'geojson', features, eigenschaften: eigenschaftenVon(features), erklaert: !!erklaert, ...s, hinweise };
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
	const erklaert = prj ? (ausWkt(new TextDecoder().decode(prj)) ?? nein(datei, `Das Koordinatensystem in „${stamm}.prj“ kann nicht gelesen oder nicht umgerechnet werden (kein gültiges WKT mit Metern oder Grad).`)) : null;
	if (!prj) hinweise.push(warnung(datei, `Zum Shapefile fehlt die .prj-Datei mit dem Koordinatensystem; es wird aus den Koordinaten bestimmt.`));
	const k = dbfKodierung(dbf!, cpg);
	if (k.unbekannt) hinweise.push(warnung(datei, `Die Kodierung „${k.unbekannt}“ aus „${stamm}.cpg“ ist unbekannt; die Attribute werden als ${k.kodierung} gelesen. Bitte die Namen in der Vorschau prüfen.`));
	else if (k.herkunft !== 'cpg' && k.herkunft !== 'utf8' && hatSonderzeichen(dbf!))
		hinweise.push(warnung(datei, `Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als ${k.kodierung === 'windows-1252' ? 'Windows-1252' : k.kodierung}${k.herkunft === 'sprachtreiber' ? ' gelesen (so sagt es die .dbf-Datei)' : ' gelesen'}. Bitte die Namen in der Vorschau prüfen.`));
	let geometrien: (Geometry | null)[];
	let attribute: Record<string, unknown>[];
	try {
		geometrien = parseShp(teil('shp')!);
		attribute = parseDbf(dbf!, k.kodierung);
	} catch {
		nein(datei, 'Das Shapefile ist beschädigt und kann nicht gelesen werden.');
	}
	const features = geometrien!.map((g, i) => ({ type: 'Feature' as const, geometry: g, properties: attribute[i] ?? {} }));
	if (features.length === 0) nein(datei, 'Das Shapefile enthält keine Flächen.');
	const s = erklaert ? erklaertesSystem(datei, features, erklaert, hinweise, `„${stamm}.prj“`) : erkenne(datei, features, hinweise);
	return { datei, art: 'shapefile', features, eigenschaften: eigenschaftenVon(features), erklaert: !!erklaert, ...s, hinweise };
}

function eigenschaftenVon(features: GeoRoh['features']): string[] {
	return [...new Set(features.slice(0, 200).flatMap((f) => Object.keys(f.properties ?? {})))];
}

const wert = (f: GeoRoh['features'][number], feld: string) => {
	const v = f.properties?.[feld];
	return v === undefined || v === null ? '' : String(v).trim();
};

/** The attribute whose values match the known district codes best (also "010" for "10"). */
export function rateCodeFeld(g: GeoRoh, codes: ReadonlySet<string>): string | null {
	const ohneNull = new Set([...codes].map((c) => c.replace(/^0+(?=.)/, '')));
	let bestes: string | null = null;
	let treffer = 0;
	for (const e of g.eigenschaften) {
		const n = g.features.filter((f) => {
			const v = wert(f, e);
			return codes.has(v) || ohneNull.has(v.replace(/^0+(?=.)/, ''));
		}).length;
		if (n > treffer) {
			treffer = n;
			bestes = e;
		}
	}
	const eindeutig = eindeutigeAttribute(g);
	return bestes ?? eindeutig.find((e) => /code|nr|nummer|schl|id/i.test(e)) ?? g.eigenschaften.find((e) => /code|nr|nummer|schl|id/i.test(e)) ?? g.eigenschaften[0] ?? null;
}

/** Attributes with a value in every feature and no value twice: candidates for the district code. */
export function eindeutigeAttribute(g: GeoRoh): string[] {
	return g.eigenschaften.filter((e) => {
		const gesehen = new Set<string>();
		for (const f of g.features) {
			const v = wert(f, e);
			if (!v || gesehen.has(v)) return false;
			gesehen.add(v);
		}
		return true;
	});
}

/** "Datensatz 5" of a Shapefile's attribute table, "features[4]" of a GeoJSON. */
function ort(g: GeoRoh, i: number, feld: string): Pick<Meldung, 'feld' | 'spalte'> {
	return g.art === 'geojson' ? { feld: `features[${i}].properties.${feld}` } : { spalte: feld };
}
const stelle = (g: GeoRoh, i: number) => (g.art === 'geojson' ? `Feature ${i + 1} (features[${i}])` : `Datensatz ${i + 1}`);

export interface Doppelte {
	attribut: string;
	/** Code → the feature indices that carry it (more than one). */
	codes: [string, number[]][];
	/** Other attributes whose values are unique. */
	eindeutig: string[];
}

function doppelteVon(g: GeoRoh, feld: string): [string, number[]][] {
	const je = new Map<string, number[]>();
	g.features.forEach((f, i) => {
		const v = wert(f, feld);
		if (v) je.set(v, [...(je.get(v) ?? []), i]);
	});
	return [...je].filter(([, i]) => i.length > 1);
}

/** 1e-7° is about 1 cm: more digits only make the stored boundaries (and every load of them) larger. */
const GENAU = 1e7;

function umrechnen(g: Polygon | MultiPolygon, nach: (p: Position) => [number, number]): Polygon | MultiPolygon {
	const ring = (r: Position[]) =>
		r.map((p) => {
			const [lon, lat] = nach(p);
			return [Math.round(lon * GENAU) / GENAU, Math.round(lat * GENAU) / GENAU];
		});
	return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map(ring) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}

/** The parts of one district as one MultiPolygon, each part's holes kept; anything but polygons stays for the check to name. */
function vereinigt(geometrien: (Geometry | null)[]): Geometry | null {
	if (!geometrien.every((x) => x?.type === 'Polygon' || x?.type === 'MultiPolygon')) return geometrien[0];
	return { type: 'MultiPolygon', coordinates: (geometrien as (Polygon | MultiPolygon)[]).flatMap((x) => (x.type === 'Polygon' ? [x.coordinates] : x.coordinates)) };
}

export type Geometrieergebnis = Geometriepruefung & { doppelte?: Doppelte };

/** The system the check uses: chosen by hand, declared, or the detected one nearest the data so far. */
export function gewaehltesSystem(g: GeoRoh, wahl: Pick<Geometriewahl, 'system'>, bezug?: Bezug | null): Bezugssystem | null {
	if (wahl.system) return ausKatalog(wahl.system);
	if (g.erklaert || !bezug || g.passend.length < 2) return g.system;
	return ausKatalog(erkenneSystem(stichprobe(positionenVon(g.features)), bezug).passend[0] ?? g.passend[0]);
}

/**
 * The boundaries as the atlas's geometry: WGS84, `code` and `name`, checked like the built-in file.
 * `bisher`: the boundaries loaded so far (new ones for the same codes must lie in the same place);
 * `bezug`: where the own data loaded so far are (the new ones must lie near them).
 */
export function alsBezirksgeometrie(g: GeoRoh, wahl: Geometriewahl, codes?: ReadonlySet<string>, bisher?: Bezirksgeometrie | null, bezug?: Bezug | null): Geometrieergebnis {
	const nichts = (m: Meldung[]): Geometrieergebnis => ({ geometrie: null, meldungen: [...g.hinweise, ...m] });
	const system = gewaehltesSystem(g, wahl, bezug);
	const roh = stichprobe(positionenVon(g.features));
	if (!system) {
		if (erkenneSystem(roh).vertauscht) return nichts([fehler(g.datei, 'Die Koordinaten liegen nur mit vertauschten Achsen in Deutschland (Breite vor Länge, oder Hochwert vor Rechtswert). GeoJSON verlangt Länge vor Breite; bitte im GIS korrigieren.')]);
		return nichts([fehler(g.datei, 'Das Koordinatensystem ist nicht erkennbar; bitte angeben, in welchem System die Datei vorliegt.')]);
	}
	const lage = lagefehler(system, roh, bezug);
	if (lage) return nichts([fehler(g.datei, lage)]);

	// Features alike in code and name but not in shape are one district published in parts: they are
	// joined unasked. The same shape twice is a copy, for the user to decide on.
	const gleichnamig = ([, i]: [string, number[]]) =>
		!!wahl.nameFeld && new Set(i.map((x) => wert(g.features[x], wahl.nameFeld!))).size === 1 && new Set(i.map((x) => JSON.stringify(g.features[x].geometry))).size === i.length;
	const alle = doppelteVon(g, wahl.codeFeld);
	const doppelt = alle.filter((d) => !gleichnamig(d));
	const weg = new Set<number>();
	const meldungen: Meldung[] = [];
	if (doppelt.length && !wahl.doppelteWeglassen && !wahl.doppelteVereinen) {
		const eindeutig = eindeutigeAttribute(g).filter((e) => e !== wahl.codeFeld);
		const m = doppelt.slice(0, 3).map(([c, i]) => fehler(g.datei, `Der Wert „${c}“ des Attributs „${wahl.codeFeld}“ steht in ${i.map((x) => stelle(g, x)).join(' und ')}; jede Fläche braucht eine eigene Bezirksnummer.`, ort(g, i[1], wahl.codeFeld)));
		if (doppelt.length > 3) m[2].weitere = doppelt.length - 3;
		const weiter = fehler(g.datei, `Weiter geht es so: die Teile je Nummer zu einer Fläche vereinen, die doppelten Flächen weglassen (die erste je Nummer bleibt) oder ein anderes Attribut als Bezirksnummer wählen${eindeutig.length ? ` – eindeutig sind ${eindeutig.map((e) => `„${e}“`).join(', ')}` : ''}.`);
		return { ...nichts([...m, weiter]), doppelte: { attribut: wahl.codeFeld, codes: doppelt, eindeutig } };
	}
	const teile = new Map<number, number[]>();
	for (const [c, i] of alle) {
		const vereinen = wahl.doppelteVereinen || gleichnamig([c, i]);
		for (const x of i.slice(1)) weg.add(x);
		if (vereinen) teile.set(i[0], i);
		meldungen.push(
			vereinen
				? warnung(g.datei, `Vereint: ${i.map((x) => stelle(g, x)).join(' und ')} mit der Bezirksnummer „${c}“ (Attribut „${wahl.codeFeld}“)${gleichnamig([c, i]) ? ` und demselben Namen „${wert(g.features[i[0]], wahl.nameFeld!)}“` : ''} sind eine Fläche aus ${i.length} Teilen.`)
				: warnung(g.datei, `Weggelassen: ${i.slice(1).map((x) => stelle(g, x)).join(', ')} mit der Bezirksnummer „${c}“ (Attribut „${wahl.codeFeld}“); es gilt ${stelle(g, i[0])}.`)
		);
	}

	const nach = nachWgs84Von(system);
	const features = g.features.flatMap((f, i) => {
		if (weg.has(i)) return [];
		const geom = teile.has(i) ? vereinigt(teile.get(i)!.map((x) => g.features[x].geometry)) : f.geometry;
		const flaeche = geom && (geom.type === 'Polygon' || geom.type === 'MultiPolygon') ? umrechnen(geom, nach) : geom;
		const code = f.properties?.[wahl.codeFeld];
		const name = wahl.nameFeld ? f.properties?.[wahl.nameFeld] : undefined;
		return [{ type: 'Feature', geometry: flaeche, properties: { code: typeof code === 'number' ? String(code) : code, name: name === undefined || name === null ? undefined : String(name) } }];
	});
	const pruefung = pruefeGeometrie({ type: 'FeatureCollection', features }, g.datei, codes, { code: wahl.codeFeld, ort: (i) => ort(g, i, wahl.codeFeld) });
	const alt = bisher ? mitteVon(stichprobe(positionenVon(bisher.features))) : null;
	const neu = pruefung.geometrie ? mitteVon(stichprobe(positionenVon(pruefung.geometrie.features))) : null;
	const bisherCodes = new Set(bisher?.features.map((f) => f.properties.code));
	const gleicheCodes = pruefung.geometrie?.features.some((f) => bisherCodes.has(f.properties.code));
	if (alt && neu && gleicheCodes && km(alt as Punkt, neu as Punkt) > HOECHSTENS_KM)
		return nichts([fehler(g.datei, `Die Flächen liegen ${Math.round(km(alt, neu))} km vom bisherigen Stadtgebiet entfernt, tragen aber dieselben Bezirksnummern; falsche Datei oder falsches Koordinatensystem?`)]);
	return { ...pruefung, meldungen: [...g.hinweise, ...meldungen, ...pruefung.meldungen] };
}
