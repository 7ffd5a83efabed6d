/**
 * Every count a view could read that lies below the threshold, as "table.column: n rows".
 * Scans all tables of the database, so a table added later is covered without changing the check. The
 * tests run it on every load; a handed-on workspace file's tables must pass it before they are opened.
 * Residential points (`wohnort`) are left out by name: they are weights of where people live, read only
 * by the coverage computation, never shown; the counts it shows pass the threshold there.
 */
import type { Database } from '../database';
import { ZAEHLSPALTEN } from '../ableitung/kennzahlen.sql';

const ZAEHLENDE_SPALTEN = [...ZAEHLSPALTEN, 'anzahl'];

/** `praefix`: only tables whose name starts with it (tables checked under scratch names). */
export async function kleineZahlen(db: Database, schwelle: number, praefix = ''): Promise<{ gepruefte: number; funde: string[] }> {
	const spalten = await db.query<{ table_name: string; column_name: string }>(
		`SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal AND table_name <> 'wohnort' AND data_type IN ('INTEGER', 'BIGINT', 'HUGEINT', 'DOUBLE') AND starts_with(table_name, ?) AND column_name IN (${ZAEHLENDE_SPALTEN.map(() => '?').join(', ')})`,
		[praefix, ...ZAEHLENDE_SPALTEN]
	);
	const funde: string[] = [];
	for (const s of spalten) {
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${s.table_name}" WHERE "${s.column_name}" > 0 AND "${s.column_name}" < ?`, [schwelle]);
		if (n > 0) funde.push(`${s.table_name}.${s.column_name}: ${n}`);
	}
	return { gepruefte: spalten.length, funde };
}
