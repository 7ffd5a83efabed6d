/**
 * Loads a data set's CSV tables into DuckDB: read as text, matched to the schema by column name,
 * checked against the domain rules, and only when no rule is broken cast into the canonical tables and
 * the derived figures rebuilt, all inside one transaction. A file with an error changes nothing: what
 * was loaded before stays as it was. Returns the warnings; throws a Ladefehler listing every finding.
 *
 * An imported file arrives here converted to the canonical CSV; its `Herkunft` lets every finding name
 * the user's file, row and column instead of the converted text's.
 */
import { group } from 'd3-array';
import type { Database } from '../database';
import type { DatensatzManifest } from '../manifest';
import { PFLICHTTABELLEN, STATISTIKTABELLEN, TABELLEN, TABELLENNAMEN, type Spalte, type TableName } from '../schema';
import { fehler, Ladefehler, warnung, type Meldung } from '../meldungen';
import { leite } from '../ableitung/ableitung';
import type { Schutzoptionen } from '../ableitung/schutz/schutz';
import { csvUebersicht, normiereSpaltenname, type CsvUebersicht } from './csvText';
import { regeln } from './regeln';
import { intern, leereTabelleSql, leereBezirkeSql, pruefSql, rejectsSql, rohSql, stageSql, stichtageSql, uebernahmeSql } from './pruefung.sql';
import { formatiereStichtag } from './stichtag';

export type LiesText = (datei: string) => Promise<string>;

/** Where a converted table came from: the user's file name, its rows and its column headers. */
export interface Herkunft {
	datei: string;
	/** Spreadsheet row in the user's file of the n-th canonical data row. */
	zeileVon?: Int32Array;
	/** The user's header for a canonical column. */
	spalteVon?: ReadonlyMap<string, string>;
}

export interface Ladeoptionen {
	manifestDatei?: string;
	/** Check everything, then change nothing (the import's check before the user accepts warnings). */
	nurPruefen?: boolean;
	herkunft?: Partial<Record<TableName, Herkunft>>;
	/** Further checks against the new tables, inside the transaction (e.g. boundaries against districts). */
	zusatzpruefung?: (db: Database) => Promise<Meldung[]>;
	/** The protection's audit limits and progress (schutz/schutz.ts). */
	schutz?: Schutzoptionen;
}

const REJECT_TEXT: Record<string, string> = {
	'TOO MANY COLUMNS': 'Die Zeile hat mehr Spalten als die Kopfzeile (ein Komma zu viel, oder ein Text mit Komma ohne Anführungszeichen?).',
	'MISSING COLUMNS': 'Die Zeile hat weniger Spalten als die Kopfzeile.',
	'UNQUOTED VALUE': 'Ein Anführungszeichen steht mitten im Wert; Texte mit Anführungszeichen müssen ganz in "…" stehen.',
	'INVALID UNICODE': 'Die Zeile enthält Zeichen, die kein UTF-8 sind; bitte die Datei als „CSV UTF-8“ speichern.',
	'LINE SIZE OVER MAXIMUM': 'Die Zeile ist zu lang.'
};

interface Gelesen {
	tabelle: TableName;
	/** The name findings give: the user's file for an import. */
	datei: string;
	text: string;
	csv: CsvUebersicht;
	position: Map<string, number>;
	zeileVon: Int32Array;
	/** An import's rows; DuckDB's reject lines count the converted text's lines otherwise. */
	herkunftZeilen: Int32Array | undefined;
	spalte: (kanonisch: string) => string;
}

/** Header checks: every required column by name, no name twice; unknown names are only a warning. */
function kopfpruefung(tabelle: TableName, datei: string, csv: CsvUebersicht, meldungen: Meldung[]): Map<string, number> | null {
	const position = new Map<string, number>();
	const bekannt = new Set((TABELLEN[tabelle] as readonly Spalte[]).map((s) => s.name));
	let ok = true;
	csv.kopf.forEach((roh, i) => {
		const name = normiereSpaltenname(roh);
		if (position.has(name)) {
			ok = false;
			meldungen.push(fehler(datei, `Die Spalte „${roh}“ steht zweimal in der Kopfzeile.`, { zeile: 1, spalte: roh }));
		} else if (bekannt.has(name)) position.set(name, i);
		else meldungen.push(warnung(datei, `Die Spalte „${roh}“ gehört nicht zur Vorlage und wird nicht verwendet.`, { zeile: 1, spalte: roh }));
	});
	for (const s of TABELLEN[tabelle] as readonly Spalte[])
		if (s.pflicht && !position.has(s.name)) {
			ok = false;
			meldungen.push(fehler(datei, `Die Pflichtspalte „${s.name}“ fehlt in der Kopfzeile.`, { zeile: 1, spalte: s.name }));
		}
	return ok ? position : null;
}

