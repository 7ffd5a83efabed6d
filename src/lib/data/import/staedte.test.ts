/**
 * Published files of five cities (tests/fixtures/staedte/<stadt>/, faithful subsets of open data with
 * source, licence and commit beside them) pushed through the import as far as it reaches today. The
 * figures are asserted against erwartet.json, which a script beside each fixture computes from the raw
 * file alone. What does not go through yet is listed in tests/fixtures/staedte/README.md, not tested.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { zipSync } from 'fflate';
import type { Position } from 'geojson';
import { lese, type Eingelesen } from './lese';
import { wandleUm } from './umwandlung';
import { alsBezirksgeometrie, rateCodeFeld, type GeoRoh } from './geometrieImport';
import type { Rohtabelle } from './rohtabelle';
import type { Zuordnung } from './zuordnung';
import { erkenneZuordnung } from './erkennung';
import { meldungstext, type Meldung } from '../meldungen';

const ORDNER = join(import.meta.dirname, '../../../../tests/fixtures/staedte');
const bytes = (pfad: string) => new Uint8Array(readFileSync(join(ORDNER, pfad)));
const erwartet = (stadt: string) => JSON.parse(readFileSync(join(ORDNER, stadt, 'erwartet.json'), 'utf8'));

/** A Shapefile's parts as the user zips them before dropping them (the fixture keeps them unpacked, as published). */
const alsZip = (ordner: string) => zipSync(Object.fromEntries(readdirSync(join(ORDNER, ordner)).map((f) => [f, bytes(`${ordner}/${f}`)])));

async function tabelle(name: string, inhalt: Uint8Array, blatt?: string): Promise<Rohtabelle> {
	const e: Eingelesen = await lese(name, inhalt, blatt);
	if (e.art !== 'tabelle') throw new Error(`${name} ist keine Tabelle`);
	return e.roh;
}

async function grenzen(name: string, inhalt: Uint8Array): Promise<GeoRoh> {
	const e = await lese(name, inhalt);
	if (e.art !== 'geometrie') throw new Error(`${name} sind keine Grenzen`);
	return e.geo;
}

/** Errors among the messages (notices may be added as the import learns to explain more). */
const fehlerIn = (meldungen: readonly Meldung[]) => meldungen.filter((m) => m.schwere === 'fehler').map(meldungstext);

/** The converted district counts by code, as the atlas will load them. */
function umgewandelt(roh: Rohtabelle, z: Zuordnung) {
	const u = wandleUm(roh, z);
	const fehler = fehlerIn(u.meldungen);
	expect(fehler, fehler.join('\n')).toEqual([]);
	return { ...u, zahlen: new Map(csvParse(u.text).map((r) => [r.stadtbezirk, r])) };
}

/** Every corner of every area lies in the box (lon/lat degrees) around the city. */
function allePunkteIn(features: { geometry: { type: string; coordinates: unknown } }[], [w, s, o, n]: [number, number, number, number]): boolean {
	const punkte = features.flatMap((f) => (f.geometry.coordinates as Position[][][] | Position[][]).flat(f.geometry.type === 'MultiPolygon' ? 2 : 1) as Position[]);
	return punkte.length > 0 && punkte.every(([lon, lat]) => lon >= w && lon <= o && lat >= s && lat <= n);
}

