/**
 * The joint protection as the build runs it for the default data set, as the browser's CSV fallback runs
 * it for the same data (the browser's limit of LP work), and as an import's take-over runs it for a city
 * of its own with 1 000 areas × 5 Stichtage (Node, DuckDB-WASM's engine, the browser's code), each beside
 * its floor: the same load with the LP audit switched off (primary and secondary suppression only).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase } from '../../src/lib/data/duckdb/node';
import { ladeTabellen, type LiesText } from '../../src/lib/data/laden/tabellen';
import { leseManifest, type DatensatzManifest } from '../../src/lib/data/manifest';
import { letzterSchutz } from '../../src/lib/data/ableitung/ableitung';
import { VOLLE_PRUEFUNG, type Schutzbericht } from '../../src/lib/data/ableitung/schutz/schutz';
import { stelleZusammen, type Quelle } from '../../src/lib/data/arbeitsstand/arbeitsstand';
import { bezirkeDerQuelle, plane } from '../../src/lib/data/arbeitsstand/neueStadt';

const ORDNER = join(import.meta.dirname, '../../static/data/kempten');
const liesStandard: LiesText = (f) => readFile(join(ORDNER, f), 'utf8');

interface Ladung {
	manifest: DatensatzManifest;
	lies: LiesText;
}

async function einmal(l: Ladung, hoechstensArbeit?: number): Promise<Schutzbericht> {
	const db = await nodeDatabase();
	await ladeTabellen(db, l.manifest, l.lies, hoechstensArbeit === undefined ? {} : { schutz: { hoechstensArbeit } });
	return letzterSchutz!;
}

/** `arbeit`: the LP work the load may do (the browser's limit unless given). */
async function zeiten(l: Ladung, runden: number, arbeit?: number): Promise<{ mit: Schutzbericht[]; ohne: Schutzbericht[] }> {
	const mit: Schutzbericht[] = [];
	const ohne: Schutzbericht[] = [];
	for (let i = 0; i < runden; i++) {
		mit.push(await einmal(l, arbeit));
		ohne.push(await einmal(l, 0));
	}
	return { mit, ohne };
}

/** `wieGebaut`: as the build protects it (no limit), else as the browser's CSV fallback does (its limit). */
export async function schutzzeiten(runden: number, wieGebaut = true) {
	return zeiten({ manifest: leseManifest(await liesStandard('datensatz.json'), 'datensatz.json'), lies: liesStandard }, runden, wieGebaut ? VOLLE_PRUEFUNG : undefined);
}

/** A city of its own as one district table: `n` areas × `stichtage` Stichtage, with the 1s and 2s an office's small areas have. */
export async function importSchutzzeiten(n: number, stichtage: number, runden: number) {
	const standard = leseManifest(await liesStandard('datensatz.json'), 'datensatz.json');
	const zeilen = ['stichtag,stadtbezirk,einwohner,mh,auslaender,unter18,ab65,frauen'];
	for (let j = 0; j < stichtage; j++)
		for (let i = 0; i < n; i++) {
			const ew = 200 + ((i * 37 + j * 11) % 1400);
			const auslaender = i % 9 === 0 ? 1 + (j % 2) : Math.round(ew * (0.05 + (i % 13) / 100));
			zeilen.push(`${2018 + j}-12-31,${1000 + i},${ew},${auslaender + Math.round(ew * 0.1)},${auslaender},${Math.round(ew * 0.17)},${i % 11 === 0 ? 2 : Math.round(ew * 0.21)},${Math.round(ew * 0.51)}`);
		}
	const q: Quelle = { id: 'bench', teil: 'bezirkszahl', datei: 'gebiete.csv', format: 'CSV', importiert: '2026-12-02T00:00:00Z', zeilen: zeilen.length - 1, stichtage: Array.from({ length: stichtage }, (_, j) => `${2018 + j}-12-31`), inhalt: zeilen.join('\n') + '\n' };
	const a = plane(null, standard, q, bezirkeDerQuelle(q), new Set()).arbeitsstand;
	const z = stelleZusammen(a, standard);
	return zeiten({ manifest: z.manifest, lies: (d) => (z.importiert.has(d) ? Promise.resolve(z.importiert.get(d)!) : liesStandard(d)) }, runden);
}
