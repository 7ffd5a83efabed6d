/**
 * SQL of the staged load: a CSV is read as text into `stage_<tabelle>` (positional columns c0…cn,
 * structural errors into DuckDB's reject tables), exposed by name as `roh_<tabelle>`, checked against
 * the rules, and only then cast into the canonical table. Names here are the atlas's own; the file's
 * header decides only which position feeds which canonical column.
 */
import { bezeichner } from '../database';
import { DUCKDB_TYP, TABELLEN, type Spalte, type TableName } from '../schema';
import type { Regel } from './regel';
import { ersterGleicherSql } from './spaltenregeln';

export const intern = {
	datei: (t: TableName) => `stage_${t}.csv`,
	stage: (t: TableName) => bezeichner(`stage_${t}`),
	roh: (t: TableName) => bezeichner(`roh_${t}`),
	rejects: (t: TableName) => `reject_${t}`,
	rejectScan: (t: TableName) => `reject_scan_${t}`
};

export function stageSql(t: TableName, spaltenzahl: number): string {
	const spalten = Array.from({ length: spaltenzahl }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return `
		DROP TABLE IF EXISTS ${bezeichner(intern.rejects(t))};
		DROP TABLE IF EXISTS ${bezeichner(intern.rejectScan(t))};
		CREATE OR REPLACE TEMP TABLE ${intern.stage(t)} AS SELECT * FROM read_csv('${intern.datei(t)}',
			header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
			columns = {${spalten}}, store_rejects = true,
			rejects_table = '${intern.rejects(t)}', rejects_scan = '${intern.rejectScan(t)}');`;
}

export function rejectsSql(t: TableName): string {
	return `SELECT line::INTEGER AS zeile, error_type AS art, column_idx::INTEGER AS spalte FROM ${bezeichner(intern.rejects(t))} ORDER BY line`;
}

/** `position` maps a canonical column to its position in the file (absent optional columns become NULL). */
export function rohSql(t: TableName, position: ReadonlyMap<string, number>): string {
	const spalten = (TABELLEN[t] as readonly Spalte[]).map((s) => {
		const i = position.get(s.name);
		if (i === undefined) return `CAST(NULL AS VARCHAR) AS "${s.name}"`;
		const wert = `NULLIF(trim(c${i}), '')`;
		return `${s.typ === 'wahrheitswert' ? `lower(${wert})` : wert} AS "${s.name}"`;
	});
	// Rows inserted by an open transaction get row ids from a high offset: count from the first one.
	return `CREATE OR REPLACE TEMP VIEW ${intern.roh(t)} AS SELECT rowid - (SELECT min(rowid) FROM ${intern.stage(t)}) AS datensatz, ${spalten.join(', ')} FROM ${intern.stage(t)}`;
}

/**
 * Every rule as one query: per rule the first three offending rows and how many there are, in the
 * order a reader goes through the file (by row, then by column). Rule ids and conditions are the
 * atlas's own strings.
 */
export function pruefSql(t: TableName, regeln: readonly Regel[]): string {
	const teile = regeln.map(
		(r, k) =>
			`SELECT '${r.id}' AS regel, ${k} AS reihenfolge, datensatz, CAST(${r.wert ?? (r.spalte ? `r."${r.spalte}"` : 'NULL')} AS VARCHAR) AS wert, ${r.bezugDatensatz ?? 'CAST(NULL AS BIGINT)'} AS bezug FROM r WHERE ${r.wo}`
	);
	return `
		WITH r AS MATERIALIZED (SELECT *, ${ersterGleicherSql(t)} AS erster_gleicher FROM ${intern.roh(t)}),
		v AS (${teile.join('\nUNION ALL\n')})
		SELECT regel, datensatz::INTEGER AS datensatz, wert, bezug::INTEGER AS bezug, (count(*) OVER (PARTITION BY regel))::INTEGER AS anzahl
		FROM v
		QUALIFY row_number() OVER (PARTITION BY regel ORDER BY datensatz) <= 3
		ORDER BY min(datensatz) OVER (PARTITION BY regel), min(reihenfolge) OVER (PARTITION BY regel), datensatz`;
}

const CAST: Record<Spalte['typ'], (c: string) => string> = {
	text: (c) => c,
	ganzzahl: (c) => `CAST(${c} AS INTEGER)`,
	zahl: (c) => `CAST(${c} AS DOUBLE)`,
	datum: (c) => `CAST(${c} AS DATE)`,
	wahrheitswert: (c) => `CAST(${c} AS BOOLEAN)`,
	liste: (c) => `list_filter(list_transform(string_split(${c}, ';'), lambda e: trim(e)), lambda x: x <> '')`
};

/** The checked raw rows, typed, become the canonical table (inside the load's transaction). */
export function uebernahmeSql(t: TableName): string {
	const spalten = (TABELLEN[t] as readonly Spalte[]).map((s) => `${CAST[s.typ](`"${s.name}"`)} AS "${s.name}"`);
	return `CREATE OR REPLACE TABLE ${bezeichner(t)} AS SELECT ${spalten.join(', ')} FROM ${intern.roh(t)} ORDER BY datensatz`;
}

/** A table the data set does not have, empty but typed, so every query finds it. */
export function leereTabelleSql(t: TableName): string {
	const spalten = (TABELLEN[t] as readonly Spalte[]).map((s) => `"${s.name}" ${DUCKDB_TYP[s.typ]}`);
	return `CREATE OR REPLACE TABLE ${bezeichner(t)} (${spalten.join(', ')})`;
}

type Statistiktabelle = 'bevoelkerung' | 'bezirkszahl';

export function stichtageSql(t: Statistiktabelle): string {
	return `SELECT "stichtag" AS stichtag, min(datensatz)::INTEGER AS datensatz FROM ${intern.roh(t)} WHERE TRY_CAST("stichtag" AS DATE) IS NOT NULL GROUP BY 1 ORDER BY 1`;
}

/** Districts without any inhabitants at a Stichtag: their shares stay empty, the user should know. */
export function leereBezirkeSql(t: Statistiktabelle): string {
	const anzahl = t === 'bevoelkerung' ? 'anzahl' : 'einwohner';
	return `
	SELECT b.code, t.stichtag FROM roh_stadtbezirk b CROSS JOIN (SELECT DISTINCT "stichtag" AS stichtag FROM ${intern.roh(t)}) t
	WHERE NOT EXISTS (SELECT 1 FROM ${intern.roh(t)} p WHERE p.stadtbezirk = b.code AND p.stichtag = t.stichtag AND TRY_CAST(p.${anzahl} AS BIGINT) > 0)
	ORDER BY t.stichtag, b.code`;
}