describe('Berlin: LOR planning areas as a portal republishes them (English headers, GeoJSON in WGS84)', () => {
	const e = erwartet('berlin');
	const codes = new Set<string>(e.stadtbezirke.map((b: { code: string }) => b.code));

	it('reads the table and, mapped as a user maps English headers by hand, converts every count of 31.12.2019 as in the file', async () => {
		const roh = await tabelle('berlin-lor-population-2019-02-t1-planning-areas.csv', bytes('berlin/berlin-lor-population-2019-02-t1-planning-areas.csv'));
		expect(roh.format).toBe('UTF-8, Trennzeichen Komma');
		const spalte = (k: string) => roh.kopf.indexOf(k);
		const u = umgewandelt(roh, {
			ziel: 'bezirkszahl',
			spalten: { stadtbezirk: spalte('id'), einwohner: spalte('inhabitants'), mh: spalte('inhabitants_with_migration_background'), auslaender: spalte('inhabitants_foreigners') },
			stichtag: e.stichtag
		});
		expect(u.stichtage).toEqual([e.stichtag]);
		expect([...u.zahlen.keys()].sort()).toEqual([...codes].sort());
		for (const b of e.stadtbezirke) {
			const r = u.zahlen.get(b.code)!;
			expect([r.stichtag, Number(r.einwohner), Number(r.mh), Number(r.auslaender)], b.code).toEqual([e.stichtag, b.einwohner, b.mh, b.auslaender]);
		}
		const summe = (k: string) => [...u.zahlen.values()].reduce((s, r) => s + Number(r[k]), 0);
		expect([summe('einwohner'), summe('mh'), summe('auslaender')]).toEqual([e.summe.einwohner, e.summe.mh, e.summe.auslaender]);
		expect(Math.round((1000 * summe('mh')) / summe('einwohner')) / 10).toBe(Math.round(e.summe.mh_anteil * 10) / 10);
	});

	it('takes the planning areas as boundaries keyed by the table’s codes, in Berlin', async () => {
		const geo = await grenzen('berlin-lor-planning-areas-until-2020.geojson', bytes('berlin/berlin-lor-planning-areas-until-2020.geojson'));
		expect(geo.system?.kennung).toBe('EPSG:4326');
		expect(rateCodeFeld(geo, codes)).toBe('id');
		const p = alsBezirksgeometrie(geo, { codeFeld: 'id', nameFeld: 'name' }, codes);
		expect(fehlerIn(p.meldungen)).toEqual([]);
		const features = p.geometrie!.features;
		expect(features.map((f) => f.properties.code).sort()).toEqual(e.flaechen.codes);
		for (const b of e.stadtbezirke) expect(features.find((f) => f.properties.code === b.code)?.properties.name).toBe(b.name);
		expect(allePunkteIn(features, [13.08, 52.33, 13.77, 52.68])).toBe(true);
	});
});

describe('Hamburg: Stadtteile as the geodata portal publishes them (GeoJSON without crs)', () => {
	const e = erwartet('hamburg');

	it('takes the Stadtteile of Bezirk Eimsbüttel as boundaries with their codes and names, in Hamburg', async () => {
		const geo = await grenzen('hamburg-district-regions.geojson', bytes('hamburg/hamburg-district-regions.geojson'));
		expect(geo.system?.kennung).toBe('EPSG:4326');
		const codes = new Set<string>(e.stadtbezirke.map((b: { code: string }) => b.code));
		expect(rateCodeFeld(geo, codes)).toBe('id');
		const p = alsBezirksgeometrie(geo, { codeFeld: 'id', nameFeld: 'name' }, codes);
		expect(fehlerIn(p.meldungen)).toEqual([]);
		const features = p.geometrie!.features;
		expect(features.map((f) => [f.properties.code, f.properties.name]).sort()).toEqual(e.stadtbezirke.map((b: { code: string; name: string }) => [b.code, b.name]).sort());
		expect(allePunkteIn(features, [9.72, 53.39, 10.33, 53.75])).toBe(true);
	});
});

