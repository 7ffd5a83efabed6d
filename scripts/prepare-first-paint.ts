/**
 * Prepares the values of the atlas's default view (standard indicator, latest Stichtag) at build
 * time, with the very SQL the browser runs, so the first choropleth needs no database.
 * A unit test checks that this file still equals what DuckDB answers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase } from '../src/lib/data/duckdb/node';
import { loadDatensatz } from '../src/lib/data/load';
import { AtlasQueries } from '../src/lib/data/queries';
import { STANDARD_INDIKATOR } from '../src/lib/data/indikatoren';
import type { DatensatzManifest } from '../src/lib/data/manifest';
import type { Erstbild } from '../src/lib/data/erstbild';

export async function computeFirstPaint(dir: string): Promise<Erstbild> {
	const manifest = JSON.parse(await readFile(join(dir, 'datensatz.json'), 'utf8')) as DatensatzManifest;
	const db = await nodeDatabase();
	await loadDatensatz(db, manifest, (file) => readFile(join(dir, file), 'utf8'));
	const queries = new AtlasQueries(db);
	const stichtag = manifest.stichtage.at(-1)!;
	return {
		datensatz: manifest.id,
		stichtag,
		indikator: STANDARD_INDIKATOR,
		stadtbezirke: await queries.stadtbezirke(),
		werte: await queries.indikatorWerte(stichtag, STANDARD_INDIKATOR)
	};
}

export async function prepareFirstPaint(dir: string): Promise<void> {
	const erstbild = await computeFirstPaint(dir);
	await writeFile(join(dir, 'erstbild.json'), JSON.stringify(erstbild) + '\n');
}
