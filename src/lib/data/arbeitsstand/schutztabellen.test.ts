import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { DEFAULT_DIR } from '../testing/defaultData';
import { leseManifest } from '../manifest';
import { nodeDatabase } from '../duckdb/node';
import { oeffneArbeitsstand } from '../quellen/arbeitsstand';
import type { Database } from '../database';
import { fuegeHinzu, leererArbeitsstand, type Arbeitsstand, type Quelle } from './arbeitsstand';
import { schluesselVon } from './ersteKarte';
import { pruefeSchutztabellen, type GespeicherteSchutztabellen } from './schutztabellen';

const lies = (f: string) => readFile(join(DEFAULT_DIR, f), 'utf8');
const PROGRAMM = 'build-1';
let a: Arbeitsstand;
let gespeichert: GespeicherteSchutztabellen;
let erstmals: { kennzahlen: unknown[]; werte: (number | null)[]; fortschritt: number[] };

/** The district counts and the indicator values a view reads, after loading `a` into a fresh engine. */
async function lade(stand: Arbeitsstand, ablage: Parameters<typeof oeffneArbeitsstand>[2] = {}) {
	const db: Database = await nodeDatabase();
	const fortschritt: number[] = [];
	const o = await oeffneArbeitsstand(stand, lies, ablage);
	const d = await o.ladeInDatenbank(db, (anteil) => fortschritt.push(anteil));
	const kennzahlen = await db.query(`SELECT stichtag::VARCHAR AS stichtag, code, einwohner, mh, auslaender FROM bezirk_kennzahl ORDER BY ALL`);
	return { o, d, kennzahlen, werte: d.indikatortabelle.werte, fortschritt };
}

beforeAll(async () => {
	const standard = leseManifest(await lies('datensatz.json'), 'datensatz.json');
	const codes = csvParse(await lies(standard.dateien.stadtbezirk)).map((z) => z.code!);
	// Every district, with counts of 1 and 2 the threshold withholds (and the protection must hide), and 4s a threshold of 5 would.
	const auslaender = (i: number) => (i % 5 === 0 ? 1 : i % 7 === 0 ? 2 : i % 11 === 0 ? 4 : 60 + i);
	const zeilen = codes.map((c, i) => `2021-12-31,${c},${800 + i * 37},${200 + i},${auslaender(i)}`);
	const q: Quelle = { id: 'z', teil: 'bezirkszahl', datei: 'zahlen.csv', format: 'CSV', importiert: '2026-12-02T07:00:00Z', zeilen: codes.length, stichtage: ['2021-12-31'], inhalt: `stichtag,stadtbezirk,einwohner,mh,auslaender\n${zeilen.join('\n')}\n` };
	a = fuegeHinzu(leererArbeitsstand(standard), q).arbeitsstand;
	const e = await lade(a);
	expect(e.d.schutztabellen).toBeDefined();
	gespeichert = { schluessel: e.o.schluessel, programm: PROGRAMM, ...e.d.schutztabellen! };
	erstmals = e;
});

describe('the own data’s protected tables kept at their take-over', () => {
	it('are computed by the joint protection the first time and give a reload the same figures without running it again', async () => {
		expect(erstmals.fortschritt.at(-1)).toBe(1);
		// A withheld count stays withheld: the table a reload inserts is the protected one.
		expect(erstmals.kennzahlen.some((z) => (z as { auslaender: number | null }).auslaender === null)).toBe(true);
		const wieder = await lade(a, { schutztabellen: async (k) => pruefeSchutztabellen(structuredClone(gespeichert), k, PROGRAMM) });
		expect(wieder.fortschritt).toEqual([]);
		expect(wieder.d.schutztabellen).toBeUndefined();
		expect(wieder.kennzahlen).toEqual(erstmals.kennzahlen);
		expect(wieder.werte).toEqual(erstmals.werte);
		expect(wieder.d.meldungen).toEqual(gespeichert.meldungen);
	});

	it('are not used for another threshold, another build or when damaged: the protection runs again', async () => {
		const strenger = { ...a, einstellungen: { ...a.einstellungen, schwelle: 5 } };
		const standard = leseManifest(await lies('datensatz.json'), 'datensatz.json');
		expect(pruefeSchutztabellen(gespeichert, schluesselVon(strenger, standard), PROGRAMM)).toBeNull();
		expect(pruefeSchutztabellen(gespeichert, gespeichert.schluessel, 'build-2')).toBeNull();
		const kaputt = { ...gespeichert, tabellen: { ...gespeichert.tabellen, bezirk_kennzahl: gespeichert.tabellen.bezirk_kennzahl.slice(0, 100) } };
		expect(pruefeSchutztabellen(kaputt, gespeichert.schluessel, PROGRAMM)).toBeNull();
		const neu = await lade(strenger, { schutztabellen: async (k) => pruefeSchutztabellen(gespeichert, k, PROGRAMM) });
		expect(neu.fortschritt.at(-1)).toBe(1);
		expect(neu.d.schutztabellen).toBeDefined();
		// Five withholds more than three did.
		const gesperrt = (zeilen: unknown[]) => zeilen.filter((z) => Object.values(z as object).includes(null)).length;
		expect(gesperrt(neu.kennzahlen)).toBeGreaterThan(gesperrt(erstmals.kennzahlen));
	});
});
