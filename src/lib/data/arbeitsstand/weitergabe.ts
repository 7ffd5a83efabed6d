/**
 * A workspace "zum Weitergeben" carries what the atlas publishes, not what it was computed from: every
 * table the views read, as the joint protection left them (withheld counts are NULL and marked
 * `gesperrt`, never 0), with the raw tables — the population by characteristics or per district and the
 * residential points — empty. Opening such a file inserts these tables as they are; nothing is derived or
 * protected again, and since the raw rows are not in the file, no count the sender's atlas withheld can be
 * reconstructed from it. A file arrives from outside, so its tables are checked before they are used:
 * whole Arrow streams, raw tables empty, no shown count below the threshold.
 */
import { bezeichner, type Database } from '../database';
import { fehler, Ladefehler } from '../meldungen';
import { kleineZahlen } from '../laden/kleineZahlen';
import { istArrowStrom, VORBEREITETE_TABELLEN, type VorbereiteteTabelle } from '../laden/vorbereitet';
import type { TableName } from '../schema';

/** The published tables of a handed-on workspace (Arrow IPC streams as base64) and the Stichtage they hold. */
export interface Veroeffentlicht {
	stichtage: string[];
	tabellen: Record<VorbereiteteTabelle, string>;
}

/** Raw tables: handed on empty (their rows hold every count below the threshold, and where people live). */
export const ROHE_TABELLEN: readonly TableName[] = ['bevoelkerung', 'bezirkszahl', 'wohnort'];

function alsBase64(b: Uint8Array): string {
	let s = '';
	for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
	return btoa(s);
}

function ausBase64(t: string): Uint8Array {
	const s = atob(t);
	const b = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
	return b;
}

/** The loaded data's published tables, as the views read them, the raw ones emptied. */
export async function veroeffentlichteTabellen(db: Database, stichtage: readonly string[]): Promise<Veroeffentlicht> {
	const tabellen = {} as Record<VorbereiteteTabelle, string>;
	for (const t of VORBEREITETE_TABELLEN) {
		const leer = (ROHE_TABELLEN as readonly string[]).includes(t);
		tabellen[t] = alsBase64(await db.arrowIPC(`SELECT * FROM ${bezeichner(t)}${leer ? ' LIMIT 0' : ''}`));
	}
	return { stichtage: [...stichtage], tabellen };
}

/** The tables as bytes, each a whole Arrow stream, or the German finding naming the file. */
export function tabellenBytes(v: Veroeffentlicht, datei: string): Record<VorbereiteteTabelle, Uint8Array> {
	const bytes = {} as Record<VorbereiteteTabelle, Uint8Array>;
	for (const t of VORBEREITETE_TABELLEN) {
		let b: Uint8Array | null = null;
		try {
			b = ausBase64(v.tabellen[t]);
		} catch {
			// not base64: reported below like a damaged stream
		}
		if (!b || !istArrowStrom(b)) throw new Ladefehler([fehler(datei, `Die veröffentlichte Tabelle „${t}“ in der Datei ist beschädigt oder unvollständig.`)]);
		bytes[t] = b;
	}
	return bytes;
}

const PRUEFNAME = 'weitergabe_pruefung_';

/**
 * The tables checked under scratch names before anything loaded is replaced: raw tables empty and no shown
 * count below `schwelle` (a file edited by hand could carry counts the protection would have withheld).
 * Throws the German findings. The bytes checked are not handed back: DuckDB-WASM takes over an inserted
 * stream's buffer, so the tables are decoded afresh for the insert (tabellenBytes).
 */
export async function pruefeVeroeffentlicht(db: Database, v: Veroeffentlicht, schwelle: number, datei: string): Promise<void> {
	const bytes = tabellenBytes(v, datei);
	const funde: string[] = [];
	try {
		for (const t of VORBEREITETE_TABELLEN) {
			await db.exec(`DROP TABLE IF EXISTS ${bezeichner(PRUEFNAME + t)}`);
			try {
				await db.insertArrowIPC(PRUEFNAME + t, bytes[t]);
				await db.query(`SELECT count(*) AS n FROM ${bezeichner(PRUEFNAME + t)}`);
			} catch {
				throw new Ladefehler([fehler(datei, `Die veröffentlichte Tabelle „${t}“ in der Datei ist beschädigt oder unvollständig.`)]);
			}
		}
		for (const t of ROHE_TABELLEN) {
			const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${bezeichner(PRUEFNAME + t)}`);
			if (n > 0) funde.push(`Tabelle „${t}“ enthält ${n} Zeilen`);
		}
		const klein = await kleineZahlen(db, schwelle, PRUEFNAME);
		funde.push(...klein.funde.map((f) => `Zahlen unter ${schwelle} in ${f.slice(PRUEFNAME.length)} Zeilen`));
	} finally {
		for (const t of VORBEREITETE_TABELLEN) await db.exec(`DROP TABLE IF EXISTS ${bezeichner(PRUEFNAME + t)}`);
	}
	if (funde.length)
		throw new Ladefehler([fehler(datei, `Die Datei enthält ungeschützte Zahlen und wird nicht geöffnet: ${funde.join('; ')}. Ein Arbeitsbereich zum Weitergeben trägt nur veröffentlichte, geschützte Tabellen.`)]);
}