describe('Hamburg: the Stadtteil-Profile workbook (title, group row with the Stichtag, header, descriptions; names without codes)', () => {
	const e = erwartet('hamburg');

	it('joins the rows to the loaded Stadtteile by name, the Stichtag from the group heading, the Bezirk row of the same name not counted', async () => {
		const roh = await tabelle(e.datei, bytes(`hamburg/${e.datei}`));
		const bezirke = e.stadtbezirke.map((b: { code: string; name: string }) => ({ code: b.code, name: b.name }));
		const z = erkenneZuordnung(roh, new Set(bezirke.map((b: { code: string }) => b.code)), undefined, bezirke);
		expect([z.stichtag, z.stichtagAus]).toEqual([e.stichtag, 'titel']);
		expect(roh.kopf[z.spalten.stadtbezirk]).toBe('Stadtgebiet');
		const u = umgewandelt(roh, z);
		expect(u.zeilen).toBe(e.stadtbezirke.length);
		for (const b of e.stadtbezirke) {
			const r = u.zahlen.get(b.code)!;
			expect([r.stichtag, Number(r.einwohner), Number(r.mh), Number(r.auslaender)], b.name).toEqual([e.stichtag, b.einwohner, b.mh, b.auslaender]);
		}
	});
});

describe('Bremen: the Ortsteilatlas workbook (multi-row headers, years as columns) and Ortsteile as a Shapefile', () => {
	const e = erwartet('bremen');

	it('converts the inhabitants of 31.12.2018 of every Ortsteil from the column a user picks (the first block’s „2018“)', async () => {
		const roh = await tabelle('Bremen_Datentabelle_Ortsteilatlas.xlsx', bytes('bremen/Bremen_Datentabelle_Ortsteilatlas.xlsx'));
		expect(roh.blatt).toBe('Bevölkerung (Absolute Werte)');
		// erwartet.py counts spreadsheet columns from 1, the mapping from 0
		const u = umgewandelt(roh, { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, name: 1, einwohner: e.spalten.einwohner - 1 }, stichtag: e.stichtag, ebene: 'form:999' });
		expect(roh.kopf[e.spalten.einwohner - 1]).toContain('2018');
		for (const o of e.stadtbezirke) expect(Number(u.zahlen.get(o.code)?.einwohner), `${o.code} ${o.name}`).toBe(o.einwohner);
		expect(u.stadtbezirke.find((b) => b.code === '215')?.name).toBe('Gartenstadt Süd');
		// the city's own row has no code and is not read as a district
		expect(u.zahlen.has('')).toBe(false);
	});

	it('reads the Ortsteile Shapefile with its .prj as ETRS89 / UTM 32N, every area with its attributes', async () => {
		const geo = await grenzen('hb_ortsteile.zip', alsZip('bremen/hb_ortsteile'));
		expect(geo.system?.kennung).toBe('EPSG:25832');
		expect(geo.features).toHaveLength(e.flaechen.anzahl);
		expect(geo.features.map((f) => f.properties.SCH).sort()).toEqual(e.flaechen.liste.map((f: { SCH: string }) => f.SCH).sort());
	});
});

describe('Köln: the long table of the open-data portal (several tables, years and area levels in one file)', () => {
	const e = erwartet('koeln');

	it('reads the file with its header, every row and its umlauts', async () => {
		const roh = await tabelle('bevoelkerung-2011-2012.csv', bytes('koeln/bevoelkerung-2011-2012.csv'));
		expect(roh.format).toBe('UTF-8, Trennzeichen Komma');
		expect(roh.kopf).toEqual(['id', 'tab_id', 'tabelle', 'jahr', 'raum_id', 'raum', 'zei_id', 'zeile', 'zahl']);
		const stichtage = Object.keys(e.stichtage);
		const bezirke = e.stichtage[stichtage[0]].stadtbezirke.length;
		const teile = e.stichtage[stichtage[0]].stadtteile.anzahl;
		// city + Stadtbezirke + Stadtteile, each with its 8 counts (Einwohner, 2 × Geschlecht, 5 × Migrationshintergrund), each year
		expect(roh.zeilen).toHaveLength(stichtage.length * (1 + bezirke + teile) * 8);
		expect(roh.zeilen.some((z) => z[4] === '009' && z[5] === 'Mülheim')).toBe(true);
	});
});

