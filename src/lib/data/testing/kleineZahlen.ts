/**
 * For tests: every count a view could read that lies below the threshold, as "table.column: n rows".
 * Scans all tables of the database, so a table added later is covered without changing the test.
 * Residential points (`wohnort`) are left out by name: they are weights of where people live, read only
 * by the coverage computation, never shown; the counts it shows pass the threshold there.
 */
import type { Database } from '../database';
import { ZAEHLSPALTEN } from '../ableitung/kennzahlen.sql';

const ZAEHLENDE_SPALTEN = [...ZAEHLSPALTEN, 'anzahl'];

export async function kleineZahlen(db: Database, schwelle: number): Promise<{ gepruefte: number; funde: string[] }> {
	const spalten = await db.query<{ table_name: string; column_name: string }>(
		`SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal AND table_name <> 'wohnort' AND data_type IN ('INTEGER', 'BIGINT', 'HUGEINT', 'DOUBLE') AND column_name IN (${ZAEHLENDE_SPALTEN.map(() => '?').join(', ')})`,
		ZAEHLENDE_SPALTEN
	);
	const funde: string[] = [];
	for (const s of spalten) {
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM "${s.table_name}" WHERE "${s.column_name}" > 0 AND "${s.column_name}" < ?`, [schwelle]);
		if (n > 0) funde.push(`${s.table_name}.${s.column_name}: ${n}`);
	}
	return { gepruefte: spalten.length, funde };
}
