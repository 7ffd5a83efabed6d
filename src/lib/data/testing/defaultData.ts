/** Loads the embedded default data set into a Node DuckDB for unit tests (once per test file). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase } from '../duckdb/node';
import { loadDatensatz } from '../load';
import { AtlasQueries } from '../queries';
import type { DatensatzManifest } from '../manifest';

export const DEFAULT_DIR = join(import.meta.dirname, '../../../../static/data/kempten');

export async function defaultDataQueries(): Promise<AtlasQueries> {
	const manifest = JSON.parse(await readFile(join(DEFAULT_DIR, 'datensatz.json'), 'utf8')) as DatensatzManifest;
	const db = await nodeDatabase();
	await loadDatensatz(db, manifest, (file) => readFile(join(DEFAULT_DIR, file), 'utf8'));
	return new AtlasQueries(db);
}
