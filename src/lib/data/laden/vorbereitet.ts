/**
 * A data set prepared at build time (scripts/vorbereiten.ts): its CSV tables were loaded and checked
 * with the same rules as any import, and the canonical and derived tables were written as Arrow IPC
 * streams beside an index that also holds the indicator table. The browser then paints the first map
 * from the index and loads the tables without parsing or deriving anything.
 */
import { bezeichner, type Database } from '../database';
import { istIndikatortabelle, type Indikatortabelle } from '../indikatortabelle';
import type { Stadtbezirk } from '../schema';
import { TABELLENNAMEN } from '../schema';
import { ABGELEITETE_TABELLEN } from '../ableitung/kennzahlen.sql';
import { DATEINAME_MUSTER } from '../manifest';
import { fehler, Ladefehler } from '../meldungen';

const BESCHAEDIGT = 'Die vorbereitete Tabelle ist beschädigt oder unvollständig; bitte die Seite neu erstellen (npm run build).';

export const VORBEREITETE_TABELLEN = [...TABELLENNAMEN, ...ABGELEITETE_TABELLEN] as const;
export type VorbereiteteTabelle = (typeof VORBEREITETE_TABELLEN)[number];

export interface Vorbereitung {
	/** Manifest id of the data set these files were prepared from. */
	datensatz: string;
	stadtbezirke: Stadtbezirk[];
	indikatortabelle: Indikatortabelle;
	/** The Stadtteile's table, where the districts lie in some (data/abfragen/stadtteile.ts). */
	stadtteiltabelle?: Indikatortabelle;
	/** Arrow IPC file per table, beside the index. */
	tabellen: Record<VorbereiteteTabelle, string>;
}

/** The index arrives as a file: it is used only if it has the expected shape and belongs to this data set. */
export function pruefeVorbereitung(roh: unknown, datensatz: string): Vorbereitung | null {
	if (typeof roh !== 'object' || roh === null) return null;
	const v = roh as Partial<Vorbereitung>;
	const tabellen = v.tabellen as Record<string, unknown> | undefined;
	const gueltig =
		v.datensatz === datensatz &&
		Array.isArray(v.stadtbezirke) &&
		istIndikatortabelle(v.indikatortabelle) &&
		(v.stadtteiltabelle === undefined || istIndikatortabelle(v.stadtteiltabelle)) &&
		!!tabellen &&
		VORBEREITETE_TABELLEN.every((n) => typeof tabellen[n] === 'string' && DATEINAME_MUSTER.test(tabellen[n] as string));
	return gueltig ? (v as Vorbereitung) : null;
}

/**
 * An Arrow IPC stream starts with a continuation marker and ends with the end-of-stream marker. DuckDB
 * keeps reading an unfinished stream into the next insert, so a truncated or foreign file must not reach it.
 */
export function istArrowStrom(b: Uint8Array): boolean {
	const marke = (i: number) => b[i] === 0xff && b[i + 1] === 0xff && b[i + 2] === 0xff && b[i + 3] === 0xff;
	const n = b.length;
	return n >= 16 && marke(0) && marke(n - 8) && b[n - 4] === 0 && b[n - 3] === 0 && b[n - 2] === 0 && b[n - 1] === 0;
}

/** Every table as an Arrow IPC stream, as ladeVorbereitet reads them (the own data's protected tables are kept so). */
export async function vorbereiteteTabellen(db: Database): Promise<Record<VorbereiteteTabelle, Uint8Array>> {
	const tabellen = {} as Record<VorbereiteteTabelle, Uint8Array>;
	for (const t of VORBEREITETE_TABELLEN) tabellen[t] = await db.arrowIPC(`SELECT * FROM ${bezeichner(t)}`);
	return tabellen;
}

/**
 * Inserts every table. When data are loaded already, the new tables go under scratch names first and
 * replace the old ones in one transaction, so a broken file leaves the loaded data as they were; on the
 * first load there is nothing to protect and the tables are inserted under their own names.
 */
export async function ladeVorbereitet(db: Database, v: Pick<Vorbereitung, 'tabellen'>, liesBinaer: (datei: string) => Promise<Uint8Array>): Promise<void> {
	const daten = await Promise.all(VORBEREITETE_TABELLEN.map((t) => liesBinaer(v.tabellen[t])));
	const kaputt = VORBEREITETE_TABELLEN.find((_, k) => !istArrowStrom(daten[k]));
	if (kaputt) throw new Ladefehler([fehler(v.tabellen[kaputt], BESCHAEDIGT)]);
	const vorhanden = await db.query<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name IN (${VORBEREITETE_TABELLEN.map(() => '?').join(', ')})`, VORBEREITETE_TABELLEN);
	const ersetzen = vorhanden[0].n > 0;
	const ziel = (t: string) => (ersetzen ? `neu_${t}` : t);
	for (const [k, t] of VORBEREITETE_TABELLEN.entries()) {
		await db.exec(`DROP TABLE IF EXISTS ${bezeichner(`neu_${t}`)}`);
		try {
			await db.insertArrowIPC(ziel(t), daten[k]);
			// DuckDB accepts some truncated streams silently: the table must exist afterwards.
			await db.query(`SELECT count(*) AS n FROM ${bezeichner(ziel(t))}`);
		} catch {
			if (!ersetzen) for (const frueher of VORBEREITETE_TABELLEN) await db.exec(`DROP TABLE IF EXISTS ${bezeichner(frueher)}`);
			throw new Ladefehler([fehler(v.tabellen[t], BESCHAEDIGT)]);
		}
	}
	if (!ersetzen) return;
	await db.exec('BEGIN TRANSACTION');
	try {
		for (const t of VORBEREITETE_TABELLEN) await db.exec(`CREATE OR REPLACE TABLE ${bezeichner(t)} AS SELECT * FROM ${bezeichner(`neu_${t}`)}; DROP TABLE ${bezeichner(`neu_${t}`)};`);
		await db.exec('COMMIT');
	} catch (error) {
		await db.exec('ROLLBACK');
		throw error;
	}
}
