/** From a mapped table to a source of the own data, or to the findings that keep it out. */
import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { Feature, Polygon } from 'geojson';
import type { Database } from '../database';
import { meldungstext } from '../meldungen';
import { quelleAusGeometrie, quelleAusTabelle } from './quelle';
import { leseGeoJson } from './geometrieImport';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { gelesen } from './testing/gelesen';
import { prjUtm32 } from '../../../../scripts/testdateien/shapefile';

/** The conversion of these tables asks no database (only a register extract would). */
const KEINE_DB = null as unknown as Database;

function roh(kopf: string[], zeilen: Zelle[][], mehr: Partial<Rohtabelle> = {}): Rohtabelle {
	return gelesen('bezirke.csv', kopf, zeilen, { format: 'UTF-8, Trennzeichen Semikolon', ...mehr });
}

describe('quelleAusTabelle', () => {
	it('names the required fields the mapping leaves open', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']]), { ziel: 'stadtbezirk', spalten: { code: 0 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen.map((m) => [m.schwere, m.text])).toEqual([['fehler', 'Noch nicht zugeordnet: Name des Stadtbezirks.']]);
		const zwei = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']]), { ziel: 'stadtbezirk', spalten: {} }, KEINE_DB);
		expect(zwei.meldungen.map((m) => m.text)).toEqual(['Noch nicht zugeordnet: Bezirksnummer, wie die Stadt sie führt, Name des Stadtbezirks.']);
	});

	it('refuses to convert a file read only in part', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']], { vorschau: true }), { ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen[0].text).toBe('Die Datei ist zu groß, um sie als diese Tabellenart im Browser umzuwandeln; nur Melderegister-Auszüge dieser Größe werden von der Datenbank gelesen.');
	});

	it('hands a register extract, however large, to the database', async () => {
		const gefragt = new Error('Datenbank gefragt');
		const db = { registerFileBuffer: () => Promise.reject(gefragt) } as unknown as Database;
		const t = roh(['Bezirk', 'Geschlecht', 'Alter', 'Staatsangehörigkeit'], [['1', 'w', '40', 'TR']], { vorschau: true });
		const z = { ziel: 'register' as const, spalten: { stadtbezirk: 0, geschlecht: 1, alter: 2, staatsangehoerigkeit: 3 }, stichtag: '2024-12-31' };
		await expect(quelleAusTabelle(t, z, db)).rejects.toBe(gefragt);
	});

	it('makes a source of a table with warnings only', async () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '0', '15'], ['2024', '1', '10'], ['2024', '2', '5']]);
		const v = await quelleAusTabelle(t, { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } }, KEINE_DB);
		expect(v.meldungen.map((m) => m.schwere)).toEqual(['warnung']);
		expect(v.quelle?.zeilen).toBe(2);
	});

	it('keeps a table with faults out, but offers its districts', async () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '1', 'viele'], ['2024', '2', '5']]);
		const v = await quelleAusTabelle(t, { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen.some((m) => m.schwere === 'fehler' && m.zeile === 2)).toBe(true);
		expect(v.stadtbezirke).toEqual([{ code: '1' }, { code: '2' }]);
	});

	it('makes a source of a converted table, with the rows and columns its values came from', async () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '1', '10'], ['2023', '2', '5']]);
		const z = { ziel: 'bezirkszahl' as const, spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } };
		const v = await quelleAusTabelle(t, z, KEINE_DB);
		const q = v.quelle!;
		expect(q).toMatchObject({ teil: 'bezirkszahl', datei: 'bezirke.csv', format: 'UTF-8, Trennzeichen Semikolon', zeilen: 2, stichtage: ['2023-12-31', '2024-12-31'], zeileVon: [2, 3], zuordnung: z });
		expect(q.spalteVon).toEqual(expect.arrayContaining([['einwohner', 'Einwohner'], ['stadtbezirk', 'Bezirk']]));
		expect(q.inhalt.split('\n')[1]).toMatch(/^2024-12-31,1,10,/);
		expect(Date.parse(q.importiert)).not.toBeNaN();
		expect(v.stadtbezirke).toEqual([{ code: '1' }, { code: '2' }]);
		const zweite = await quelleAusTabelle(t, z, KEINE_DB);
		expect(zweite.quelle!.id).not.toBe(q.id);
		expect(q.id).toMatch(/^q[0-9a-z]+$/);
		expect(zweite.quelle!.id).toMatch(/^q[0-9a-z]+$/);
	});

	it('gives a table read without a format an empty one', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']], { format: undefined }), { ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } }, KEINE_DB);
		expect(v.quelle!.format).toBe('');
	});
});

