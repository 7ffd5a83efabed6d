/**
 * `npm run build` runs this first: every data set under static/data/ is loaded with the very loader and
 * checks an import goes through (Node's DuckDB-WASM, the browser's engine), and its canonical and
 * derived tables are written as Arrow IPC streams (text columns dictionary-encoded) beside an index
 * holding the districts and the indicator table. The browser paints its first map from the index and
 * loads the tables without parsing CSV or deriving anything. Generated files are not committed.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nodeDatabase, type NodeDatabase } from '../src/lib/data/duckdb/node';
import { leseManifest } from '../src/lib/data/manifest';
import { ladeTabellen } from '../src/lib/data/laden/tabellen';
import { VOLLE_PRUEFUNG } from '../src/lib/data/ableitung/schutz/schutz';
import { VORBEREITETE_TABELLEN, type Vorbereitung } from '../src/lib/data/laden/vorbereitet';
import { frageIndikatortabelle } from '../src/lib/data/indikatortabelle';
import { stadtteiltabelleVon } from '../src/lib/data/abfragen/stadtteile';
import { Koordinator } from '../src/lib/data/abfragen/koordinator';
import { STADTBEZIRKE_SQL } from '../src/lib/data/abfragen/stadtbezirke';
import { meldungstext } from '../src/lib/data/meldungen';
import type { Stadtbezirk } from '../src/lib/data/schema';
import { pruefeVeroeffentlichung } from './veroeffentlichung';

const require = createRequire(import.meta.url);
// The CommonJS apache-arrow, the copy DuckDB's Node build returns tables of.
const arrow = require('apache-arrow') as typeof import('apache-arrow');

/** Text columns as dictionaries: the population table shrinks from 345 KB to about 160 KB gzipped. */
function mitWoerterbuch(ipc: Uint8Array): Uint8Array {
	const table = arrow.tableFromIPC(ipc);
	// apache-arrow cannot re-serialise DuckDB's empty list vectors; an empty table needs no dictionary anyway.
	if (table.numRows === 0) return ipc;
	const spalten: Record<string, import('apache-arrow').Vector> = {};
	for (const feld of table.schema.fields) {
		const vektor = table.getChild(feld.name)!;
		if (arrow.DataType.isUtf8(feld.type)) {
			const werte = Array.from(vektor as Iterable<string | null>);
			const verschiedene = new Set(werte).size;
			const index = verschiedene < 128 ? new arrow.Int8() : verschiedene < 32768 ? new arrow.Int16() : new arrow.Int32();
			spalten[feld.name] = arrow.vectorFromArray(werte, new arrow.Dictionary(new arrow.Utf8(), index));
		} else spalten[feld.name] = vektor;
	}
	return arrow.tableToIPC(new arrow.Table(spalten), 'stream');
}

export async function bereiteVor(ordner: string, db?: NodeDatabase): Promise<Vorbereitung> {
	const manifest = leseManifest(await readFile(join(ordner, 'datensatz.json'), 'utf8'), 'datensatz.json');
	if (!manifest.dateien.vorbereitet) throw new Error(`${ordner}: das Manifest nennt keine Datei „vorbereitet“.`);
	db ??= await nodeDatabase();
	// The publisher's tables: every primary cell audited, however many LPs that takes.
	const warnungen = await ladeTabellen(db, manifest, (datei) => readFile(join(ordner, datei), 'utf8'), { schutz: { hoechstensArbeit: VOLLE_PRUEFUNG } });
	for (const w of warnungen) console.warn(`Warnung: ${meldungstext(w)}`);
	const tabellen = {} as Vorbereitung['tabellen'];
	for (const t of VORBEREITETE_TABELLEN) {
		tabellen[t] = `vorbereitet-${t.replaceAll('_', '-')}.arrow`;
		await writeFile(join(ordner, tabellen[t]), mitWoerterbuch(await db.arrowIPC(`SELECT * FROM ${t}`)));
	}
	const stadtbezirke = await db.query<Stadtbezirk>(STADTBEZIRKE_SQL);
	// A link to the Stadtteile then shows them without waiting for DuckDB, as the districts are shown.
	const stadtteiltabelle = await stadtteiltabelleVon(new Koordinator(db), stadtbezirke, manifest.geheimhaltung.mindestEinwohner);
	const vorbereitung: Vorbereitung = {
		datensatz: manifest.id,
		stadtbezirke,
		indikatortabelle: await frageIndikatortabelle(db),
		...(stadtteiltabelle ? { stadtteiltabelle } : {}),
		tabellen
	};
	await writeFile(join(ordner, manifest.dateien.vorbereitet), JSON.stringify(vorbereitung) + '\n');
	return vorbereitung;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const wurzel = join(import.meta.dirname, '../static/data');
	// Before anything is prepared: static/ is copied into the build as it is.
	await pruefeVeroeffentlichung(wurzel);
	for (const eintrag of await readdir(wurzel, { withFileTypes: true })) {
		if (!eintrag.isDirectory()) continue;
		const v = await bereiteVor(join(wurzel, eintrag.name));
		console.log(`${eintrag.name}: ${v.stadtbezirke.length} Stadtbezirke, ${v.indikatortabelle.stichtage.length} Stichtage vorbereitet`);
	}
}
