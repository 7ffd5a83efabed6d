/**
 * A Parquet file, read in JavaScript (hyparquet): DuckDB-WASM's Parquet extension would have to be
 * downloaded, and the atlas makes no request to another host.
 */
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { fehler, Ladefehler } from '../meldungen';
import type { Rohtabelle, Zelle } from './rohtabelle';

export async function parquetTabelle(datei: string, bytes: Uint8Array): Promise<Rohtabelle> {
	const puffer = bytes.slice().buffer;
	let kopf: string[];
	let zeilen: Record<string, unknown>[];
	try {
		// The top level of the schema tree: the flat schema list also holds a nested column's inner elements.
		kopf = parquetSchema(parquetMetadata(puffer)).children.map((c) => c.element.name);
		zeilen = await parquetReadObjects({ file: puffer });
	} catch {
		throw new Ladefehler([fehler(datei, 'Die Parquet-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.')]);
	}
	const zelle = (v: unknown): Zelle => (v === undefined || v === null ? null : typeof v === 'bigint' ? Number(v) : v instanceof Date || typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
	return {
		datei,
		kopf,
		kopfzeile: 0,
		zeilen: zeilen.map((z) => kopf.map((k) => zelle(z[k]))),
		zeileVon: zeilen.map((_, i) => i + 1),
		zeilenwort: 'Datensatz',
		hinweise: [],
		format: 'Parquet'
	};
}
