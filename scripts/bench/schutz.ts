/**
 * The joint protection of the default data set as the build runs it (Node, DuckDB-WASM's engine), beside
 * its floor: the same load with the LP audit switched off (primary and secondary suppression only).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase } from '../../src/lib/data/duckdb/node';
import { ladeTabellen } from '../../src/lib/data/laden/tabellen';
import { leseManifest } from '../../src/lib/data/manifest';
import { letzterSchutz } from '../../src/lib/data/ableitung/ableitung';
import type { Schutzbericht } from '../../src/lib/data/ableitung/schutz/schutz';

const ORDNER = join(import.meta.dirname, '../../static/data/kempten');

async function einmal(hoechstensLps?: number): Promise<Schutzbericht> {
	const manifest = leseManifest(await readFile(join(ORDNER, 'datensatz.json'), 'utf8'), 'datensatz.json');
	const db = await nodeDatabase();
	await ladeTabellen(db, manifest, (f) => readFile(join(ORDNER, f), 'utf8'), hoechstensLps === undefined ? {} : { schutz: { hoechstensLps } });
	return letzterSchutz!;
}

export async function schutzzeiten(runden: number): Promise<{ mit: Schutzbericht[]; ohne: Schutzbericht[] }> {
	const mit: Schutzbericht[] = [];
	const ohne: Schutzbericht[] = [];
	for (let i = 0; i < runden; i++) {
		mit.push(await einmal());
		ohne.push(await einmal(0));
	}
	return { mit, ohne };
}
