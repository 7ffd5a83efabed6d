/**
 * Boundary files as cities publish them: the coordinate system from the .prj's WKT (never its name),
 * from a GeoJSON's crs or from the ranges; the result in Germany and near the own data; the .dbf's
 * encoding; duplicate codes with the file's own attribute; multipolygons and holes kept. The Köln
 * files are real (tests/fixtures/grenzen/koeln), the others built here.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { meldungstext } from '../meldungen';
import { DEFAULT_DIR } from '../testing/defaultData';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { lese } from './lese';
import { alsBezirksgeometrie, eindeutigeAttribute, type GeoRoh } from './geometrieImport';
import { ausCrsName, ausWkt, nachWgs84Von } from './bezugssystem';
import { erkenneSystem, lagefehler, type Punkt } from './lage';
import { dbfKodierung } from './dbf';
import { bezugDerEigenenDaten } from './bezug';
import type { Arbeitsstand, Quelle } from '../arbeitsstand/arbeitsstand';
import { KATALOG, type Katalogkennung } from './koordinaten';
import { PRJ_25832, prjGaussKrueger, prjUtm32, schreibeShapefile } from '../../../../scripts/testdateien/shapefile';

const KOELN = join(import.meta.dirname, '../../../../tests/fixtures/grenzen/koeln');
const kempten = JSON.parse(readFileSync(join(DEFAULT_DIR, 'stadtbezirke.geojson'), 'utf8')) as Bezirksgeometrie;

async function geo(datei: string, bytes: Uint8Array): Promise<GeoRoh> {
	const e = await lese(datei, bytes);
	if (e.art !== 'geometrie') throw new Error('keine Geometrie');
	return e.geo;
}
const koeln = (f: string) => geo(f, new Uint8Array(readFileSync(join(KOELN, f))));
const texte = (m: readonly { schwere: string }[]) => m.map((x) => meldungstext(x as never));

const projiziert = (s: string, g: Polygon | MultiPolygon): Polygon | MultiPolygon => {
	const p = (q: Position) => proj4('EPSG:4326', s, [q[0], q[1]]);
	return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(p)) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((x) => x.map((r) => r.map(p))) };
};
const punkteIn = (s: string): Punkt[] => kempten.features.flatMap((f) => (projiziert(s, f.geometry) as Polygon).coordinates[0] as Punkt[]);
const enc = new TextEncoder();

describe('the .prj as full WKT', () => {
	it('reads Köln’s .prj, named “WGS_1984_UTM_Zone_32N” but with a false easting of 2 500 000, by its parameters', async () => {
		const g = await koeln('Stadtteil.zip');
		expect(g.erklaert).toBe(true);
		expect(g.system?.kennung).toBe('UTM32N-2500000');
		// Dellbrück's first vertex as published (2 364 381,66 / 5 650 893,79) lands in Köln, not 2° further east.
		const [lon, lat] = nachWgs84Von(g.system!)(g.features[1].geometry!.type === 'Polygon' ? (g.features[1].geometry as Polygon).coordinates[0][0] : [0, 0]);
		expect(lon).toBeCloseTo(7.05, 1);
		expect(lat).toBeCloseTo(50.97, 1);
	});

	it('reprojects Köln’s Stadtbezirke within a centimetre of the city’s own WGS84 conversion (ogr2ogr, 7 decimals)', async () => {
		const g = await koeln('Stadtbezirk.zip');
		const r = alsBezirksgeometrie(g, { codeFeld: 'STB_NR', nameFeld: 'STB_NAME' });
		const orakel = JSON.parse(readFileSync(join(KOELN, 'stadtbezirke.geojson'), 'utf8')) as FeatureCollection<Polygon, { STB_NR: string }>;
		expect(r.geometrie?.features.map((f) => f.properties.name)).toEqual(['Innenstadt', 'Nippes']);
		for (const f of r.geometrie!.features) {
			const soll = orakel.features.find((o) => o.properties.STB_NR === f.properties.code)!.geometry.coordinates[0];
			const ist = (f.geometry as Polygon).coordinates[0];
			expect(ist.length).toBe(soll.length);
			const abweichung = Math.max(...ist.map((p, i) => Math.max(Math.abs(p[0] - soll[i][0]), Math.abs(p[1] - soll[i][1]))));
			expect(abweichung).toBeLessThan(2e-7);
		}
	});

	const faelle: [string, string, Katalogkennung][] = [
		['ETRS89 / UTM 32N (ESRI)', PRJ_25832, 'EPSG:25832'],
		['zone-prefixed UTM 32N, false easting 32 500 000', prjUtm32(32_500_000), 'EPSG:4647'],
		['false easting 2 500 000', prjUtm32(2_500_000), 'UTM32N-2500000'],
		...[2, 3, 4, 5].map((z): [string, string, Katalogkennung] => [`Gauß-Krüger zone ${z} without TOWGS84`, prjGaussKrueger(z), `EPSG:3146${4 + z}` as Katalogkennung]),
		[
			'WKT2 of EPSG:5652-like zE-N',
			'PROJCRS["ETRS89 / UTM zone 32N (N-zE)",BASEGEOGCRS["ETRS89",DATUM["European Terrestrial Reference System 1989",ELLIPSOID["GRS 1980",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],CONVERSION["UTM zone 32N with prefix",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Longitude of natural origin",9,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",0.9996,SCALEUNIT["unity",1]],PARAMETER["False easting",32500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],AXIS["easting (E)",east],AXIS["northing (N)",north],LENGTHUNIT["metre",1]]',
			'EPSG:4647'
		],
		['Web Mercator', 'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]', 'EPSG:3857'],
		['WGS84 degrees', 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]', 'EPSG:4326']
	];
	for (const [was, wkt, soll] of faelle) it(`knows ${was} as ${soll}`, () => expect(ausWkt(wkt)?.kennung).toBe(soll));

	it('a name that says UTM 32N does not make it EPSG:25832: the parameters decide', () => {
		const irrefuehrend = prjUtm32(32_500_000);
		expect(irrefuehrend).toContain('ETRS_1989_UTM_Zone_32N');
		expect(ausWkt(irrefuehrend)?.kennung).not.toBe('EPSG:25832');
	});

	it('a system outside the catalogue is used as the file declares it and described by its parameters', () => {
		const s = ausWkt(prjUtm32(1_500_000))!;
		expect(s.kennung).toBe('WKT');
		expect(s.name).toBe('Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1.500.000 m, Maßstab 0,9996');
		expect(s.genannt).toBe('ETRS_1989_UTM_Zone_32N');
		const [lon, lat] = nachWgs84Von(s)([1_500_000 + 100_000, 5_300_000]);
		expect(lon).toBeCloseTo(10.32, 1);
		expect(lat).toBeCloseTo(47.83, 1);
	});

	it('refuses text that is no WKT, and a GeoJSON crs is read by its EPSG code', () => {
		expect(ausWkt('Lagestatus 310')).toBeNull();
		expect(ausCrsName('urn:ogc:def:crs:EPSG::25832')?.kennung).toBe('EPSG:25832');
		expect(ausCrsName('EPSG:5652')?.kennung).toBe('EPSG:4647');
		expect(ausCrsName('urn:ogc:def:crs:OGC:1.3:CRS84')?.kennung).toBe('EPSG:4326');
		expect(ausCrsName('urn:ogc:def:crs:EPSG::2056')).toBeNull();
	});

	it('reads a GeoJSON with a crs member in zone-prefixed metres', async () => {
		const fc = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4647' } }, features: kempten.features.map((f) => ({ ...f, geometry: projiziert('EPSG:4647', f.geometry) })) };
		const g = await geo('b.geojson', enc.encode(JSON.stringify(fc)));
		expect(g.system?.kennung).toBe('EPSG:4647');
		const r = alsBezirksgeometrie(g, { codeFeld: 'code' });
		expect(r.meldungen.filter((m) => m.schwere === 'fehler')).toEqual([]);
		const ist = (r.geometrie!.features[0].geometry as Polygon).coordinates[0][0];
		const soll = (kempten.features[0].geometry as Polygon).coordinates[0][0];
		expect(Math.abs(ist[0] - soll[0]) + Math.abs(ist[1] - soll[1])).toBeLessThan(1e-7);
	});
});

describe('the system from the coordinate ranges', () => {
	for (const s of ['EPSG:4326', 'EPSG:25832', 'EPSG:25833', 'EPSG:4647', 'EPSG:5650', 'EPSG:31467', 'EPSG:31468', 'EPSG:3857'] as Katalogkennung[])
		it(`detects Kempten's boundaries in ${s}`, () => expect(erkenneSystem(punkteIn(s)).passend[0]).toBe(s));

	it('detects Gauß-Krüger zones 2 and 5 by the first digit of 7-digit eastings', () => {
		const aachen: Punkt[] = [[6.08, 50.77], [6.12, 50.79]].map((p) => proj4('EPSG:4326', 'EPSG:31466', p) as Punkt);
		const goerlitz: Punkt[] = [[14.98, 51.15], [14.99, 51.16]].map((p) => proj4('EPSG:4326', 'EPSG:31469', p) as Punkt);
		expect(String(Math.round(aachen[0][0]))).toMatch(/^2\d{6}$/);
		expect(erkenneSystem(aachen).passend[0]).toBe('EPSG:31466');
		expect(erkenneSystem(goerlitz).passend[0]).toBe('EPSG:31469');
	});

	it('where 6-digit eastings fit UTM 32 and 33 alike, the one near the own data wins', () => {
		const berlin: Punkt[] = [[13.3, 52.45], [13.5, 52.55]].map((p) => proj4('EPSG:4326', 'EPSG:25833', p) as Punkt);
		expect(erkenneSystem(berlin).passend).toEqual(['EPSG:25832', 'EPSG:25833']);
		expect(erkenneSystem(berlin, { mitte: [13.4, 52.5], was: 'den Angeboten' }).passend[0]).toBe('EPSG:25833');
	});

	it('swapped axes are named', () => {
		const e = erkenneSystem(punkteIn('EPSG:25832').map(([x, y]) => [y, x]));
		expect(e).toEqual({ passend: ['EPSG:25832'], vertauscht: true });
	});
});

describe('whatever the system, the result lies in Germany and near the own data', () => {
	it('Köln without its .prj and EPSG:25832 chosen by hand is refused (it would land in Ukraine), saying where it landed and why', async () => {
		const g = await koeln('Stadtteil.zip');
		const ohne: GeoRoh = { ...g, system: null, erklaert: false };
		const r = alsBezirksgeometrie(ohne, { codeFeld: 'STT_NR', system: 'EPSG:25832' });
		expect(r.geometrie).toBeNull();
		expect(texte(r.meldungen)).toContain(
			'Datei „Stadtteil.zip“: Die Koordinaten liegen nach der Umrechnung mit EPSG:25832 (ETRS89 / UTM Zone 32N) nicht in Deutschland, sondern bei 48,1° N, 34,1° O, etwa 1.420 km östlich von Deutschland. Die Koordinaten passen zu UTM32N-2500000 (UTM Zone 32N mit Rechtswert-Zuschlag 2 500 000 (ohne EPSG-Code; z. B. ältere Kölner Daten)): vermutlich ist das verwendete Koordinatensystem falsch.'
		);
	});

	it('zone-prefixed eastings read as plain UTM name the zone number as the cause', () => {
		expect(lagefehler({ kennung: 'EPSG:25832', name: KATALOG['EPSG:25832'].name, definition: KATALOG['EPSG:25832'].definition }, punkteIn('EPSG:4647'))).toContain('beginnen mit der Zonenkennziffer „32“: vermutlich ist es EPSG:4647');
	});

	it('plain UTM eastings read as zone-prefixed name the missing zone number', () => {
		expect(lagefehler({ kennung: 'EPSG:4647', name: KATALOG['EPSG:4647'].name, definition: KATALOG['EPSG:4647'].definition }, punkteIn('EPSG:25832'))).toContain('Die Rechtswerte haben nur 6 Stellen, ohne Zonenkennziffer: vermutlich ist es EPSG:25832');
	});

	it('boundaries in Germany but far from the own offers are refused, naming the distance and the data', async () => {
		const g = await koeln('Stadtbezirk.zip');
		const r = alsBezirksgeometrie(g, { codeFeld: 'STB_NR' }, undefined, null, { mitte: [10.31, 47.72], was: 'den Angeboten aus „angebote.csv“' });
		expect(texte(r.meldungen)).toContain('Datei „Stadtbezirk.zip“: Die Flächen liegen nach der Umrechnung mit UTM32N-2500000 (UTM Zone 32N mit Rechtswert-Zuschlag 2 500 000 (ohne EPSG-Code; z. B. ältere Kölner Daten)) 434 km von den Angeboten aus „angebote.csv“ entfernt. Falsche Datei oder falsches Koordinatensystem?');
		expect(alsBezirksgeometrie(g, { codeFeld: 'STB_NR' }, undefined, null, { mitte: [6.95, 50.94], was: 'den Angeboten' }).geometrie).not.toBeNull();
	});
});

describe('the own data the new boundaries must lie near', () => {
	const quelle = (teil: Quelle['teil'], inhalt: string): Quelle => ({ id: teil, teil, datei: `${teil}.csv`, format: '', importiert: '', zeilen: 1, stichtage: [], inhalt });
	const stand = (...quellen: Quelle[]): Arbeitsstand => ({ version: 1, einstellungen: { stadt: '', titel: '', quelle: '', schwelle: 3, mindestEinwohner: 0 }, quellen, ohne: [] });

	it('are the own offers and boundaries, never the demo data', () => {
		expect(bezugDerEigenenDaten(null, kempten)).toBeNull();
		expect(bezugDerEigenenDaten(stand(), kempten)).toBeNull();
		const b = bezugDerEigenenDaten(stand(quelle('einrichtung', 'name,lat,lon\nTreff,50.94,6.96\nCafé,50.96,7.00\nOhne Ort,,\n')), kempten);
		expect(b).toEqual({ mitte: [6.98, 50.95], was: 'den Angeboten aus „einrichtung.csv“' });
		const g = bezugDerEigenenDaten(stand(quelle('geometrie', '')), kempten)!;
		expect(g.was).toBe('den bisherigen Bezirksgrenzen');
		expect(g.mitte[0]).toBeCloseTo(10.3, 0);
	});
});

describe('the .dbf encoding', () => {
	const attribute = [{ NR: '905', NAME: 'Dellbrück' }, { NR: '54', NAME: 'Bühl – Süd' }];
	const cp1252 = (t: string) => Uint8Array.from([...t].map((c) => ({ '–': 0x96 })[c] ?? c.charCodeAt(0)));
	const shape = (kodiere?: (t: string) => Uint8Array, treiber = 0) => schreibeShapefile(attribute.map((a, i) => ({ geometry: projiziert('EPSG:25832', kempten.features[i].geometry), attribute: a })), kodiere, treiber);
	const zip = (s: ReturnType<typeof shape>, cpg?: string) => zipSync({ 'a.shp': s.shp, 'a.shx': s.shx, 'a.dbf': s.dbf, 'a.prj': enc.encode(PRJ_25832), ...(cpg ? { 'a.cpg': enc.encode(cpg) } : {}) });
	const namen = async (z: Uint8Array) => (await geo('a.zip', z)).features.map((f) => f.properties.NAME);

	it('reads Köln’s Windows-1252 names without a .cpg: Dellbrück, Brück', async () => {
		const g = await koeln('Stadtteil.zip');
		expect(g.features.map((f) => f.properties.STT_NAME)).toEqual(expect.arrayContaining(['Dellbrück', 'Brück', 'Flittard']));
		expect(texte(g.hinweise)).toContain('Datei „Stadtteil.zip“: Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als Windows-1252 gelesen (so sagt es die .dbf-Datei). Bitte die Namen in der Vorschau prüfen.');
	});
	it('without .cpg: UTF-8 bytes as UTF-8, other bytes as Windows-1252 even without a language-driver byte', async () => {
		expect(await namen(zip(shape()))).toEqual(['Dellbrück', 'Bühl – Süd']);
		expect(await namen(zip(shape(cp1252)))).toEqual(['Dellbrück', 'Bühl – Süd']);
		expect(dbfKodierung(shape(cp1252).dbf)).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme' });
	});
	it('the language-driver byte names another code page (0xC9 = Windows-1251)', () => {
		expect(dbfKodierung(shape(cp1252, 0xc9).dbf)).toEqual({ kodierung: 'windows-1251', herkunft: 'sprachtreiber' });
	});
	it('with a .cpg, as it says (“1252”, “ANSI 1252”, “UTF-8”); an unknown one is named', async () => {
		expect(await namen(zip(shape(cp1252), '1252'))).toEqual(['Dellbrück', 'Bühl – Süd']);
		expect(await namen(zip(shape(cp1252), 'ANSI 1252'))).toEqual(['Dellbrück', 'Bühl – Süd']);
		expect(await namen(zip(shape(), 'UTF-8'))).toEqual(['Dellbrück', 'Bühl – Süd']);
		const g = await geo('a.zip', zip(shape(cp1252), 'Klingonisch'));
		expect(texte(g.hinweise)).toContain('Datei „a.zip“: Die Kodierung „Klingonisch“ aus „a.cpg“ ist unbekannt; die Attribute werden als windows-1252 gelesen. Bitte die Namen in der Vorschau prüfen.');
		expect(g.features[0].properties.NAME).toBe('Dellbrück');
	});
});

describe('a code given twice', () => {
	const doppelt = (): Uint8Array => {
		const features = kempten.features.slice(0, 4).map((f, i) => ({ ...f, properties: { id: i === 3 ? kempten.features[1].properties.code : f.properties.code, fid: `F${i}`, name: f.properties.name } }));
		return enc.encode(JSON.stringify({ type: 'FeatureCollection', features }));
	};

	it('names the file’s attribute and both features, and offers the unique attributes', async () => {
		const g = await geo('d.geojson', doppelt());
		const r = alsBezirksgeometrie(g, { codeFeld: 'id' });
		const c = kempten.features[1].properties.code;
		expect(texte(r.meldungen)).toContain(`Datei „d.geojson“, Feld „features[3].properties.id“: Der Wert „${c}“ des Attributs „id“ steht in Feature 2 (features[1]) und Feature 4 (features[3]); jede Fläche braucht eine eigene Bezirksnummer.`);
		expect(r.doppelte).toEqual({ attribut: 'id', codes: [[c, [1, 3]]], eindeutig: ['fid', 'name'] });
		expect(texte(r.meldungen).join()).not.toContain('„code“');
	});

	it('dropping the duplicate keeps the first area and says which was left out', async () => {
		const g = await geo('d.geojson', doppelt());
		const r = alsBezirksgeometrie(g, { codeFeld: 'id', doppelteWeglassen: true });
		expect(r.geometrie?.features.length).toBe(3);
		expect(texte(r.meldungen)).toContain(`Datei „d.geojson“: Weggelassen: Feature 4 (features[3]) mit der Bezirksnummer „${kempten.features[1].properties.code}“ (Attribut „id“); es gilt Feature 2 (features[1]).`);
	});

	it('another attribute as the code takes all areas', async () => {
		const g = await geo('d.geojson', doppelt());
		expect(eindeutigeAttribute(g)).toEqual(['fid', 'name']);
		expect(alsBezirksgeometrie(g, { codeFeld: 'fid' }).geometrie?.features.map((f) => f.properties.code)).toEqual(['F0', 'F1', 'F2', 'F3']);
	});

	it('in a Shapefile, names the attribute column and the records', async () => {
		const s = schreibeShapefile(kempten.features.slice(0, 3).map((f, i) => ({ geometry: projiziert('EPSG:25832', f.geometry), attribute: { SBZ: i === 2 ? '10' : f.properties.code } })));
		const g = await geo('s.zip', zipSync({ 's.shp': s.shp, 's.shx': s.shx, 's.dbf': s.dbf, 's.prj': enc.encode(PRJ_25832) }));
		expect(texte(alsBezirksgeometrie(g, { codeFeld: 'SBZ' }).meldungen)).toContain('Datei „s.zip“, Spalte „SBZ“: Der Wert „10“ des Attributs „SBZ“ steht in Datensatz 1 und Datensatz 3; jede Fläche braucht eine eigene Bezirksnummer.');
	});
});

describe('multipolygons and holes', () => {
	// A district of two parts, the first with a hole (an enclave), around Kempten's first centre.
	const [x, y] = (kempten.features[0].geometry as Polygon).coordinates[0][0];
	const quadrat = (x0: number, y0: number, d: number, innen = false): Position[] => {
		const r = [[x0, y0], [x0 + d, y0], [x0 + d, y0 + d], [x0, y0 + d], [x0, y0]];
		return innen ? r.reverse() : r;
	};
	const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: [[quadrat(x, y, 0.02), quadrat(x + 0.005, y + 0.005, 0.005, true)], [quadrat(x + 0.03, y, 0.01)]] };
	const pruefe = (g: Bezirksgeometrie['features'][number]['geometry']) => {
		expect(g.type).toBe('MultiPolygon');
		const c = (g as MultiPolygon).coordinates;
		expect(c.length).toBe(2);
		expect(c[0].length).toBe(2);
		expect(c[1].length).toBe(1);
		expect(Math.abs(c[0][1][0][0] - (x + 0.005)) + Math.abs(c[0][1][0][1] - (y + 0.005))).toBeLessThan(1e-6);
	};

	it('are kept from a Shapefile in EPSG:25832', async () => {
		const s = schreibeShapefile([{ geometry: projiziert('EPSG:25832', mp), attribute: { SBZ: '10' } }]);
		const g = await geo('m.zip', zipSync({ 'm.shp': s.shp, 'm.shx': s.shx, 'm.dbf': s.dbf, 'm.prj': enc.encode(PRJ_25832) }));
		pruefe(alsBezirksgeometrie(g, { codeFeld: 'SBZ' }).geometrie!.features[0].geometry);
	});

	it('are kept from a GeoJSON', async () => {
		const f: Feature = { type: 'Feature', properties: { code: '10' }, geometry: mp };
		const g = await geo('m.geojson', enc.encode(JSON.stringify({ type: 'FeatureCollection', features: [f] })));
		pruefe(alsBezirksgeometrie(g, { codeFeld: 'code' }).geometrie!.features[0].geometry);
	});
});
