/**
 * A register extract of a few hand-made persons aggregated in DuckDB as the import does it: the counts
 * as the canonical population table holds them, and every message with file, row and column. The
 * expected counts are worked out by hand from the persons written in each test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { meldungstext, warnung } from '../meldungen';
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, bandStart } from '../schema';
import { lese } from './lese';
import { aggregiereRegister } from './register';
import { personSql, REGISTER_DATEI, type Registerspalten } from './register.sql';
import type { Rohtabelle } from './rohtabelle';

let db: NodeDatabase;
beforeAll(async () => {
	db = await nodeDatabase();
});

const STICHTAG = '2021-12-31';
const KOPF = 'stichtag,stadtbezirk,geschlecht,altersgruppe,status,staatsangehoerigkeit,eu,fluchthintergrund,aufenthaltsdauer,anzahl';

/** The lists the checks compare with: HR joins the EU on the Stichtag, GB leaves it on the Stichtag. */
async function stammdaten(): Promise<void> {
	await db.exec(`CREATE OR REPLACE TABLE stadtbezirk AS SELECT * FROM (VALUES ('10'), ('42')) t(code)`);
	await db.exec(`CREATE OR REPLACE TABLE staat AS SELECT iso, CAST(b AS DATE) AS eu_beitritt, CAST(a AS DATE) AS eu_austritt
		FROM (VALUES ('DE', '1958-01-01', NULL), ('IT', '1958-01-01', NULL), ('TR', NULL, NULL), ('HR', '2021-12-31', NULL), ('GB', '1973-01-01', '2021-12-31')) t(iso, b, a)`);
}

/** A text extract read as the import reads it, then aggregated from its bytes. */
async function ausText(datei: string, text: string, spalten: Partial<Registerspalten>, stichtag = STICHTAG) {
	await stammdaten();
	const bytes = new TextEncoder().encode(text);
	const e = await lese(datei, bytes);
	if (e.art !== 'tabelle') throw new Error('keine Tabelle');
	return aggregiereRegister(db, e.roh, { ziel: 'register', spalten: spalten as Record<string, number>, stichtag }, bytes);
}

/** The canonical rows (without the header), in any order. */
const zeilen = (csv: string) => {
	const [kopf, ...rest] = csv.trimEnd().split('\n');
	expect(kopf).toBe(KOPF);
	return rest.sort();
};
const texte = (r: { meldungen: readonly Parameters<typeof meldungstext>[0][] }) => r.meldungen.map(meldungstext).sort();

const VOLL = { stadtbezirk: 0, geburtsjahr: 1, geschlecht: 2, staatsangehoerigkeit: 3, eingebuergert: 4, aussiedler: 5, mh_abgeleitet: 6, fluchthintergrund: 7, zuzugsjahr: 8 };

