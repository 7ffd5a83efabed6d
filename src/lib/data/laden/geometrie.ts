/**
 * The district geometry: a GeoJSON FeatureCollection in WGS84 whose features carry the district code.
 * Checked before it reaches the map, so that a file in metres, an empty file or a feature without a
 * shape ends in a German message instead of a blank map; numeric codes become text, as in the tables.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { CODE_MUSTER } from '../schema';
import { fehler, warnung, type Meldung } from '../meldungen';

export type Bezirksgeometrie = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

const code = new RegExp(CODE_MUSTER);
const WGS84 = /(CRS84|EPSG:?:?4326|WGS ?84)/i;

export interface Geometriepruefung {
	geometrie: Bezirksgeometrie | null;
	meldungen: Meldung[];
}

function istObjekt(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** All positions of a Polygon or MultiPolygon; null where the nesting is not that of GeoJSON. */
function positionen(typ: string, koordinaten: unknown): Position[] | null {
	const ringe = typ === 'Polygon' ? [koordinaten] : Array.isArray(koordinaten) ? koordinaten : null;
	if (!ringe) return null;
	const alle: Position[] = [];
	for (const polygon of ringe) {
		if (!Array.isArray(polygon) || polygon.length === 0) return null;
		for (const ring of polygon) {
			if (!Array.isArray(ring) || ring.length < 4) return null;
			for (const p of ring) {
				if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
				alle.push(p as Position);
			}
		}
	}
	return alle;
}

/** How an import names the code: its own attribute, and a feature's place in its file. */
export interface Benennung {
	code: string;
	ort: (i: number) => Pick<Meldung, 'feld' | 'spalte'>;
}

const EIGENE: Benennung = { code: 'code', ort: (i) => ({ feld: `features[${i}].properties.code` }) };

export function pruefeGeometrie(roh: unknown, datei: string, bezirkscodes?: ReadonlySet<string>, benennung: Benennung = EIGENE): Geometriepruefung {
	const meldungen: Meldung[] = [];
	if (!istObjekt(roh) || roh.type !== 'FeatureCollection' || !Array.isArray(roh.features))
		return { geometrie: null, meldungen: [fehler(datei, 'Die Datei ist keine GeoJSON-FeatureCollection.')] };
	const crs = istObjekt(roh.crs) && istObjekt(roh.crs.properties) ? String(roh.crs.properties.name ?? '') : '';
	if (crs && !WGS84.test(crs))
		meldungen.push(fehler(datei, `Das Koordinatensystem „${crs}“ wird hier nicht umgerechnet; erwartet wird WGS84 (Längen- und Breitengrade, EPSG:4326).`, { feld: 'crs' }));
	if (roh.features.length === 0) return { geometrie: null, meldungen: [...meldungen, fehler(datei, 'Die Datei enthält keine Bezirksflächen.')] };

	const features: Feature<Polygon | MultiPolygon, { code: string; name: string }>[] = [];
	const gesehen = new Map<string, number>();
	let inMetern = false;
	// The same fault in many features (every one a point, not an area): three named, the rest counted.
	const jeArt = new Map<string, { n: number; dritte?: Meldung }>();
	const melde = (art: string, m: Meldung) => {
		const e = jeArt.get(art) ?? { n: 0 };
		jeArt.set(art, e);
		if (++e.n <= 3) {
			meldungen.push(m);
			if (e.n === 3) e.dritte = m;
		} else e.dritte!.weitere = e.n - 3;
	};
	roh.features.forEach((f: unknown, i: number) => {
		const feld = `features[${i}]`;
		if (!istObjekt(f)) return melde('objekt', fehler(datei, 'Das Element ist kein GeoJSON-Feature.', { feld }));
		const props = istObjekt(f.properties) ? f.properties : {};
		const rohcode = props.code;
		if (rohcode === undefined || rohcode === null || rohcode === '')
			return melde('code_fehlt', fehler(datei, `Die Eigenschaft „${benennung.code}“ (Bezirksnummer) fehlt.`, benennung.ort(i)));
		const c = String(rohcode).trim();
		if (!code.test(c)) return melde('code_form', fehler(datei, `„${c}“ ist keine gültige Bezirksnummer.`, benennung.ort(i)));
		if (gesehen.has(c))
			return melde('code_doppelt', fehler(datei, `Die Bezirksnummer „${c}“ kommt schon in features[${gesehen.get(c)}] vor.`, benennung.ort(i)));
		gesehen.set(c, i);
		const g = f.geometry;
		if (!istObjekt(g)) return melde('ohne_geometrie', fehler(datei, `Bezirk „${c}“ hat keine Geometrie (geometry ist leer).`, { feld: `${feld}.geometry` }));
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
			return melde('typ', fehler(datei, `Bezirk „${c}“: Geometrietyp „${String(g.type)}“; erwartet wird Polygon oder MultiPolygon.`, { feld: `${feld}.geometry.type` }));
		const punkte = positionen(g.type, g.coordinates);
		if (!punkte) return melde('koordinaten', fehler(datei, `Bezirk „${c}“: Die Koordinaten bilden kein gültiges ${g.type}.`, { feld: `${feld}.geometry.coordinates` }));
		if (punkte.some(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)) inMetern = true;
		features.push({
			type: 'Feature',
			properties: { code: c, name: typeof props.name === 'string' ? props.name : c },
			geometry: g as unknown as Polygon | MultiPolygon
		});
	});
	if (inMetern)
		meldungen.push(
			fehler(datei, 'Die Koordinaten sind keine Längen- und Breitengrade, vermutlich Meter (z. B. UTM, EPSG:25832). Erwartet wird WGS84 (EPSG:4326); bitte im GIS umprojizieren.')
		);
	if (bezirkscodes) {
		const ohneFlaeche = [...bezirkscodes].filter((c) => !gesehen.has(c));
		const ohneTabelle = [...gesehen.keys()].filter((c) => !bezirkscodes.has(c));
		if (ohneFlaeche.length) meldungen.push(warnung(datei, `Keine Fläche für ${liste(ohneFlaeche)}; diese Bezirke fehlen auf der Karte, stehen aber in der Tabelle.`));
		if (ohneTabelle.length) meldungen.push(warnung(datei, `Flächen ohne Eintrag in der Bezirkstabelle: ${liste(ohneTabelle)}; sie bleiben grau.`));
	}
	const fehlerfrei = !meldungen.some((m) => m.schwere === 'fehler');
	return { geometrie: fehlerfrei ? { type: 'FeatureCollection', features } : null, meldungen };
}

function liste(codes: string[]): string {
	const gezeigt = codes.slice(0, 8).map((c) => `„${c}“`).join(', ');
	return codes.length > 8 ? `${gezeigt} und ${codes.length - 8} weitere` : gezeigt;
}
