/**
 * The published tables as one system of equations, for their joint protection. Every cell any view
 * publishes (a district's count, a bar of the pyramid, a citizenship, a length of stay) lies in a cell
 * table, with an id unique across the tables (the breakdowns' ids start at multiples of 10⁹); `schutz_glied` lists the lines: sets of cells of which one
 * (`faktor` −1) is the sum of the others (+1). Lines are the totals some view shows: the districts of a
 * column add up to the city, a district's groups to its MH count, and — across tables — every count of
 * `bezirk_kennzahl` to the breakdown cells it counts (Ausländer*innen of the profile = the pyramid's
 * Ausländer bars = the citizenships = the lengths of stay), and a citizenship's total to its cells by
 * refugee background. A line with a member of unknown value (a
 * district table lacking a count) is no equation anyone can use and is left out.
 */
import { AUFTEILUNGEN, type Aufteilung, ZAEHLUNGEN, ZEILEN, zellenVon } from '../kennzahlen.sql';
import { GESAMTSTADT } from '../../schema';
import { bandAnfangSql } from '../../kennzahlregeln';
import type { Zaehlgroesse } from '../../indikatoren';

/** The counts of `bezirk_kennzahl` that are sums of a breakdown's cells (its rows meet the count's condition). */
const QUER: Record<string, readonly Zaehlgroesse[]> = {
	kennzahl_alter: ['einwohner', 'mh', 'auslaender', 'aussiedler', 'eingebuergert', 'unter18', 'ab65', 'mh_unter18', 'kinder', 'jugendliche', 'frauen'],
	kennzahl_staat: ['auslaender', 'auslaender_eu', 'auslaender_dritt'],
	kennzahl_aufenthalt: ['auslaender', 'auslaender_eu', 'auslaender_dritt', 'neuzugewandert'],
	kennzahl_nation: ['auslaender', 'auslaender_eu', 'auslaender_dritt']
};

/**
 * Counts that are sums of a breakdown's cells only where the data say so: people with Fluchthintergrund are
 * counted among all inhabitants, the citizenships' cells with refugee background among the Ausländer*innen.
 * The two agree where every refugee is an Ausländer*in (as the Ausländerzentralregister counts them, and an
 * attacker who knows that definition would assume); only there is the sum a line (its true values satisfy
 * it), so a district with naturalised refugees gets no false equation.
 */
const WO_ES_STIMMT: Record<string, readonly Zaehlgroesse[]> = { kennzahl_staat: ['flucht'] };

/** A breakdown's cells that add up to a cell of a coarser one: a citizenship's total = its cells by refugee background. */
const FEINER = [{ grob: 'kennzahl_nation', fein: 'kennzahl_staat', merkmale: ['stichtag', 'code', 'staatsangehoerigkeit', 'eu'] }] as const;

/** A breakdown's cells with the columns the counts' conditions read (status, age and stay from their bands). */
function merkmalsSicht(a: Aufteilung): string {
	const m = new Set(a.merkmale);
	const spalten = [
		m.has('status') ? 'status' : "'auslaender' AS status",
		m.has('geschlecht') ? 'geschlecht' : 'NULL AS geschlecht',
		m.has('altersgruppe') ? `${bandAnfangSql('altersgruppe')} AS alter_von` : 'NULL AS alter_von',
		m.has('aufenthaltsdauer') ? `${bandAnfangSql('aufenthaltsdauer')} AS dauer_von` : 'NULL AS dauer_von',
		m.has('eu') ? 'eu' : 'NULL AS eu',
		m.has('fluchthintergrund') ? 'fluchthintergrund' : 'NULL AS fluchthintergrund'
	];
	return `(SELECT id, stichtag, code, ${spalten.join(', ')} FROM ${zellenVon(a)})`;
}

const schluessel = (spalten: readonly string[]) => spalten.map((s) => `coalesce(CAST(${s} AS VARCHAR), '∅')`).join(" || '|' || ");

