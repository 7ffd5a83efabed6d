/**
 * Builds every table a view may read from the canonical tables, inside the load's transaction:
 * counts per district, the indicators, the breakdowns, each with statistical confidentiality applied.
 * This is the one place suppression happens; afterwards the population tables themselves are emptied,
 * so no view, export or prepared file can reach a count that was not checked here.
 */
import type { Database } from '../database';
import type { DatensatzManifest } from '../manifest';
import { anzahlGesperrtSql, primaerSql, sekundaerSql } from './geheimhaltung.sql';
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

/** Enough for any real table: each pass suppresses at least one more cell or ends. */
const HOECHSTENS_DURCHGAENGE = 50;

interface Linie {
	quelle: string;
	schluessel: readonly string[];
	ohneStadt: boolean;
}

/** Repeats the secondary passes over all lines until no line gives a suppressed cell away. */
async function sperre(db: Database, zellen: string, schwelle: number, linien: readonly Linie[]): Promise<void> {
	await db.exec(primaerSql(zellen, schwelle));
	let vorher = -1;
	for (let i = 0; i < HOECHSTENS_DURCHGAENGE; i++) {
		const [{ n }] = await db.query<{ n: number }>(anzahlGesperrtSql(zellen));
		if (n === vorher || n === 0) return;
		vorher = n;
		for (const l of linien) await db.exec(sekundaerSql(zellen, l.quelle, l.schluessel, l.ohneStadt));
	}
}

export async function leite(db: Database, geheimhaltung: DatensatzManifest['geheimhaltung']): Promise<void> {
	const { schwelle, mindestEinwohner } = geheimhaltung;
	await db.exec(KENNZAHL_ROH_SQL);
	await db.exec(KENNZAHL_ZELLEN_SQL);
	await db.exec(KENNZAHL_ZEILEN_SQL);
	await sperre(db, 'kennzahl_zelle', schwelle, [
		{ quelle: 'kennzahl_zelle', schluessel: ['stichtag', 'groesse'], ohneStadt: true },
		{ quelle: 'kennzahl_zeile', schluessel: ['stichtag', 'code', 'linie'], ohneStadt: false }
	]);
	for (const a of AUFTEILUNGEN) {
		const zellen = zellenVon(a);
		await db.exec(aufteilungZellenSql(a));
		// A district's cells add up to a count shown elsewhere; a column of districts adds up to the city.
		await sperre(db, zellen, schwelle, [
			{ quelle: zellen, schluessel: ['stichtag', ...a.merkmale], ohneStadt: true },
			{ quelle: zellen, schluessel: ['stichtag', 'code'], ohneStadt: false }
		]);
		await db.exec(aufteilungSql(a));
	}
	await db.exec(BEZIRK_KENNZAHL_SQL);
	await db.exec(indikatorWertSql(mindestEinwohner));
	await db.exec('DELETE FROM bevoelkerung; DELETE FROM bezirkszahl;');
	await db.exec(`DROP VIEW kennzahl_zeile; DROP TABLE kennzahl_zelle; DROP TABLE kennzahl_roh; ${AUFTEILUNGEN.map((a) => `DROP TABLE ${zellenVon(a)};`).join(' ')}`);
}
