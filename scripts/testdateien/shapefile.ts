/**
 * A minimal Shapefile writer (polygons, text attributes) for test files: no package on npm writes
 * projected Shapefiles with a .prj and .cpg without pulling in a GIS stack.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface ShapeFeature {
	geometry: Polygon | MultiPolygon;
	attribute: Record<string, string>;
}

/** Shapefile rings: outer rings clockwise (the reverse of GeoJSON's rule). */
function ringe(g: Polygon | MultiPolygon): Position[][] {
	const polygone = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygone.flatMap((p) => p.map((ring) => [...ring].reverse()));
}

function box(punkte: Position[]): [number, number, number, number] {
	const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of punkte) {
		b[0] = Math.min(b[0], x);
		b[1] = Math.min(b[1], y);
		b[2] = Math.max(b[2], x);
		b[3] = Math.max(b[3], y);
	}
	return b;
}

function kopf(laengeWorte: number, gesamt: [number, number, number, number]): DataView {
	const v = new DataView(new ArrayBuffer(100));
	v.setInt32(0, 9994, false);
	v.setInt32(24, laengeWorte, false);
	v.setInt32(28, 1000, true);
	v.setInt32(32, 5, true);
	gesamt.forEach((x, i) => v.setFloat64(36 + 8 * i, x, true));
	return v;
}

/** `kodiere`: the attribute bytes (UTF-8 by default); `sprachtreiber`: the .dbf's language-driver byte. */
export function schreibeShapefile(features: readonly ShapeFeature[], kodiere: (text: string) => Uint8Array = (t) => new TextEncoder().encode(t), sprachtreiber = 0): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
	const inhalte = features.map((f) => {
		const r = ringe(f.geometry);
		const punkte = r.flat();
		const v = new DataView(new ArrayBuffer(44 + 4 * r.length + 16 * punkte.length));
		v.setInt32(0, 5, true);
		box(punkte).forEach((x, i) => v.setFloat64(4 + 8 * i, x, true));
		v.setInt32(36, r.length, true);
		v.setInt32(40, punkte.length, true);
		let start = 0;
		r.forEach((ring, i) => {
			v.setInt32(44 + 4 * i, start, true);
			start += ring.length;
		});
		punkte.forEach((p, i) => {
			v.setFloat64(44 + 4 * r.length + 16 * i, p[0], true);
			v.setFloat64(52 + 4 * r.length + 16 * i, p[1], true);
		});
		return new Uint8Array(v.buffer);
	});
	const gesamt = box(features.flatMap((f) => ringe(f.geometry).flat()));
	const shpLaenge = 100 + inhalte.reduce((s, c) => s + 8 + c.length, 0);
	const shp = new Uint8Array(shpLaenge);
	const shx = new Uint8Array(100 + 8 * features.length);
	shp.set(new Uint8Array(kopf(shpLaenge / 2, gesamt).buffer), 0);
	shx.set(new Uint8Array(kopf(shx.length / 2, gesamt).buffer), 0);
	let pos = 100;
	const shxV = new DataView(shx.buffer);
	inhalte.forEach((c, i) => {
		const rk = new DataView(shp.buffer, pos, 8);
		rk.setInt32(0, i + 1, false);
		rk.setInt32(4, c.length / 2, false);
		shxV.setInt32(100 + 8 * i, pos / 2, false);
		shxV.setInt32(104 + 8 * i, c.length / 2, false);
		shp.set(c, pos + 8);
		pos += 8 + c.length;
	});
	return { shp, shx, dbf: schreibeDbf(features.map((f) => f.attribute), kodiere, sprachtreiber) };
}

/** dBASE III with character fields. */
function schreibeDbf(zeilen: readonly Record<string, string>[], kodiere: (text: string) => Uint8Array, sprachtreiber: number): Uint8Array {
	const enc = { encode: kodiere };
	const felder = Object.keys(zeilen[0] ?? {});
	const breite = felder.map((f) => Math.max(1, ...zeilen.map((z) => enc.encode(z[f] ?? '').length)));
	const kopfLaenge = 32 + 32 * felder.length + 1;
	const satzLaenge = 1 + breite.reduce((a, b) => a + b, 0);
	const out = new Uint8Array(kopfLaenge + satzLaenge * zeilen.length + 1);
	const v = new DataView(out.buffer);
	out[0] = 0x03;
	out.set([126, 1, 1], 1);
	v.setUint32(4, zeilen.length, true);
	v.setUint16(8, kopfLaenge, true);
	v.setUint16(10, satzLaenge, true);
	out[29] = sprachtreiber;
	felder.forEach((f, i) => {
		const o = 32 + 32 * i;
		out.set(new TextEncoder().encode(f.slice(0, 10)), o);
		out[o + 11] = 'C'.charCodeAt(0);
		out[o + 16] = breite[i];
	});
	out[kopfLaenge - 1] = 0x0d;
	zeilen.forEach((z, k) => {
		let o = kopfLaenge + k * satzLaenge;
		out[o++] = 0x20;
		felder.forEach((f, i) => {
			const b = enc.encode(z[f] ?? '');
			out.fill(0x20, o, o + breite[i]);
			out.set(b, o);
			o += breite[i];
		});
	});
	out[out.length - 1] = 0x1a;
	return out;
}

export const PRJ_25832 =
	'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** ESRI's WKT of ETRS89 / UTM 32N with another false easting (32 500 000: the zone number in front). */
export const prjUtm32 = (rechtswert: number) => PRJ_25832.replace('"False_Easting",500000.0', `"False_Easting",${rechtswert.toFixed(1)}`);

/** ESRI's WKT of DHDN Gauß-Krüger zone 2–5: no TOWGS84, as ArcGIS writes it. */
export const prjGaussKrueger = (zone: number) =>
	`PROJCS["DHDN_3_Degree_Gauss_Zone_${zone}",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${zone}500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${3 * zone}.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
