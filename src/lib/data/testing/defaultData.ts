/** Loads the embedded default data set into a Node DuckDB for unit tests, through the import's checks. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { ladeTabellen } from '../laden/tabellen';
import { VOLLE_PRUEFUNG } from '../ableitung/schutz/schutz';
import { leseManifest, type DatensatzManifest } from '../manifest';
import { Koordinator } from '../abfragen/koordinator';
import { frageIndikatortabelle, type Indikatortabelle } from '../indikatortabelle';

export const DEFAULT_DIR = join(import.meta.dirname, '../../../../static/data/kempten');

export interface Standarddaten {
	db: NodeDatabase;
	manifest: DatensatzManifest;
	k: Koordinator;
	tabelle: Indikatortabelle;
}

/** `wieGebaut`: protected as the build protects it (every primary cell audited; slower), not as a browser load. */
export async function standarddaten(wieGebaut = false): Promise<Standarddaten> {
	const manifest = leseManifest(await readFile(join(DEFAULT_DIR, 'datensatz.json'), 'utf8'), 'datensatz.json');
	const db = await nodeDatabase();
	await ladeTabellen(db, manifest, (file) => readFile(join(DEFAULT_DIR, file), 'utf8'), wieGebaut ? { schutz: { hoechstensArbeit: VOLLE_PRUEFUNG } } : {});
	return { db, manifest, k: new Koordinator(db), tabelle: await frageIndikatortabelle(db) };
}