describe('quelleAusGeometrie', () => {
	// Squares of about 700 m in Kempten, in degrees.
	const quadrat = (x: number, y: number, d = 0.01): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
	const drei = (): Feature<Polygon, Record<string, string>>[] => [[10.3, '1', 'Nord'], [10.32, '2', 'Süd'], [10.34, '3', 'Ost']].map(([x, nr, name]) => ({ type: 'Feature', geometry: quadrat(x as number, 47.72), properties: { nr: nr as string, name: name as string } }));
	const geojson = (features: unknown[], crs?: string) =>
		leseGeoJson('grenzen.geojson', new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}), features })));
	const codes = new Set(['1', '2', '3']);

	it('makes a source of the boundaries, in WGS84, named by the system they were read in', () => {
		const v = quelleAusGeometrie(geojson(drei()), { codeFeld: 'nr', nameFeld: 'name' }, codes, null);
		const q = v.quelle!;
		expect(q).toMatchObject({ teil: 'geometrie', datei: 'grenzen.geojson', format: 'EPSG:4326', zeilen: 3, stichtage: [] });
		expect(q.id).toMatch(/^q[0-9a-z]+$/);
		expect(Date.parse(q.importiert)).not.toBeNaN();
		const inhalt = JSON.parse(q.inhalt);
		expect(inhalt.features.map((f: Feature) => [f.properties!.code, f.properties!.name])).toEqual([['1', 'Nord'], ['2', 'Süd'], ['3', 'Ost']]);
	});

	it('names a system of the file\'s own by its parameters, and one chosen by hand by its code', () => {
		const eigen = proj4('EPSG:4326', proj4.Proj(prjUtm32(1_500_000)) as never);
		const umgerechnet = drei().map((f) => ({ ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map((p) => eigen.forward(p))) } }));
		expect(quelleAusGeometrie(geojson(umgerechnet, prjUtm32(1_500_000)), { codeFeld: 'nr' }, codes, null).quelle?.format).toBe('Transversale Mercator-Projektion, Mittelmeridian 9°, Rechtswert-Zuschlag 1.500.000 m, Maßstab 0,9996');
		const utm = proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs');
		const ohneCrs = drei().map((f) => ({ ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((r) => r.map((p) => utm.forward(p))) } }));
		expect(quelleAusGeometrie(geojson(ohneCrs), { codeFeld: 'nr', system: 'EPSG:25832' }, codes, null).quelle?.format).toBe('EPSG:25832');
	});

	it('keeps boundaries out that cannot be used, with the findings and what to do about a code given twice', () => {
		const doppelt = drei().map((f, i) => (i === 2 ? { ...f, properties: { ...f.properties, nr: '1' } } : f));
		const v = quelleAusGeometrie(geojson(doppelt), { codeFeld: 'nr' }, codes, null);
		expect(v.quelle).toBeNull();
		expect(v.doppelte).toBeDefined();
		expect(v.meldungen.some((m) => m.schwere === 'fehler')).toBe(true);
		const ohneFeld = quelleAusGeometrie(geojson(drei()), { codeFeld: 'schluessel' }, codes, null);
		expect(ohneFeld.quelle).toBeNull();
		expect(ohneFeld.meldungen.map(meldungstext)[0]).toBe('Datei „grenzen.geojson“, Feld „features[0].properties.schluessel“: Die Eigenschaft „schluessel“ (Bezirksnummer) fehlt.');
	});
});