function linienSql(): string[] {
	const teile = [
		`SELECT 'k|' || ${schluessel(['stichtag', 'groesse'])} AS linie, id, CASE WHEN code = '${GESAMTSTADT}' THEN -1 ELSE 1 END AS faktor, false AS bedingt FROM kennzahl_zelle`,
		`SELECT 'r|' || ${schluessel(['stichtag', 'code', 'linie'])}, id, CASE ${ZEILEN.map((z, k) => `WHEN linie = ${k} AND groesse = '${z[0]}' THEN -1`).join(' ')} ELSE 1 END, false FROM kennzahl_zeile`
	];
	for (const a of AUFTEILUNGEN) {
		teile.push(`SELECT '${a.tabelle}|' || ${schluessel(['stichtag', ...a.merkmale])}, id, CASE WHEN code = '${GESAMTSTADT}' THEN -1 ELSE 1 END, false FROM ${zellenVon(a)}`);
		const quer = [...(QUER[a.tabelle] ?? []).map((g) => [g, false] as const), ...(WO_ES_STIMMT[a.tabelle] ?? []).map((g) => [g, true] as const)];
		for (const [g, bedingt] of quer) {
			const linie = `'${a.tabelle}:${g}|' || ${schluessel(['stichtag', 'code'])}`;
			teile.push(`SELECT ${linie}, id, -1, ${bedingt} FROM kennzahl_zelle WHERE groesse = '${g}'`);
			teile.push(`SELECT ${linie}, id, 1, ${bedingt} FROM merkmal_${AUFTEILUNGEN.indexOf(a)} WHERE ${ZAEHLUNGEN[g as keyof typeof ZAEHLUNGEN]}`);
		}
	}
	for (const f of FEINER) {
		const linie = `'${f.grob}>${f.fein}|' || ${schluessel(f.merkmale)}`;
		teile.push(`SELECT ${linie}, id, -1, false FROM ${f.grob}_zelle`, `SELECT ${linie}, id, 1, false FROM ${f.fein}_zelle`);
	}
	return teile;
}

/** Every cell of the published tables: id, value, withheld, fixed (the city's counts, published exactly as the KIK does). */
export const SCHUTZ_ZELLE_SQL = `
CREATE OR REPLACE TEMP VIEW schutz_zelle AS
SELECT id, wert, gesperrt, code = '${GESAMTSTADT}' AS fest FROM kennzahl_zelle
${AUFTEILUNGEN.map((a) => `UNION ALL SELECT id, wert, gesperrt, false FROM ${zellenVon(a)}`).join('\n')}`;

/**
 * The lines. A kennzahl line's total (MH, Ausländer*innen, under-18s) carries −1; a cross line exists only
 * where its breakdown has cells at that Stichtag and district (a district table without rows has none),
 * and a line of WO_ES_STIMMT (`bedingt`) only where its true values add up.
 */
export function schutzGliedSql(): string {
	return `
CREATE OR REPLACE TEMP TABLE schutz_glied AS
WITH ${AUFTEILUNGEN.map((a, k) => `merkmal_${k} AS MATERIALIZED ${merkmalsSicht(a)}`).join(',\n')},
g AS (${linienSql().join('\nUNION ALL ')}),
m AS MATERIALIZED (SELECT g.*, z.wert FROM g JOIN schutz_zelle z USING (id)),
gut AS (SELECT linie FROM m GROUP BY linie
	HAVING count(*) FILTER (WHERE wert IS NULL) = 0 AND count(*) FILTER (WHERE faktor = 1) > 0 AND count(*) FILTER (WHERE faktor = -1) <= 1
		AND (NOT bool_or(bedingt) OR sum(faktor * wert) = 0))
SELECT linie, id, faktor FROM m SEMI JOIN gut USING (linie)`;
}

/** The cells in id order; their position is their index in the system of equations. */
export const SCHUTZ_ZELLEN_LESEN_SQL = `SELECT id::DOUBLE AS id, coalesce(wert, 0)::DOUBLE AS wert, gesperrt::UTINYINT AS gesperrt, fest::UTINYINT AS fest FROM schutz_zelle ORDER BY id`;

/**
 * The lines' members, one row each, sorted by line: the line's number (0…), the member's position (as in
 * SCHUTZ_ZELLEN_LESEN_SQL) and its factor. Flat columns, since lists cost more to hand over than to compute.
 */
export const SCHUTZ_LINIEN_LESEN_SQL = `
WITH i AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::INTEGER AS i FROM schutz_zelle)
SELECT (dense_rank() OVER (ORDER BY g.linie) - 1)::INTEGER AS linie, i.i AS glied, g.faktor::TINYINT AS faktor
FROM schutz_glied g JOIN i USING (id) ORDER BY g.linie, i.i`;

/** Marks the cells listed in `quelle` (a table with column id) as withheld, in every cell table. */
export function sperreSql(quelle: string): string {
	return ['kennzahl_zelle', ...AUFTEILUNGEN.map(zellenVon)].map((t) => `UPDATE ${t} SET gesperrt = true WHERE id IN (SELECT id FROM ${quelle});`).join('\n');
}