describe('München: the Indikatorenatlas export (long table, code and name in one cell) and Stadtbezirke in EPSG:25832', () => {
	const e = erwartet('muenchen');

	it('reads the first sheet with numbers, each Basiswert beside its name as a row of its own, and converts every Stadtbezirk as in the file', async () => {
		const roh = await tabelle('export_be.xlsx', bytes('muenchen/export_be.xlsx'));
		expect(roh.blaetter).toEqual(['INHALT', 'BEVÖLKERUNG', 'IMPRESSUM']);
		expect(roh.blatt).toBe(e.blatt);
		const stichtage = Object.values(e.stichtage) as { stadtbezirke: unknown[] }[];
		// two indicators (MH, Nichtdeutsche) for the city and each Stadtbezirk, per Stichtag, each with numerator and denominator
		expect(roh.zeilen).toHaveLength(stichtage.reduce((n, s) => n + 2 * 2 * (1 + s.stadtbezirke.length), 0));
		const z = erkenneZuordnung(roh);
		expect(z.lang?.werte).toEqual({
			'Hauptwohnsitzbevölkerung (mit Migrationshintergrund) (deutsch und nichtdeutsch)': 'mh',
			'Hauptwohnsitzbevölkerung (deutsch und nichtdeutsch)': 'einwohner',
			'Hauptwohnsitzbevölkerung (nichtdeutsch)': 'auslaender'
		});
		const u = umgewandelt(roh, z);
		for (const [stichtag, s] of Object.entries(e.stichtage) as [string, { stadtbezirke: { code: string; name: string; einwohner: number; mh: number; auslaender: number }[] }][]) {
			const zeilen = csvParse(u.text).filter((r) => r.stichtag === stichtag);
			expect(zeilen).toHaveLength(s.stadtbezirke.length);
			for (const b of s.stadtbezirke) {
				const r = zeilen.find((x) => x.stadtbezirk === b.code)!;
				expect([Number(r.einwohner), Number(r.mh), Number(r.auslaender)], `${stichtag} ${b.code}`).toEqual([b.einwohner, b.mh, b.auslaender]);
			}
		}
		expect(u.stadtbezirke.find((b) => b.code === '01')?.name).toBe('Altstadt - Lehel');
	});

	it('reads the boundaries in the declared EPSG:25832 and guesses the district number attribute', async () => {
		const geo = await grenzen('bezirk_map.json', bytes('muenchen/bezirk_map.json'));
		expect(geo.system?.kennung).toBe('EPSG:25832');
		expect(geo.features).toHaveLength(e.flaechen.anzahl);
		expect(rateCodeFeld(geo, new Set(e.flaechen.codes))).toBe('sb_nummer');
	});

	it('joins the two features of Stadtbezirk 18, alike in number and name, into one area; without a name attribute it asks, naming the file’s attribute', async () => {
		const geo = await grenzen('bezirk_map.json', bytes('muenchen/bezirk_map.json'));
		const codes = new Set<string>(e.flaechen.codes);
		expect(fehlerIn(alsBezirksgeometrie(geo, { codeFeld: 'sb_nummer' }, codes).meldungen).join('\n')).toContain('des Attributs „sb_nummer“');
		expect(fehlerIn(alsBezirksgeometrie(geo, { codeFeld: 'sb_nummer', doppelteVereinen: true }, codes).meldungen)).toEqual([]);
		const p = alsBezirksgeometrie(geo, { codeFeld: 'sb_nummer', nameFeld: 'name' }, codes);
		expect(fehlerIn(p.meldungen)).toEqual([]);
		const features = p.geometrie!.features;
		expect(features.map((f) => f.properties.code).sort()).toEqual(e.flaechen.codes);
		const teile = geo.features.filter((f) => f.properties.sb_nummer === '18').length;
		expect(features.find((f) => f.properties.code === '18')?.geometry).toMatchObject({ type: 'MultiPolygon', coordinates: { length: teile } });
		expect(allePunkteIn(features, [11.36, 48.06, 11.72, 48.25])).toBe(true);
	});
});