/** The tables this data set has: the required ones and the optional ones its manifest names. */
function tabellenDes(manifest: DatensatzManifest): TableName[] {
	return TABELLENNAMEN.filter((t) => PFLICHTTABELLEN.includes(t) || manifest.dateien[t] !== undefined);
}

async function lies(manifest: DatensatzManifest, liesText: LiesText, herkunft: Ladeoptionen['herkunft'], meldungen: Meldung[]): Promise<Gelesen[]> {
	const gelesen: Gelesen[] = [];
	for (const tabelle of tabellenDes(manifest)) {
		const h = herkunft?.[tabelle];
		const datei = h?.datei ?? manifest.dateien[tabelle]!;
		let text: string;
		try {
			text = await liesText(manifest.dateien[tabelle]!);
		} catch (error) {
			meldungen.push(fehler(datei, error instanceof Error ? error.message : 'Die Datei konnte nicht gelesen werden.'));
			continue;
		}
		if (text.trim() === '') {
			meldungen.push(fehler(datei, 'Die Datei ist leer.'));
			continue;
		}
		const csv = csvUebersicht(text);
		const position = kopfpruefung(tabelle, datei, csv, meldungen);
		if (!position) continue;
		if (csv.zeileVon.length === 0) {
			meldungen.push(fehler(datei, 'Die Datei enthält keine Datenzeilen, nur die Kopfzeile.'));
			continue;
		}
		gelesen.push({ tabelle, datei, text, csv, position, zeileVon: h?.zeileVon ?? csv.zeileVon, herkunftZeilen: h?.zeileVon, spalte: (k) => h?.spalteVon?.get(k) ?? k });
	}
	return gelesen;
}

async function stage(db: Database, g: Gelesen, meldungen: Meldung[]): Promise<boolean> {
	await db.exec(stageSql(g.tabelle, g.csv.kopf.length));
	const alle = await db.query<{ zeile: number; art: string }>(rejectsSql(g.tabelle));
	// DuckDB records a row once per missing column: one finding per row is enough.
	const rejects = alle.filter((r, i) => i === 0 || r.zeile !== alle[i - 1].zeile);
	const jeArt = group(rejects, (r) => r.art);
	for (const [art, liste] of jeArt)
		liste.slice(0, 3).forEach((r, k) =>
			meldungen.push(fehler(g.datei, REJECT_TEXT[art] ?? 'Die Zeile konnte nicht gelesen werden.', { zeile: g.herkunftZeilen?.[r.zeile - 2] ?? r.zeile, weitere: k === 2 || k === liste.length - 1 ? liste.length - k - 1 : 0 }))
		);
	if (rejects.length > 0) return false;
	await db.exec(rohSql(g.tabelle, g.position));
	return true;
}

async function pruefe(db: Database, g: Gelesen, dateien: Partial<Record<TableName, string>>, meldungen: Meldung[]): Promise<void> {
	const liste = regeln(g.tabelle, new Set(g.position.keys()), dateien, g.spalte);
	const regel = new Map(liste.map((r) => [r.id, r]));
	const funde = await db.query<{ regel: string; datensatz: number; wert: string | null; bezug: number | null; anzahl: number }>(pruefSql(g.tabelle, liste));
	const gezeigt = new Map<string, number>();
	for (const f of funde) {
		const r = regel.get(f.regel)!;
		const k = (gezeigt.get(f.regel) ?? 0) + 1;
		gezeigt.set(f.regel, k);
		const zuletzt = k === Math.min(3, f.anzahl);
		const ort = { zeile: g.zeileVon[f.datensatz], spalte: r.spalte ? g.spalte(r.spalte) : undefined, weitere: zuletzt ? f.anzahl - k : 0 };
		const text = r.text(f.wert, f.bezug === null ? null : g.zeileVon[f.bezug]);
		meldungen.push(r.schwere === 'fehler' ? fehler(g.datei, text, ort) : warnung(g.datei, text, ort));
	}
}

