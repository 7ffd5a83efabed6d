/**
 * A boundary file read and turned into the atlas's geometry, case by case: what is refused with which
 * message (naming the user's file, its attribute and its records), which system a file without one
 * gets, which attribute is offered as the code, and how a code given twice is joined or dropped.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { zipSync } from 'fflate';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { meldungstext, type Meldung } from '../meldungen';
import { DEFAULT_DIR } from '../testing/defaultData';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { alsBezirksgeometrie, eindeutigeAttribute, gewaehltesSystem, leseGeoJson, leseShapefile, rateCodeFeld, type GeoRoh } from './geometrieImport';
import { PRJ_25832, prjUtm32, schreibeShapefile } from '../../../../scripts/testdateien/shapefile';

const kempten = JSON.parse(readFileSync(join(DEFAULT_DIR, 'stadtbezirke.geojson'), 'utf8')) as Bezirksgeometrie;
const enc = new TextEncoder();
const texte = (m: readonly Meldung[]) => m.map(meldungstext);

// Squares of about 700 m in Kempten, in degrees.
const quadrat = (x: number, y: number, d = 0.01): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const feature = (geometry: Geometry | null, properties: Record<string, unknown> = {}): Feature<Geometry | null, Record<string, unknown>> => ({ type: 'Feature', geometry, properties });
const json = (features: unknown[], crs?: string) => enc.encode(JSON.stringify({ type: 'FeatureCollection', ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}), features }));
const in25832 = (p: Position) => proj4('EPSG:4326', 'EPSG:25832', [p[0], p[1]]);
const utm = (g: Polygon): Polygon => ({ type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(in25832)) });
const drei = () => [feature(quadrat(10.3, 47.72), { nr: '1', name: 'Nord' }), feature(quadrat(10.32, 47.72), { nr: '2', name: 'Süd' }), feature(quadrat(10.34, 47.72), { nr: '3', name: 'Ost' })];

describe('a GeoJSON that cannot be used is refused, naming the file', () => {
	it('text that is no JSON, or cut off', () => {
		expect(() => leseGeoJson('b.geojson', enc.encode('{"type":"FeatureCollection","features":[{'))).toThrow('Datei „b.geojson“: Die Datei ist kein gültiges JSON (abgeschnitten oder keine GeoJSON-Datei?).');
	});
	it('JSON that is no FeatureCollection, or whose features are no list', () => {
		const keine = 'Datei „b.geojson“: Die Datei ist keine GeoJSON-FeatureCollection.';
		expect(() => leseGeoJson('b.geojson', enc.encode('{"type":"Feature","features":[]}'))).toThrow(keine);
		expect(() => leseGeoJson('b.geojson', enc.encode('{"type":"FeatureCollection","features":{}}'))).toThrow(keine);
		expect(() => leseGeoJson('b.geojson', enc.encode('null'))).toThrow(keine);
	});
	it('a collection of nothing but entries that are no Feature', () => {
		expect(() => leseGeoJson('b.geojson', enc.encode('{"type":"FeatureCollection","features":[null,1,{"type":"Polygon"}]}'))).toThrow('Datei „b.geojson“: Die Datei enthält keine Flächen (keine Features).');
		const g = leseGeoJson('b.geojson', enc.encode(JSON.stringify({ type: 'FeatureCollection', features: [null, { type: 'Polygon' }, feature(quadrat(10.3, 47.72), { nr: '1' })] })));
		expect(g.features).toHaveLength(1);
	});
	it('a crs the import does not know, listing the ones it does', () => {
		expect(() => leseGeoJson('b.geojson', json(drei(), 'urn:ogc:def:crs:EPSG::2056'))).toThrow(
			'Datei „b.geojson“: Das Koordinatensystem „urn:ogc:def:crs:EPSG::2056“ wird nicht unterstützt (möglich: EPSG:4326, EPSG:25832, EPSG:25833, EPSG:4647, EPSG:5650, EPSG:31466, EPSG:31467, EPSG:31468, EPSG:31469, UTM32N-2500000, EPSG:3857 oder ein WKT).'
		);
	});
});

describe('a GeoJSON that can', () => {
	it('a crs without a name, or properties null, counts as none', () => {
		const ohne = enc.encode(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name' }, features: [{ type: 'Feature', geometry: quadrat(10.3, 47.72), properties: null }] }));
		const g = leseGeoJson('b.geojson', ohne);
		expect(g.erklaert).toBe(false);
		expect(g.eigenschaften).toEqual([]);
		expect(eindeutigeAttribute(g)).toEqual([]);
		expect(texte(alsBezirksgeometrie(g, { codeFeld: 'nr', nameFeld: 'name' }).meldungen)).toEqual(['Datei „b.geojson“, Feld „features[0].properties.nr“: Die Eigenschaft „nr“ (Bezirksnummer) fehlt.']);
	});
	it('in degrees without crs: WGS84, not declared, no notice; the attributes of its features', () => {
		const g = leseGeoJson('b.geojson', json([...drei(), feature(quadrat(10.36, 47.72), { nr: '4', flaeche: 2 })]));
		expect(g).toMatchObject({ datei: 'b.geojson', art: 'geojson', erklaert: false, passend: ['EPSG:4326'], hinweise: [], eigenschaften: ['nr', 'name', 'flaeche'] });
		expect(g.system?.kennung).toBe('EPSG:4326');
	});
	it('the attributes are those of the first 200 features', () => {
		const viele = Array.from({ length: 201 }, (_, i) => feature(quadrat(10.3, 47.72), i === 200 ? { nr: String(i), spaet: 'x' } : { nr: String(i) }));
		expect(leseGeoJson('b.geojson', json(viele)).eigenschaften).toEqual(['nr']);
	});
	it('with a crs that names the system: declared, and the ranges still say what else fits', () => {
		const berlin = [[13.3, 52.45], [13.5, 52.55]].map((p) => feature({ type: 'Point', coordinates: proj4('EPSG:4326', 'EPSG:25833', p) }));
		const g = leseGeoJson('b.geojson', json(berlin, 'EPSG:25833'));
		expect(g.erklaert).toBe(true);
		expect(g.system?.kennung).toBe('EPSG:25833');
		expect(g.passend).toEqual(['EPSG:25832', 'EPSG:25833']);
		expect(g.hinweise).toEqual([]);
	});
	it('with a WKT crs of a system of its own: the name it gives is quoted beside its parameters', () => {
		const g = leseGeoJson('b.geojson', json(drei(), prjUtm32(1_500_000)));
		expect(g.system?.kennung).toBe('WKT');
		expect(texte(g.hinweise)).toEqual(['Datei „b.geojson“: Die Angabe „crs“ nennt das System „ETRS_1989_UTM_Zone_32N“; umgerechnet wird nach den Parametern der Datei: Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1.500.000 m, Maßstab 0,9996.']);
	});
});

describe('the system of a file that declares none', () => {
	const art = (geometry: Geometry) => leseGeoJson('b.geojson', json([feature(geometry, { nr: '1' })]));
	const [a, b, c] = [[10.3, 47.72], [10.31, 47.73], [10.32, 47.72]].map(in25832);
	// Berlin in UTM 33N: its 6-digit eastings fit zone 32 as well.
	const [d, e, f] = [[13.3, 52.45], [13.5, 52.55], [13.4, 52.5]].map((p) => proj4('EPSG:4326', 'EPSG:25833', p));
	it('is read from the positions of every kind of geometry', () => {
		const geometrien: Geometry[] = [
			{ type: 'Point', coordinates: a },
			{ type: 'MultiPoint', coordinates: [a, b] },
			{ type: 'LineString', coordinates: [a, b] },
			{ type: 'MultiLineString', coordinates: [[a, b], [c]] },
			{ type: 'Polygon', coordinates: [[a, b, c, a]] },
			{ type: 'MultiPolygon', coordinates: [[[a, b, c, a]]] }
		];
		for (const g of geometrien) expect([g.type, art(g).system?.kennung]).toEqual([g.type, 'EPSG:25832']);
		expect(art({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: a }] })).toMatchObject({ system: null, passend: [] });
	});
	it('says which system it took and which others fit, unless the positions are degrees', () => {
		const g = art({ type: 'Polygon', coordinates: [[d, e, f, d]] });
		expect(texte(g.hinweise)).toEqual(['Datei „b.geojson“: Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu EPSG:25832 (ETRS89 / UTM Zone 32N) und werden so umgerechnet. Sie passen auch zu EPSG:25833 (ETRS89 / UTM Zone 33N); bitte prüfen, ob die Flächen auf der Karte richtig liegen, sonst das System wählen.']);
		expect(g.passend).toEqual(['EPSG:25832', 'EPSG:25833']);
		const gk = art({ type: 'Point', coordinates: proj4('EPSG:4326', 'EPSG:31467', [10.3, 50.1]) });
		expect(texte(gk.hinweise)).toEqual(['Datei „b.geojson“: Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu EPSG:31467 (Gauß-Krüger Zone 3 (DHDN)) und werden so umgerechnet.']);
	});
	it('has none without positions, none for metres that fit no system, none for swapped axes', () => {
		expect(leseGeoJson('b.geojson', json([feature(null, { nr: '1' })]))).toMatchObject({ system: null, passend: [] });
		expect(art({ type: 'Point', coordinates: [123_456_789, 5_300_000] })).toMatchObject({ system: null, passend: [] });
		expect(art({ type: 'Point', coordinates: [47.72, 10.3] })).toMatchObject({ system: null, passend: [] });
		expect(art({ type: 'MultiPoint', coordinates: [[10.3, 47.72], a] })).toMatchObject({ system: null, passend: [] });
	});
	it('keeps degrees outside Germany as degrees, for the check to say where they lie', () => {
		const paris = art({ type: 'Point', coordinates: [2.35, 48.86] });
		expect(paris.system?.kennung).toBe('EPSG:4326');
		expect(paris.passend).toEqual([]);
		expect(art({ type: 'Point', coordinates: [-180, -90] }).system?.kennung).toBe('EPSG:4326');
		expect(art({ type: 'Point', coordinates: [180.5, 50] }).system).toBeNull();
		expect(art({ type: 'Point', coordinates: [10, 90.5] }).system).toBeNull();
	});
});

describe('a zipped Shapefile', () => {
	const s = schreibeShapefile(drei().map((f) => ({ geometry: utm(f.geometry as Polygon), attribute: f.properties as Record<string, string> })));
	const datei = (name = 'a', teile: Record<string, Uint8Array> = {}) => zipSync({ [`${name}.shp`]: s.shp, [`${name}.shx`]: s.shx, [`${name}.dbf`]: s.dbf, [`${name}.prj`]: enc.encode(PRJ_25832), ...teile });
	it('is read with the system of its .prj, its parts found whatever their case', () => {
		const g = leseShapefile('a.zip', zipSync({ 'Grenzen/A.SHP': s.shp, 'Grenzen/a.dbf': s.dbf, 'Grenzen/A.Prj': enc.encode(PRJ_25832) }));
		expect(g).toMatchObject({ art: 'shapefile', erklaert: true, eigenschaften: ['nr', 'name'], hinweise: [] });
		expect(g.system?.kennung).toBe('EPSG:25832');
		expect(g.features.map((f) => f.properties.name)).toEqual(['Nord', 'Süd', 'Ost']);
	});
	it('without .shp, with two, or without .dbf is refused, naming what is missing', () => {
		expect(() => leseShapefile('a.zip', zipSync({ 'a.dbf': s.dbf, 'a.txt': enc.encode('x') }))).toThrow('Datei „a.zip“: Das ZIP-Archiv enthält kein Shapefile (keine .shp-Datei).');
		expect(() => leseShapefile('a.zip', zipSync({ 'a.shp': s.shp, 'b.shp': s.shp, 'a.dbf': s.dbf }))).toThrow('Datei „a.zip“: Das ZIP-Archiv enthält 2 Shapefiles (a.shp, b.shp); bitte nur die Bezirksflächen laden.');
		expect(() => leseShapefile('a.zip', zipSync({ 'grenzen.shp': s.shp, 'andere.dbf': s.dbf }))).toThrow('Datei „a.zip“: Zum Shapefile „grenzen.shp“ fehlt die .dbf-Datei mit den Attributen (Bezirksnummer, Name).');
	});
	it('a .prj that is no usable WKT is refused, naming it', () => {
		expect(() => leseShapefile('a.zip', datei('grenzen', { 'grenzen.prj': enc.encode('Lagestatus 310') }))).toThrow('Datei „a.zip“: Das Koordinatensystem in „grenzen.prj“ kann nicht gelesen oder nicht umgerechnet werden (kein gültiges WKT mit Metern oder Grad).');
	});
	it('a .prj of a system of its own quotes the name it gives', () => {
		const eigen = schreibeShapefile([{ geometry: quadrat(1_600_000, 5_290_000, 500), attribute: { nr: '1' } }]);
		const g = leseShapefile('a.zip', zipSync({ 'g.shp': eigen.shp, 'g.dbf': eigen.dbf, 'g.prj': enc.encode(prjUtm32(1_500_000)) }));
		expect(texte(g.hinweise)).toEqual(['Datei „a.zip“: „g.prj“ nennt das System „ETRS_1989_UTM_Zone_32N“; umgerechnet wird nach den Parametern der Datei: Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1.500.000 m, Maßstab 0,9996.']);
	});
	it('ArcGIS’s metadata beside it (.shp.xml) is no second Shapefile', () => {
		expect(leseShapefile('a.zip', datei('a', { 'a.shp.xml': enc.encode('<metadata/>') })).features).toHaveLength(3);
	});
	it('without .prj the system comes from the coordinates, and the user is told', () => {
		const g = leseShapefile('a.zip', zipSync({ 'a.shp': s.shp, 'a.dbf': s.dbf }));
		expect(g.erklaert).toBe(false);
		expect(g.system?.kennung).toBe('EPSG:25832');
		expect(texte(g.hinweise)[0]).toBe('Datei „a.zip“: Zum Shapefile fehlt die .prj-Datei mit dem Koordinatensystem; es wird aus den Koordinaten bestimmt.');
	});
	it('a damaged .shp, or one without records, is refused', () => {
		expect(() => leseShapefile('a.zip', datei('a', { 'a.shp': s.shp.slice(0, 60) }))).toThrow('Datei „a.zip“: Das Shapefile ist beschädigt und kann nicht gelesen werden.');
		const leer = schreibeShapefile([]);
		expect(() => leseShapefile('a.zip', zipSync({ 'a.shp': leer.shp, 'a.dbf': s.dbf, 'a.prj': enc.encode(PRJ_25832) }))).toThrow('Datei „a.zip“: Das Shapefile enthält keine Flächen.');
	});
	it('names the encoding it assumed for attributes that are no UTF-8, only when a character needs it', () => {
		const cp = (t: string) => Uint8Array.from([...t].map((c) => c.charCodeAt(0)));
		const mit = (treiber: number, attribut = 'Süd') => {
			const x = schreibeShapefile([{ geometry: utm(quadrat(10.3, 47.72)), attribute: { nr: '1', name: attribut } }], cp, treiber);
			return texte(leseShapefile('a.zip', zipSync({ 'a.shp': x.shp, 'a.dbf': x.dbf, 'a.prj': enc.encode(PRJ_25832) })).hinweise);
		};
		expect(mit(0)).toEqual(['Datei „a.zip“: Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als Windows-1252 gelesen. Bitte die Namen in der Vorschau prüfen.']);
		expect(mit(0xc9)).toEqual(['Datei „a.zip“: Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als windows-1251 gelesen (so sagt es die .dbf-Datei). Bitte die Namen in der Vorschau prüfen.']);
		expect(mit(0, 'Nord')).toEqual([]);
		const utf8 = schreibeShapefile([{ geometry: utm(quadrat(10.3, 47.72)), attribute: { nr: '1', name: 'Süd' } }]);
		expect(leseShapefile('a.zip', zipSync({ 'a.shp': utf8.shp, 'a.dbf': utf8.dbf, 'a.prj': enc.encode(PRJ_25832) })).hinweise).toEqual([]);
		const cpg = schreibeShapefile([{ geometry: utm(quadrat(10.3, 47.72)), attribute: { nr: '1', name: 'Süd' } }], cp);
		expect(leseShapefile('a.zip', zipSync({ 'a.shp': cpg.shp, 'a.dbf': cpg.dbf, 'a.prj': enc.encode(PRJ_25832), 'a.cpg': enc.encode('1252') })).hinweise).toEqual([]);
	});
});

describe('the attribute offered as the district code', () => {
	const roh = (features: Feature<Geometry | null, Record<string, unknown>>[]) => leseGeoJson('b.geojson', json(features));
	const g = (props: Record<string, unknown>[]) => roh(props.map((p, i) => feature(quadrat(10.3 + i / 100, 47.72), p)));
	it('is the one whose values match the known codes most, also with leading zeros on either side', () => {
		const x = g([{ name: 'Nord', fid: '7', alt: '10', sbz: '0010' }, { name: 'Süd', fid: '1', alt: '20', sbz: '020' }, { name: 'Ost', fid: '2', alt: '99', sbz: '30' }]);
		expect(rateCodeFeld(x, new Set(['10', '20', '030']))).toBe('sbz');
		expect(rateCodeFeld(g([{ name: 'A', flaeche: '100' }, { name: 'B', flaeche: '200' }]), new Set(['10', '20']))).toBe('name');
		expect(rateCodeFeld(x, new Set(['1', '2']))).toBe('fid');
	});
	it('else a unique attribute named like a code, else any so named, else the first, else none', () => {
		const einmalig = g([{ name: 'A', gebiet: 'x', schluessel: 'a' }, { name: 'B', gebiet: 'y', schluessel: 'a' }, { name: 'C', gebiet: 'z', bez_id: 'c' }]);
		expect(rateCodeFeld(einmalig, new Set(['99']))).toBe('schluessel');
		const eindeutig = g([{ name: 'A', BEZ_NR: '1' }, { name: 'B', BEZ_NR: '2' }]);
		expect(rateCodeFeld(eindeutig, new Set())).toBe('BEZ_NR');
		const doppelt = g([{ name: 'A', objekt_id: '1', nummer: '5' }, { name: 'B', objekt_id: '1', nummer: '6' }]);
		expect(rateCodeFeld(doppelt, new Set())).toBe('nummer');
		expect(rateCodeFeld(g([{ name: 'A', flaeche: 3 }]), new Set())).toBe('name');
		expect(rateCodeFeld(g([{}]), new Set())).toBeNull();
	});
	it('a unique attribute has a value in every feature, and none twice', () => {
		const x = g([{ a: '1', b: '1', c: '', d: 'x' }, { a: '2', b: '1', c: 'y', d: ' x ' }, { a: '3', b: '2', c: 'z', d: 'z' }]);
		expect(eindeutigeAttribute(x)).toEqual(['a']);
		expect(eindeutigeAttribute(g([{ a: 0 }, { a: null }]))).toEqual([]);
		expect(eindeutigeAttribute(g([{ a: '1', b: 'x' }, { a: '2' }]))).toEqual(['a']);
	});
});

describe('the system the check uses', () => {
	const berlin = (): GeoRoh => leseGeoJson('b.geojson', json([feature({ type: 'Point', coordinates: proj4('EPSG:4326', 'EPSG:25833', [13.4, 52.5]) })]));
	it('a system chosen by hand beats the declared and the detected', () => {
		expect(gewaehltesSystem(berlin(), { system: 'EPSG:31468' })?.kennung).toBe('EPSG:31468');
	});
	it('of the detected ones, the one nearest the own data, if several fit', () => {
		const g = berlin();
		expect(g.passend).toEqual(['EPSG:25832', 'EPSG:25833']);
		expect(gewaehltesSystem(g, {})?.kennung).toBe('EPSG:25832');
		expect(gewaehltesSystem(g, {}, { mitte: [13.4, 52.5], was: 'den Angeboten' })?.kennung).toBe('EPSG:25833');
		expect(gewaehltesSystem({ ...g, erklaert: true }, {}, { mitte: [13.4, 52.5], was: 'den Angeboten' })?.kennung).toBe('EPSG:25832');
		expect(gewaehltesSystem({ ...g, passend: ['EPSG:25832'] }, {}, { mitte: [13.4, 52.5], was: 'den Angeboten' })?.kennung).toBe('EPSG:25832');
	});
});

describe('the atlas’s geometry from a boundary file', () => {
	const roh = (features: Feature<Geometry | null, Record<string, unknown>>[]) => leseGeoJson('b.geojson', json(features));
	it('without a system: says so, or that the axes are swapped', () => {
		const g = roh(drei());
		expect(texte(alsBezirksgeometrie({ ...g, system: null }, { codeFeld: 'nr' }).meldungen)).toEqual(['Datei „b.geojson“: Das Koordinatensystem ist nicht erkennbar; bitte angeben, in welchem System die Datei vorliegt.']);
		const getauscht = roh(drei().map((f) => ({ ...f, geometry: { type: 'Polygon', coordinates: (f.geometry as Polygon).coordinates.map((r) => r.map(([x, y]) => [y, x])) } })));
		const r = alsBezirksgeometrie(getauscht, { codeFeld: 'nr' });
		expect(r.geometrie).toBeNull();
		expect(texte(r.meldungen)).toEqual(['Datei „b.geojson“: Die Koordinaten liegen nur mit vertauschten Achsen in Deutschland (Breite vor Länge, oder Hochwert vor Rechtswert). GeoJSON verlangt Länge vor Breite; bitte im GIS korrigieren.']);
	});
	it('outside Germany: the place it landed, after the notices of the reading', () => {
		const g = roh([feature(quadrat(2.35, 48.86), { nr: '1' })]);
		const r = alsBezirksgeometrie({ ...g, hinweise: [{ schwere: 'warnung', datei: 'b.geojson', text: 'vorher' }] }, { codeFeld: 'nr' });
		expect(r.geometrie).toBeNull();
		expect(texte(r.meldungen)[0]).toBe('Datei „b.geojson“: vorher');
		expect(texte(r.meldungen)[1]).toMatch(/^Datei „b\.geojson“: Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 \(WGS84 \(Grad\)\) nicht in Deutschland, sondern bei 48,9° N, 2,4° O/);
	});
	it('converts to degrees rounded to 7 decimals (about 1 cm), codes as text, names as text or none', () => {
		const g = leseGeoJson('b.geojson', json([feature(utm(quadrat(10.3, 47.72)), { nr: 10, name: 5 }), feature(utm(quadrat(10.32, 47.72)), { nr: '20', name: null }), feature(utm(quadrat(10.34, 47.72)), { nr: '30' })], 'EPSG:25832'));
		const r = alsBezirksgeometrie(g, { codeFeld: 'nr', nameFeld: 'name' });
		expect(r.geometrie?.features.map((f) => [f.properties.code, f.properties.name])).toEqual([['10', '5'], ['20', '20'], ['30', '30']]);
		const ecke = (r.geometrie!.features[0].geometry as Polygon).coordinates[0][1];
		expect(ecke[0]).toBeCloseTo(10.31, 6);
		expect(ecke[1]).toBeCloseTo(47.72, 6);
		for (const x of ecke) expect(Math.round(x * 1e7) / 1e7).toBe(x);
		expect(ecke.map((x) => String(x).split('.')[1].length <= 7)).toEqual([true, true]);
	});
	it('a geometry that is no area is left for the check to name', () => {
		const r = alsBezirksgeometrie(roh([...drei(), feature({ type: 'Point', coordinates: [10.31, 47.73] }, { nr: '4' })]), { codeFeld: 'nr' });
		expect(r.geometrie).toBeNull();
		expect(texte(r.meldungen).join('\n')).toContain('features[3]');
	});

	describe('codes given twice', () => {
		const vier = (name = (i: number) => `N${i}`) => roh([0, 1, 2, 3, 4].map((i) => feature(quadrat(10.3 + i / 100, 47.72), { nr: String(1 + (i % 2 ? 0 : 1)), fid: `F${i}`, name: name(i) })));
		it('in more than three codes: the first three are named, with how many more', () => {
			const g = roh([0, 1, 2, 3, 4, 5, 6, 7].map((i) => feature(quadrat(10.3 + i / 100, 47.72), { nr: String(i % 4) })));
			const r = alsBezirksgeometrie(g, { codeFeld: 'nr' });
			expect(r.meldungen.map((m) => m.weitere)).toEqual([undefined, undefined, 1, undefined]);
			expect(texte(r.meldungen)[2]).toBe('Datei „b.geojson“, Feld „features[6].properties.nr“: Der Wert „2“ des Attributs „nr“ steht in Feature 3 (features[2]) und Feature 7 (features[6]); jede Fläche braucht eine eigene Bezirksnummer. (und 1 weitere Fläche)');
			expect(texte(r.meldungen)[3]).toBe('Datei „b.geojson“: Weiter geht es so: die Teile je Nummer zu einer Fläche vereinen, die doppelten Flächen weglassen (die erste je Nummer bleibt) oder ein anderes Attribut als Bezirksnummer wählen.');
			expect(r.doppelte).toEqual({ attribut: 'nr', codes: [['0', [0, 4]], ['1', [1, 5]], ['2', [2, 6]], ['3', [3, 7]]], eindeutig: [] });
		});
		it('three times over: every feature named, the unique attributes offered', () => {
			const r = alsBezirksgeometrie(vier(), { codeFeld: 'nr' });
			expect(texte(r.meldungen)).toEqual([
				'Datei „b.geojson“, Feld „features[2].properties.nr“: Der Wert „2“ des Attributs „nr“ steht in Feature 1 (features[0]) und Feature 3 (features[2]) und Feature 5 (features[4]); jede Fläche braucht eine eigene Bezirksnummer.',
				'Datei „b.geojson“, Feld „features[3].properties.nr“: Der Wert „1“ des Attributs „nr“ steht in Feature 2 (features[1]) und Feature 4 (features[3]); jede Fläche braucht eine eigene Bezirksnummer.',
				'Datei „b.geojson“: Weiter geht es so: die Teile je Nummer zu einer Fläche vereinen, die doppelten Flächen weglassen (die erste je Nummer bleibt) oder ein anderes Attribut als Bezirksnummer wählen – eindeutig sind „fid“, „name“.'
			]);
		});
		it('joined on request: one MultiPolygon of all parts, in order, and said so', () => {
			const r = alsBezirksgeometrie(vier(), { codeFeld: 'nr', doppelteVereinen: true });
			expect(r.geometrie?.features.map((f) => [f.properties.code, f.geometry.type, (f.geometry as { coordinates: unknown[] }).coordinates.length])).toEqual([['2', 'MultiPolygon', 3], ['1', 'MultiPolygon', 2]]);
			const teile = (r.geometrie!.features[0].geometry as unknown as { coordinates: Position[][][] }).coordinates.map((p) => p[0][0][0]);
			expect(teile.map((x) => Math.round(x * 100))).toEqual([1030, 1032, 1034]);
			expect(texte(r.meldungen)).toEqual([
				'Datei „b.geojson“: Vereint: Feature 1 (features[0]) und Feature 3 (features[2]) und Feature 5 (features[4]) mit der Bezirksnummer „2“ (Attribut „nr“) sind eine Fläche aus 3 Teilen.',
				'Datei „b.geojson“: Vereint: Feature 2 (features[1]) und Feature 4 (features[3]) mit der Bezirksnummer „1“ (Attribut „nr“) sind eine Fläche aus 2 Teilen.'
			]);
		});
		it('dropped on request: the first of each code stays, the others are named', () => {
			const r = alsBezirksgeometrie(vier(), { codeFeld: 'nr', nameFeld: 'name', doppelteWeglassen: true });
			expect(r.geometrie?.features.map((f) => [f.properties.code, f.properties.name, f.geometry.type])).toEqual([['2', 'N0', 'Polygon'], ['1', 'N1', 'Polygon']]);
			expect(texte(r.meldungen)).toEqual([
				'Datei „b.geojson“: Weggelassen: Feature 3 (features[2]), Feature 5 (features[4]) mit der Bezirksnummer „2“ (Attribut „nr“); es gilt Feature 1 (features[0]).',
				'Datei „b.geojson“: Weggelassen: Feature 4 (features[3]) mit der Bezirksnummer „1“ (Attribut „nr“); es gilt Feature 2 (features[1]).'
			]);
		});
		it('parts alike in code and name but not in shape are one district, joined unasked', () => {
			const r = alsBezirksgeometrie(vier((i) => (i % 2 ? 'West' : 'Ost')), { codeFeld: 'nr', nameFeld: 'name' });
			expect(r.geometrie?.features.map((f) => [f.properties.code, f.properties.name, f.geometry.type])).toEqual([['2', 'Ost', 'MultiPolygon'], ['1', 'West', 'MultiPolygon']]);
			expect(texte(r.meldungen)[0]).toBe('Datei „b.geojson“: Vereint: Feature 1 (features[0]) und Feature 3 (features[2]) und Feature 5 (features[4]) mit der Bezirksnummer „2“ (Attribut „nr“) und demselben Namen „Ost“ sind eine Fläche aus 3 Teilen.');
		});
		it('the same code and name but another name in one part, or the same shape twice, is for the user to decide', () => {
			const anders = alsBezirksgeometrie(vier((i) => (i === 4 ? 'Anders' : i % 2 ? 'West' : 'Ost')), { codeFeld: 'nr', nameFeld: 'name' });
			expect(anders.doppelte?.codes).toEqual([['2', [0, 2, 4]]]);
			const kopie = roh([feature(quadrat(10.3, 47.72), { nr: '1', name: 'A' }), feature(quadrat(10.3, 47.72), { nr: '1', name: 'A' })]);
			expect(alsBezirksgeometrie(kopie, { codeFeld: 'nr', nameFeld: 'name' }).doppelte?.codes).toEqual([['1', [0, 1]]]);
			expect(alsBezirksgeometrie(vier((i) => (i % 2 ? 'West' : 'Ost')), { codeFeld: 'nr' }).doppelte?.codes.length).toBe(2);
		});
		it('a MultiPolygon part adds its polygons', () => {
			const zwei: Geometry = { type: 'MultiPolygon', coordinates: [quadrat(10.32, 47.72).coordinates, quadrat(10.34, 47.72).coordinates] };
			const r = alsBezirksgeometrie(roh([feature(quadrat(10.3, 47.72), { nr: '1' }), feature(zwei, { nr: '1' })]), { codeFeld: 'nr', doppelteVereinen: true });
			const teile = (r.geometrie!.features[0].geometry as unknown as { coordinates: Position[][][] }).coordinates;
			expect(teile.map((p) => Math.round(p[0][0][0] * 100))).toEqual([1030, 1032, 1034]);
		});
		it('features without a code are not a code given twice: the check names them', () => {
			const r = alsBezirksgeometrie(roh([feature(quadrat(10.3, 47.72), { nr: '' }), feature(quadrat(10.32, 47.72), { nr: ' ' }), feature(quadrat(10.34, 47.72), { nr: '3' })]), { codeFeld: 'nr' });
			expect(r.doppelte).toBeUndefined();
			expect(texte(r.meldungen)[0]).toBe('Datei „b.geojson“, Feld „features[0].properties.nr“: Die Eigenschaft „nr“ (Bezirksnummer) fehlt.');
		});
		it('a part that is no polygon is not joined: the check names it', () => {
			const g = roh([feature(quadrat(10.3, 47.72), { nr: '1' }), feature({ type: 'Point', coordinates: [10.31, 47.73] }, { nr: '1' })]);
			const r = alsBezirksgeometrie(g, { codeFeld: 'nr', doppelteVereinen: true });
			expect(r.geometrie?.features.map((f) => f.geometry.type)).toEqual(['Polygon']);
			const h = roh([feature({ type: 'Point', coordinates: [10.31, 47.73] }, { nr: '1' }), feature(quadrat(10.3, 47.72), { nr: '1' })]);
			expect(alsBezirksgeometrie(h, { codeFeld: 'nr', doppelteVereinen: true }).geometrie).toBeNull();
			const ohne = roh([feature(quadrat(10.3, 47.72), { nr: '1' }), feature(null, { nr: '1' })]);
			expect(alsBezirksgeometrie(ohne, { codeFeld: 'nr', doppelteVereinen: true }).geometrie?.features.map((f) => f.geometry.type)).toEqual(['Polygon']);
		});
	});

	describe('boundaries for the codes loaded so far', () => {
		const bisher = alsBezirksgeometrie(roh(drei()), { codeFeld: 'nr' }).geometrie!;
		const verschoben = (dy: number, nr = (i: number) => String(i + 1)) => roh(drei().map((f, i) => ({ ...f, geometry: quadrat(10.3 + i * 0.02, 47.72 + dy), properties: { nr: nr(i) } })));
		it('must lie where those lay: 30 km away is refused, naming the distance', () => {
			const r = alsBezirksgeometrie(verschoben(0.4), { codeFeld: 'nr' }, undefined, bisher);
			expect(r.geometrie).toBeNull();
			expect(texte(r.meldungen)).toEqual(['Datei „b.geojson“: Die Flächen liegen 44 km vom bisherigen Stadtgebiet entfernt, tragen aber dieselben Bezirksnummern; falsche Datei oder falsches Koordinatensystem?']);
			expect(alsBezirksgeometrie(verschoben(0.25), { codeFeld: 'nr' }, undefined, bisher).geometrie).not.toBeNull();
		});
		it('other codes may lie elsewhere (another city)', () => {
			expect(alsBezirksgeometrie(verschoben(0.4, (i) => `9${i}`), { codeFeld: 'nr' }, undefined, bisher).geometrie).not.toBeNull();
			expect(alsBezirksgeometrie(verschoben(0.4, (i) => (i === 2 ? '3' : `9${i}`)), { codeFeld: 'nr' }, undefined, bisher).geometrie).toBeNull();
		});
	});
});
