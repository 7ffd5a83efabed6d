/**
 * Loads a Datensatz (manifest + CSV files) into DuckDB as the canonical tables and rebuilds the
 * derived figures. Tables are replaced inside one transaction: a file that fails to load leaves the
 * data loaded before intact.
 */
import type { Database } from './database';
import type { DatensatzManifest } from './manifest';
import { TABLE_COLUMNS, type TableName } from './schema';
import { BEZIRK_KENNZAHL_SQL, INDIKATOR_WERT_SQL } from './kennzahlen.sql';
import { ladefehler } from './ladefehler';

export type ReadText = (file: string) => Promise<string>;

const TABLES: TableName[] = ['stadtbezirk', 'staat', 'bevoelkerung'];

function readCsvSql(table: TableName, file: string): string {
	const columns = Object.entries(TABLE_COLUMNS[table])
		.map(([name, type]) => `'${name}': '${type}'`)
		.join(', ');
	// `file` is the name under which we registered the text (manifest-controlled), never user input.
	return `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv('${file}', header = true, delim = ',', quote = '"', columns = {${columns}})`;
}

export async function loadDatensatz(db: Database, manifest: DatensatzManifest, read: ReadText): Promise<void> {
	const texts = await Promise.all(TABLES.map((t) => read(manifest.dateien[t])));
	const registered = TABLES.map((t) => `${manifest.id}__${t}.csv`);
	await Promise.all(registered.map((name, k) => db.registerFileText(name, texts[k])));
	await db.exec('BEGIN TRANSACTION');
	try {
		for (const [k, table] of TABLES.entries()) {
			try {
				await db.exec(readCsvSql(table, registered[k]));
			} catch (error) {
				throw ladefehler(manifest.dateien[table], error, texts[k]);
			}
		}
		await db.exec(BEZIRK_KENNZAHL_SQL);
		await db.exec(INDIKATOR_WERT_SQL);
		await db.exec('COMMIT');
	} catch (error) {
		await db.exec('ROLLBACK');
		throw error;
	} finally {
		await Promise.all(registered.map((name) => db.dropFile(name)));
	}
}