/** Stichtage of the manifest and of the data must be the same list; empty districts are worth a word. */
async function pruefeStichtage(db: Database, manifest: DatensatzManifest, bev: Gelesen, manifestDatei: string, meldungen: Meldung[]): Promise<void> {
	const t = bev.tabelle as (typeof STATISTIKTABELLEN)[number];
	const inDaten = await db.query<{ stichtag: string; datensatz: number }>(stichtageSql(t));
	const daten = new Set(inDaten.map((s) => s.stichtag));
	for (const t of manifest.stichtage)
		if (!daten.has(t))
			meldungen.push(fehler(manifestDatei, `Der Stichtag ${formatiereStichtag(t)} steht im Manifest, kommt aber in „${bev.datei}“ nicht vor.`, { feld: 'stichtage' }));
	for (const s of inDaten)
		if (!manifest.stichtage.includes(s.stichtag))
			meldungen.push(
				fehler(bev.datei, `Der Stichtag ${formatiereStichtag(s.stichtag)} fehlt in der Liste „stichtage“ des Manifests „${manifestDatei}“.`, {
					zeile: bev.zeileVon[s.datensatz],
					spalte: bev.spalte('stichtag')
				})
			);
	const leer = await db.query<{ code: string; stichtag: string }>(leereBezirkeSql(t));
	for (const [stichtag, liste] of group(leer, (l) => l.stichtag)) {
		const codes = liste.slice(0, 8).map((l) => `„${l.code}“`).join(', ') + (liste.length > 8 ? ` und ${liste.length - 8} weitere` : '');
		meldungen.push(warnung(bev.datei, `Am Stichtag ${formatiereStichtag(stichtag)} ${liste.length === 1 ? 'hat der Stadtbezirk' : 'haben die Stadtbezirke'} ${codes} keine Einwohner*innen; Anteile bleiben dort leer.`));
	}
}

export async function ladeTabellen(db: Database, manifest: DatensatzManifest, liesText: LiesText, optionen: Ladeoptionen = {}): Promise<Meldung[]> {
	const manifestDatei = optionen.manifestDatei ?? 'datensatz.json';
	const meldungen: Meldung[] = [];
	const gelesen = await lies(manifest, liesText, optionen.herkunft, meldungen);
	await Promise.all(gelesen.map((g) => db.registerFileText(intern.datei(g.tabelle), g.text)));
	await db.exec('BEGIN TRANSACTION');
	try {
		const tabellen = tabellenDes(manifest);
		const gestaged: Gelesen[] = [];
		for (const g of gelesen) if (await stage(db, g, meldungen)) gestaged.push(g);
		if (gestaged.length === tabellen.length) {
			// Findings name the files the user brought, not the data set's internal names.
			const dateien = { ...manifest.dateien, ...Object.fromEntries(gestaged.map((g) => [g.tabelle, g.datei])) };
			for (const g of gestaged) await pruefe(db, g, dateien, meldungen);
			await pruefeStichtage(db, manifest, gestaged.find((g) => (STATISTIKTABELLEN as readonly string[]).includes(g.tabelle))!, manifestDatei, meldungen);
		}
		if (meldungen.some((m) => m.schwere === 'fehler')) throw new Ladefehler(meldungen);
		for (const t of TABELLENNAMEN) await db.exec(tabellen.includes(t) ? uebernahmeSql(t) : leereTabelleSql(t));
		// The derived tables find nothing the checks above have not: a check that is rolled back skips them.
		if (!optionen.nurPruefen) await leite(db, manifest.geheimhaltung, optionen.schutz);
		if (optionen.zusatzpruefung) meldungen.push(...(await optionen.zusatzpruefung(db)));
		await db.exec(optionen.nurPruefen ? 'ROLLBACK' : 'COMMIT');
		return meldungen;
	} catch (error) {
		await db.exec('ROLLBACK');
		throw error;
	} finally {
		await Promise.all(gelesen.map((g) => db.dropFile(intern.datei(g.tabelle))));
	}
}