describe('aggregiereRegister', () => {
	it('counts each person once by district, sex, age band, status, citizenship, EU, flight and length of stay', async () => {
		const r = await ausText(
			'auszug.csv',
			[
				'Bezirk;Geburtsjahr;Geschlecht;Staatsangehörigkeit;Eingebürgert;Aussiedler;MH;Flucht;Zuzugsjahr',
				'42;1990;weiblich;DE;nein;nein;nein;nein;',
				'42;1990;W;de',
				'42;2000;m;DE;ja;nein;nein;nein;',
				'42;2000;männlich;DE;ja;x;nein;nein;',
				'42;2000;1;DE;NEIN;0;1;nein;',
				'10;1981;2;TR;ja;nein;nein;ja;2021',
				'"10";1981;divers;IT;nein;nein;nein;nein;2020',
				'10;1981;ohne Angabe;HR;;;;;2018',
				'10;1981;x;GB;;;;;2017',
				'10;1981;w;TR;;;;;',
				'10;1981;w;DE;;;;;1990'
			].join('\n') + '\n',
			VOLL
		);
		expect(r.meldungen).toEqual([]);
		expect(r.herkunft).toEqual({ datei: 'auszug.csv (zusammengefasst)' });
		expect(r).toMatchObject({ tabelle: 'bevoelkerung', zeilen: 11, stichtage: [STICHTAG] });
		// Ages at the Stichtag: 2021 − 1990 = 31, 2021 − 2000 = 21, 2021 − 1981 = 40. Foreign citizenship
		// comes first, then Aussiedler, then naturalised or a derived migration background; the EU and the
		// length of stay (2021 − Zuzugsjahr) only for foreigners.
		expect(zeilen(r.text)).toEqual(
			[
				'2021-12-31,42,w,30-34,deutsch,DE,,false,,2',
				'2021-12-31,42,m,20-24,eingebuergert,DE,,false,,2',
				'2021-12-31,42,m,20-24,aussiedler,DE,,false,,1',
				'2021-12-31,10,w,40-44,auslaender,TR,false,true,0-1,1',
				'2021-12-31,10,d,40-44,auslaender,IT,true,false,1-4,1',
				'2021-12-31,10,o,40-44,auslaender,HR,true,false,1-4,1',
				'2021-12-31,10,o,40-44,auslaender,GB,false,false,4-6,1',
				'2021-12-31,10,w,40-44,auslaender,TR,false,false,,1',
				'2021-12-31,10,w,40-44,deutsch,DE,,false,,1'
			].sort()
		);
	});

	it('puts an age on either edge of a band into that band, from 0 to 120', async () => {
		const alter = ALTERSGRUPPEN.flatMap((b, i) => [bandStart(b), i + 1 < ALTERSGRUPPEN.length ? bandStart(ALTERSGRUPPEN[i + 1]) - 1 : 120]);
		const r = await ausText('alter.csv', ['Bezirk;Alter;Geschlecht;Staatsangehörigkeit', ...alter.map((a) => `10;${a};m;DE`)].join('\n'), { stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3 });
		expect(r.meldungen).toEqual([]);
		expect(zeilen(r.text)).toEqual(ALTERSGRUPPEN.map((b) => `2021-12-31,10,m,${b},deutsch,DE,,false,,2`).sort());
	});

	it('puts a stay on either edge of a band into that band, counted from the Zuzugsjahr to the Stichtag', async () => {
		const jahre = AUFENTHALTSDAUER.flatMap((b, i) => [bandStart(b), i + 1 < AUFENTHALTSDAUER.length ? bandStart(AUFENTHALTSDAUER[i + 1]) - 1 : 71]);
		const r = await ausText('zuzug.csv', ['Bezirk;Alter;Geschlecht;Staatsangehörigkeit;Zuzugsjahr', ...jahre.map((j) => `10;80;w;TR;${2021 - j}`)].join('\n'), {
			stadtbezirk: 0,
			alter: 1,
			geschlecht: 2,
			staatsangehoerigkeit: 3,
			zuzugsjahr: 4
		});
		expect(r.meldungen).toEqual([]);
		expect(zeilen(r.text)).toEqual(AUFENTHALTSDAUER.map((b) => `2021-12-31,10,w,80-84,auslaender,TR,false,false,${b},2`).sort());
	});

	it('reads the same persons from semicolon, comma, tab and pipe separated text', async () => {
		const ergebnisse = [];
		for (const t of [';', ',', '\t', '|']) {
			const r = await ausText('trenner.csv', ['Bezirk', 'Alter', 'Geschlecht', 'Staatsangehörigkeit'].join(t) + '\n' + ['42', '7', 'w', 'IT'].join(t) + '\n' + ['10', '18', 'm', 'DE'].join(t) + '\n', {
				stadtbezirk: 0,
				alter: 1,
				geschlecht: 2,
				staatsangehoerigkeit: 3
			});
			ergebnisse.push(zeilen(r.text));
		}
		const erwartet = ['2021-12-31,10,m,18-19,deutsch,DE,,false,,1', '2021-12-31,42,w,5-9,auslaender,IT,true,false,,1'];
		expect(ergebnisse).toEqual([erwartet, erwartet, erwartet, erwartet]);
	});

	it('names each wrong cell with file, row and column, the first three per kind and how many more', async () => {
		const r = await ausText(
			'fehler.csv',
			[
				'Bezirk;Alter;Geschlecht;Staatsangehörigkeit;Eingebürgert;Zuzugsjahr',
				'10;abc;m;DE;nein;',
				'10;-1;m;DE;nein;',
				'10;121;m;DE;nein;',
				'10;34;q;TR;nein;2000',
				'99;40;w;XX;vielleicht;2022',
				';40;w;;nein;neunzehn',
				'10;200;w;DE;nein;',
				'10;0;w;DE;nein;',
				'10;120;w;TR;nein;2021'
			].join('\n'),
			{ stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3, eingebuergert: 4, zuzugsjahr: 5 }
		);
		const staat = 'ist kein bekannter Staat; erwartet wird der ISO-Code aus zwei Buchstaben (DE, TR, XK).';
		expect(texte(r)).toEqual(
			[
				'Datei „fehler.csv“, Zeile 2, Spalte „Alter“: „abc“ ist kein Alter (ganze Zahl von 0 bis 120).',
				'Datei „fehler.csv“, Zeile 3, Spalte „Alter“: „-1“ ist kein Alter (ganze Zahl von 0 bis 120).',
				'Datei „fehler.csv“, Zeile 4, Spalte „Alter“: „121“ ist kein Alter (ganze Zahl von 0 bis 120). (und 1 weitere Zeile)',
				'Datei „fehler.csv“, Zeile 5, Spalte „Geschlecht“: „q“ ist kein Geschlecht; erlaubt sind m/männlich, w/weiblich, d/divers, o/ohne Angabe.',
				'Datei „fehler.csv“, Zeile 6, Spalte „Bezirk“: Der Stadtbezirk „99“ fehlt in der Liste der Stadtbezirke.',
				`Datei „fehler.csv“, Zeile 6, Spalte „Staatsangehörigkeit“: „XX“ ${staat}`,
				'Datei „fehler.csv“, Zeile 6, Spalte „Eingebürgert“: „vielleicht“ ist weder ja noch nein (erlaubt: ja/nein, 1/0, x/leer).',
				'Datei „fehler.csv“, Zeile 6, Spalte „Zuzugsjahr“: „2022“ ist kein Jahr des Zuzugs bis zum Stichtag.',
				'Datei „fehler.csv“, Zeile 7, Spalte „Bezirk“: Die Bezirksnummer fehlt.',
				`Datei „fehler.csv“, Zeile 7, Spalte „Staatsangehörigkeit“: „“ ${staat}`,
				'Datei „fehler.csv“, Zeile 7, Spalte „Zuzugsjahr“: „neunzehn“ ist kein Jahr des Zuzugs bis zum Stichtag.'
			].sort()
		);
		expect(r).toMatchObject({ text: '', herkunft: { datei: 'fehler.csv' }, zeilen: 9, stichtage: [STICHTAG] });
		// The rows are named in the file's order.
		expect(r.meldungen.map((m) => m.zeile)).toEqual([2, 3, 4, 5, 6, 6, 6, 6, 7, 7, 7]);
	});

	it('takes the age from the Geburtsjahr at the Stichtag and names a year of birth that does not fit', async () => {
		const r = await ausText('geburt.csv', ['Bezirk;Geburtsjahr;Geschlecht;Staatsangehörigkeit', '10;2021;m;DE', '10;1901;m;DE', '10;1900;m;DE', '10;2022;m;DE'].join('\n'), {
			stadtbezirk: 0,
			geburtsjahr: 1,
			geschlecht: 2,
			staatsangehoerigkeit: 3
		});
		expect(texte(r)).toEqual([
			'Datei „geburt.csv“, Zeile 4, Spalte „Geburtsjahr“: „1900“ ist kein Geburtsjahr, das zum Stichtag passt.',
			'Datei „geburt.csv“, Zeile 5, Spalte „Geburtsjahr“: „2022“ ist kein Geburtsjahr, das zum Stichtag passt.'
		]);
		const gut = await ausText('geburt.csv', ['Bezirk;Geburtsjahr;Geschlecht;Staatsangehörigkeit', '10;2021;m;DE', '10;1901;m;DE'].join('\n'), { stadtbezirk: 0, geburtsjahr: 1, geschlecht: 2, staatsangehoerigkeit: 3 }, '2021-06-30');
		expect(zeilen(gut.text)).toEqual(['2021-06-30,10,m,0-4,deutsch,DE,,false,,1', '2021-06-30,10,m,85+,deutsch,DE,,false,,1']);
	});

	it('counts the rows of a spreadsheet, naming a wrong cell by the row the sheet shows', async () => {
		await stammdaten();
		const roh = (zeilen: Rohtabelle['zeilen']): Rohtabelle => ({
			datei: 'auszug.xlsx',
			kopf: ['Bezirk', 'Geburtsjahr', 'Geschlecht', 'Staatsangehörigkeit', 'Flucht', 'Zuzugsjahr'],
			kopfzeile: 3,
			zeilen,
			zeileVon: zeilen.map((_, i) => i + 4),
			zeilenwort: 'Zeile',
			hinweise: [warnung('auszug.xlsx', 'Über der Tabelle stehen Titelzeilen.')],
			format: 'Excel'
		});
		const spalten = { stadtbezirk: 0, geburtsjahr: 1, geschlecht: 2, staatsangehoerigkeit: 3, fluchthintergrund: 4, zuzugsjahr: 5 };
		const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
		const gut = await aggregiereRegister(
			db,
			roh([
				[42, 1990, 'w', 'TR', true, 2011],
				[42, 1990, 'w', 'TR', 'ja', 2011],
				[10, 2001, 'm', 'DE', null, null]
			]),
			{ ziel: 'register', spalten, stichtag: STICHTAG },
			xlsx
		);
		expect(gut.meldungen.map(meldungstext)).toEqual(['Datei „auszug.xlsx“: Über der Tabelle stehen Titelzeilen.']);
		expect(zeilen(gut.text)).toEqual(['2021-12-31,10,m,20-24,deutsch,DE,,false,,1', '2021-12-31,42,w,30-34,auslaender,TR,false,true,10-15,2']);

		const falsch = await aggregiereRegister(db, roh([[10, 2001, 'm', 'DE', null, null], [10, 2001, 'm', 'DE', null, new Date('2015-06-01T00:00:00Z')]]), { ziel: 'register', spalten, stichtag: STICHTAG }, xlsx);
		expect(falsch.meldungen.map(meldungstext)).toEqual([
			'Datei „auszug.xlsx“: Über der Tabelle stehen Titelzeilen.',
			'Datei „auszug.xlsx“, Zeile 5, Spalte „Zuzugsjahr“: „2015-06-01“ ist kein Jahr des Zuzugs bis zum Stichtag.'
		]);
		expect(falsch.text).toBe('');
	});

	it('refuses an extract without persons', async () => {
		await stammdaten();
		const roh: Rohtabelle = { datei: 'leer.xlsx', kopf: ['Bezirk', 'Alter', 'Geschlecht', 'Staatsangehörigkeit'], kopfzeile: 1, zeilen: [], zeileVon: [], zeilenwort: 'Zeile', hinweise: [] };
		const r = await aggregiereRegister(db, roh, { ziel: 'register', spalten: { stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3 }, stichtag: STICHTAG });
		expect(r.meldungen.map(meldungstext)).toEqual(['Datei „leer.xlsx“: Der Auszug enthält keine Personen.']);
		expect(r).toMatchObject({ text: '', zeilen: 0 });
	});

	it('leaves neither the persons nor the file behind, also after a failure', async () => {
		const uebrig = async () => {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'person'`);
			expect(n).toBe(0);
			await expect(db.query(`SELECT * FROM read_csv('${REGISTER_DATEI}')`)).rejects.toThrow();
		};
		await ausText('auszug.csv', 'Bezirk;Alter;Geschlecht;Staatsangehörigkeit\n10;30;m;DE\n', { stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3 });
		await uebrig();
		await expect(ausText('auszug.csv', 'Bezirk;Alter;Geschlecht;Staatsangehörigkeit\n10;30;m;DE\n', { stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3 }, '31.12.2021')).rejects.toThrow(
			'Ungültiger Stichtag: 31.12.2021'
		);
		await uebrig();
	});
});

describe('personSql', () => {
	const s: Registerspalten = { stadtbezirk: 0, alter: 1, geschlecht: 2, staatsangehoerigkeit: 3 };

	it('accepts only a Stichtag written as YYYY-MM-DD', () => {
		const mit = (stichtag: string) => () => personSql(4, ';', 1, { ...s, alter: undefined, geburtsjahr: 1 }, stichtag);
		for (const falsch of ['31.12.2021', 'x2021-12-31', '2021-12-31x', '21-12-31', '2021-1-31', '2021-12-3', '2021/12/31']) expect(mit(falsch)).toThrow(`Ungültiger Stichtag: ${falsch}`);
		expect(mit('2021-12-31')).not.toThrow();
	});

	it('refuses a column number outside 0 to 999, a separator it does not know and an extract without age', () => {
		for (const i of [-1, 1000, 1.5]) expect(() => personSql(4, ';', 1, { ...s, stadtbezirk: i }, STICHTAG)).toThrow(`Ungültige Spaltennummer: ${i}`);
		expect(() => personSql(1000, ';', 1, { ...s, stadtbezirk: 999, geschlecht: 0 }, STICHTAG)).not.toThrow();
		expect(() => personSql(4, ':', 1, s, STICHTAG)).toThrow('Ungültiges Trennzeichen');
		expect(() => personSql(4, ';', 1, { ...s, alter: undefined }, STICHTAG)).toThrow('Alter oder Geburtsjahr fehlt');
	});
});
