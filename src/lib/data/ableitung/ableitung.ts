/**
 * Builds every table a view may read from the canonical tables, inside the load's transaction:
 * counts per district, the indicators, the breakdowns, all protected jointly (schutz/schutz.ts).
 * This is the one place suppression happens; afterwards the population tables themselves are emptied,
 * so no view, export or prepared file can reach a count that was not checked here.
 */
import type { Database } from '../database';
import type { DatensatzManifest } from '../manifest';
import {
	AUFTEILUNGEN,
	aufteilungSql,
	aufteilungZellenSql,
	BEZIRK_KENNZAHL_SQL,
	indikatorWertSql,
	KENNZAHL_ROH_SQL,
	KENNZAHL_ZEILEN_SQL,
	KENNZAHL_ZELLEN_SQL,
	zellenVon
} from './kennzahlen.sql';
import { schuetze, type Schutzbericht, type Schutzoptionen } from './schutz/schutz';

/** The last load's protection figures (for the bench and the data page). */
export let letzterSchutz: Schutzbericht | null = null;

export async function leite(db: Database, geheimhaltung: DatensatzManifest['geheimhaltung'], schutz: Schutzoptionen = {}): Promise<Schutzbericht> {
	const { schwelle, mindestEinwohner } = geheimhaltung;
	await db.exec(KENNZAHL_ROH_SQL);
	await db.exec(KENNZAHL_ZELLEN_SQL);
	await db.exec(KENNZAHL_ZEILEN_SQL);
	for (const a of AUFTEILUNGEN) await db.exec(aufteilungZellenSql(a));
	letzterSchutz = await schuetze(db, schwelle, schutz);
	for (const a of AUFTEILUNGEN) await db.exec(aufteilungSql(a));
	await db.exec(BEZIRK_KENNZAHL_SQL);
	await db.exec(indikatorWertSql(mindestEinwohner));
	await db.exec('DELETE FROM bevoelkerung; DELETE FROM bezirkszahl;');
	await db.exec(`DROP VIEW kennzahl_zeile; DROP TABLE kennzahl_zelle; DROP TABLE kennzahl_roh; ${AUFTEILUNGEN.map((a) => `DROP TABLE ${zellenVon(a)};`).join(' ')}`);
	return letzterSchutz;
}
