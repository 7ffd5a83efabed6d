/**
 * A register extract (a row per person) aggregated in the browser by DuckDB into the canonical
 * population counts, after checking every person's row: the extract itself is never stored, only
 * the counts it yields (which then pass the loader's checks and the confidentiality rules).
 */
import { csvFormatRows } from 'd3-dsv';
import type { Database } from '../database';
import { fehler, Ladefehler, type Meldung } from '../meldungen';
import type { Rohtabelle } from './rohtabelle';
import { dekodiere } from './kodierung';
import type { Umgewandelt } from './umwandlung';
import type { Zuordnung } from './zuordnung';
import { personSql, REGISTER_DATEI, registerAggregatSql, registerPruefSql, registerregeln, type Registerspalten } from './register.sql';

/** The file's bytes as DuckDB reads them: UTF-8 as they are, other encodings re-encoded. */
export function alsUtf8(roh: Rohtabelle, bytes: Uint8Array): Uint8Array {
	return roh.text?.kodierung === 'UTF-8' ? bytes : new TextEncoder().encode(dekodiere(bytes).text);
}

/** `bytes`: the whole file as UTF-8 (as read, or re-encoded); without it the rows of `roh` are used. */
export async function aggregiereRegister(db: Database, roh: Rohtabelle, z: Zuordnung, bytes?: Uint8Array): Promise<Umgewandelt> {
	const stichtag = z.stichtag;
	if (!stichtag) throw new Ladefehler([fehler(roh.datei, 'Für einen Melderegister-Auszug muss der Stichtag angegeben werden.')]);
	const s = z.spalten as unknown as Registerspalten;
	const ausText = bytes && roh.text;
	const quelle = ausText ? bytes : new TextEncoder().encode(csvFormatRows(roh.zeilen.map((r) => r.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))))));
	// Rows of the file: the extract's own for text, the header-less rows of `roh` otherwise.
	const skip = ausText ? roh.kopfzeile : 0;
	const zeileVon = (datensatz: number) => (ausText ? skip + datensatz : (roh.zeileVon[datensatz - 1] ?? datensatz));
	await db.registerFileBuffer(REGISTER_DATEI, quelle);
	try {
		await db.exec(personSql(roh.kopf.length, ausText ? roh.text!.trenner : ',', skip, s, stichtag));
		const regeln = registerregeln(s);
		const funde = await db.query<{ regel: string; datensatz: number; wert: string | null; anzahl: number }>(registerPruefSql(s, regeln));
		const meldungen: Meldung[] = [...roh.hinweise];
		const gezeigt = new Map<string, number>();
		for (const f of funde) {
			const r = regeln.find((x) => x.id === f.regel)!;
			const k = (gezeigt.get(f.regel) ?? 0) + 1;
			gezeigt.set(f.regel, k);
			meldungen.push(fehler(roh.datei, r.text(f.wert ?? ''), { zeile: zeileVon(f.datensatz), spalte: roh.kopf[s[r.spalte]!], weitere: k === Math.min(3, f.anzahl) ? f.anzahl - k : 0 }));
		}
		const [{ personen }] = await db.query<{ personen: number }>('SELECT count(*)::INTEGER AS personen FROM person');
		if (personen === 0) meldungen.push(fehler(roh.datei, 'Der Auszug enthält keine Personen.'));
		if (meldungen.some((m) => m.schwere === 'fehler')) return { tabelle: 'bevoelkerung', text: '', herkunft: { datei: roh.datei }, meldungen, zeilen: personen, stichtage: [stichtag], stadtbezirke: [] };
		const [{ csv }] = await db.query<{ csv: string }>(registerAggregatSql(stichtag));
		return { tabelle: 'bevoelkerung', text: csv, herkunft: { datei: `${roh.datei} (zusammengefasst)` }, meldungen, zeilen: personen, stichtage: [stichtag], stadtbezirke: [] };
	} finally {
		await db.exec('DROP TABLE IF EXISTS person');
		await db.dropFile(REGISTER_DATEI);
	}
}
