/**
 * The default data set must reproduce the published city figures through the very SQL the dashboard
 * runs (KIK 2021 "Die Ausgangslage"; Kreisbote on the Faktencheck 2017), and the tables prepared at
 * build time must give the browser exactly what loading the CSV files gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, cp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standarddaten, DEFAULT_DIR, type Standarddaten } from './testing/defaultData';
import { haeufigsteStaatsangehoerigkeiten } from './abfragen/staatsangehoerigkeiten';
import { stadtbezirke } from './abfragen/stadtbezirke';
import { Koordinator } from './abfragen/koordinator';
import { nodeDatabase } from './duckdb/node';
import { ladeVorbereitet, pruefeVorbereitung } from './laden/vorbereitet';
import { stadtteilgruppen, stadtteiltabelle } from './abfragen/stadtteile';
import { frageIndikatortabelle } from './indikatortabelle';
import { GESAMTSTADT } from './schema';
import { kleineZahlen } from './laden/kleineZahlen';
import { wertAus, werteFuer } from '../analysis/indikatorwerte';
import { bezirksprofil } from '../analysis/profil';
import { bereiteVor } from '../../../scripts/vorbereiten';
import { letzterSchutz } from './ableitung/ableitung';
import type { Schutzbericht } from './ableitung/schutz/schutz';

let d: Standarddaten;
let schutz: Schutzbericht;
beforeAll(async () => {
	// As the browser loads the CSV files when the prepared tables are missing: with its limit of LP work.
	d = await standarddaten();
	schutz = letzterSchutz!;
});

const oneDecimal = (x: number | null) => Math.round((x ?? NaN) * 10) / 10;
const cityValue = (stichtag: string, indikator: string) => wertAus(d.tabelle, stichtag, indikator, GESAMTSTADT);

describe('default data: 31.12.2020 as published in the KIK', () => {
	const t = '2020-12-31';
	it('has 70 787 inhabitants, 27 027 (38.2 %) with migration background', () => {
		expect(cityValue(t, 'einwohner')).toBe(70_787);
		expect(cityValue(t, 'mh_anzahl')).toBe(27_027);
		expect(oneDecimal(cityValue(t, 'mh_anteil'))).toBe(38.2);
	});
	it('has 11 689 Ausländer*innen (16.5 %), 45.2 % of them from EU states, 54.8 % from third countries', () => {
		expect(cityValue(t, 'auslaender_anzahl')).toBe(11_689);
		expect(oneDecimal(cityValue(t, 'auslaender_anteil'))).toBe(16.5);
		expect(oneDecimal(cityValue(t, 'eu_anteil'))).toBe(45.2);
		expect(oneDecimal(cityValue(t, 'drittstaat_anteil'))).toBe(54.8);
	});
	it('has 7.3 % Aussiedler*innen and 1 376 people with Fluchthintergrund (2 %)', () => {
		expect(oneDecimal(cityValue(t, 'aussiedler_anteil'))).toBe(7.3);
		expect(cityValue(t, 'flucht_anzahl')).toBe(1_376);
		expect(Math.round(cityValue(t, 'flucht_anteil')!)).toBe(2);
	});
	it('has 125 nationalities, the five most frequent being Türkei, Italien, Rumänien, Polen, Syrien', async () => {
		expect(cityValue(t, 'staatsangehoerigkeiten')).toBe(125);
		const top = await haeufigsteStaatsangehoerigkeiten(d.k, t, 5);
		expect(top.map((s) => s.name)).toEqual(['Türkei', 'Italien', 'Rumänien', 'Polen', 'Syrien']);
	});
	it('has refugees from Syrien ca. 25 %, Afghanistan 15 %, Nigeria 10 %, Eritrea 7 %, Kosovo 6 %', async () => {
		const top = await haeufigsteStaatsangehoerigkeiten(d.k, t, 5, true);
		expect(top.map((s) => [s.name, Math.round(s.anteil ?? NaN)])).toEqual([
			['Syrien', 25],
			['Afghanistan', 15],
			['Nigeria', 10],
			['Eritrea', 7],
			['Kosovo', 6]
		]);
	});
});

describe('default data: 31.12.2017 as reported for the Faktencheck 2017', () => {
	it('has 70 157 inhabitants, 26 064 with migration background, 10 989 Ausländer*innen', () => {
		const t = '2017-12-31';
		expect([cityValue(t, 'einwohner'), cityValue(t, 'mh_anzahl'), cityValue(t, 'auslaender_anzahl')]).toEqual([70_157, 26_064, 10_989]);
	});
});

describe('default data: confidentiality', () => {
	it('leaves no count below its threshold of 3 in any table a view can read', async () => {
		const klein = await kleineZahlen(d.db, 3);
		expect(klein.funde).toEqual([]);
	});
	it('audits every primary cell by LP within the browser\'s limit of work, and leaves none too narrow', () => {
		expect(schutz.primaer).toBeGreaterThan(20_000);
		expect(schutz.ungeprueft).toBe(0);
		expect(schutz.geprueft).toBe(schutz.primaer);
		expect(schutz.zuEng).toEqual([]);
	});
});

describe('default data: structure', () => {
	it('covers the Stichtage 2016 to 2020 and the 47 Stadtbezirke', async () => {
		expect(d.tabelle.stichtage).toEqual(['2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31']);
		expect(await stadtbezirke(d.k)).toHaveLength(47);
		expect(d.tabelle.codes).toHaveLength(48);
	});
	it('counts the United Kingdom as EU until 31.01.2020 and Croatia as EU', async () => {
		const eu = (iso: string, t: string) =>
			d.db.query<{ eu: boolean }>(`SELECT DISTINCT eu FROM kennzahl_staat WHERE staatsangehoerigkeit = ? AND stichtag LIKE ?`, [iso, t]);
		expect(await eu('GB', '2019-12-31')).toEqual([{ eu: true }]);
		expect(await eu('GB', '2020-12-31')).toEqual([{ eu: false }]);
		expect(await eu('HR', '%')).toEqual([{ eu: true }]);
	});
	it('puts Thingers above and the rural Bezirke 60, 61, 70 below the city share of MH', () => {
		const stadt = cityValue('2020-12-31', 'mh_anteil')!;
		const of = (code: string) => wertAus(d.tabelle, '2020-12-31', 'mh_anteil', code)!;
		for (const code of ['40', '41', '43']) expect(of(code)).toBeGreaterThan(stadt);
		for (const code of ['60', '61', '70']) expect(of(code)).toBeLessThan(stadt * 0.7);
	});
	it('gives the change against any earlier Stichtag in percentage points, none without a base', () => {
		const stadt = (basis: string | null) => werteFuer(d.tabelle, '2020-12-31', 'mh_anteil', basis).find((w) => w.code === GESAMTSTADT)!;
		expect(stadt('2019-12-31').veraenderung).toBeCloseTo(cityValue('2020-12-31', 'mh_anteil')! - cityValue('2019-12-31', 'mh_anteil')!, 12);
		expect(stadt('2017-12-31').veraenderung).toBeCloseTo(cityValue('2020-12-31', 'mh_anteil')! - cityValue('2017-12-31', 'mh_anteil')!, 12);
		expect(stadt(null).veraenderung).toBeNull();
	});
	it('ranks a district among the 47 and shows the city value beside it', () => {
		const mh = bezirksprofil(d.tabelle, '2020-12-31', null, '41').find((p) => p.indikator.id === 'mh_anteil')!;
		expect(mh.anzahl).toBe(47);
		expect(mh.rang).toBeGreaterThanOrEqual(1);
		expect(mh.rang).toBeLessThanOrEqual(5);
		expect(oneDecimal(mh.stadtwert)).toBe(38.2);
	});
});

describe('default data: offers and residential points', () => {
	it('holds the real places of the reference list and three example offers per Stadtteil, labelled as such', async () => {
		const zeilen = await d.db.query<{ beispiel: boolean; n: number; ohne_lage: number }>(
			`SELECT beispiel, count(*) AS n, count(*) FILTER (WHERE lat IS NULL) AS ohne_lage FROM einrichtung GROUP BY beispiel ORDER BY beispiel`
		);
		expect(zeilen).toEqual([
			{ beispiel: false, n: 33, ohne_lage: 2 },
			{ beispiel: true, n: 24, ohne_lage: 0 }
		]);
		const jeStadtteil = await d.db.query<{ stadtteil: string; n: number }>(
			`SELECT b.stadtteil, count(*) AS n FROM einrichtung e JOIN stadtbezirk b ON b.code = regexp_extract(e.name, 'Bezirk ([0-9]+)', 1) WHERE e.beispiel GROUP BY 1 ORDER BY 1`
		);
		expect(jeStadtteil.map((z) => z.n)).toEqual(Array(8).fill(3));
		expect(await d.db.query(`SELECT count(*) AS n FROM einrichtung WHERE beispiel AND NOT starts_with(name, 'Beispiel:')`)).toEqual([{ n: 0 }]);
	});
	it('spreads exactly the latest Stichtag’s count of every group over each district’s residential points', async () => {
		const abweichungen = await d.db.query(`
			WITH w AS (SELECT stadtbezirk AS code, sum(einwohner) AS einwohner, sum(mh) AS mh, sum(unter18) AS unter18, sum(kinder) AS kinder, sum(jugendliche) AS jugendliche,
					sum(ab65) AS ab65, sum(frauen) AS frauen, sum(neuzugewandert) AS neuzugewandert, sum(flucht) AS flucht FROM wohnort GROUP BY 1)
			SELECT k.code FROM bezirk_kennzahl k JOIN w USING (code)
			WHERE k.stichtag = '2020-12-31' AND (w.einwohner, w.mh, w.unter18, w.kinder, w.jugendliche, w.ab65, w.frauen, w.neuzugewandert, w.flucht)
				IS DISTINCT FROM (k.einwohner, k.mh, k.unter18, k.kinder, k.jugendliche, k.ab65, k.frauen, k.neuzugewandert, k.flucht)`);
		expect(abweichungen).toEqual([]);
		expect(await d.db.query(`SELECT count(DISTINCT stadtbezirk) AS n FROM wohnort`)).toEqual([{ n: 47 }]);
		expect(await d.db.query(`SELECT count(*) AS n FROM wohnort WHERE mh > einwohner OR kinder + jugendliche <> unter18 OR neuzugewandert > mh`)).toEqual([{ n: 0 }]);
	});
});

describe('tables prepared at build time', () => {
	it('give the browser exactly the indicator table and answers that loading the CSV files gives', async () => {
		const ordner = await mkdtemp(join(tmpdir(), 'vorbereitet-'));
		await cp(DEFAULT_DIR, ordner, { recursive: true });
		const vorbereitung = await bereiteVor(ordner);
		expect(vorbereitung.indikatortabelle).toEqual(d.tabelle);
		expect(vorbereitung.stadtbezirke).toEqual(await stadtbezirke(d.k));
		// The Stadtteile's table too, as the page would ask DuckDB for it.
		expect(vorbereitung.stadtteiltabelle).toEqual(await stadtteiltabelle(d.k, stadtteilgruppen(vorbereitung.stadtbezirke), d.manifest.geheimhaltung.mindestEinwohner));
		expect(pruefeVorbereitung(JSON.parse(JSON.stringify(vorbereitung)), d.manifest.id)?.stadtteiltabelle?.codes).toHaveLength(stadtteilgruppen(vorbereitung.stadtbezirke).length + 1);
		expect(pruefeVorbereitung({ ...vorbereitung, stadtteiltabelle: { ...vorbereitung.stadtteiltabelle, werte: [] } }, d.manifest.id)).toBeNull();

		const db = await nodeDatabase();
		await ladeVorbereitet(db, vorbereitung, async (datei) => new Uint8Array(await readFile(join(ordner, datei))));
		const k = new Koordinator(db);
		expect(await frageIndikatortabelle(db)).toEqual(d.tabelle);
		expect(await haeufigsteStaatsangehoerigkeiten(k, '2018-12-31', 10, true)).toEqual(await haeufigsteStaatsangehoerigkeiten(d.k, '2018-12-31', 10, true));
		const typen = async (db2: typeof db) => (await db2.query<{ column_name: string; column_type: string }>(`DESCRIBE bevoelkerung`)).map((r) => `${r.column_name}:${r.column_type}`);
		expect(await typen(db)).toEqual(await typen(d.db));

		// Loaded again over existing tables: a broken file changes nothing, a good one replaces all.
		const lies = async (datei: string) => new Uint8Array(await readFile(join(ordner, datei)));
		const kaputt = (datei: string) => (datei === vorbereitung.tabellen.bevoelkerung ? Promise.resolve(new Uint8Array([1, 2, 3])) : lies(datei));
		await expect(ladeVorbereitet(db, vorbereitung, kaputt)).rejects.toThrow('vorbereitet-bevoelkerung.arrow');
		expect(await frageIndikatortabelle(db)).toEqual(d.tabelle);
		await ladeVorbereitet(db, vorbereitung, lies);
		expect(await frageIndikatortabelle(db)).toEqual(d.tabelle);
	});
});
