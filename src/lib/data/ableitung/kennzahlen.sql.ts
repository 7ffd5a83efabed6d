/**
 * SQL that derives the atlas's figures from the canonical tables. `bezirk_kennzahl` holds the counts
 * per Stichtag and Stadtbezirk (and, under the code GESAMTSTADT, for the whole city); `indikator_wert`
 * holds every catalogue indicator in long form. Changes between Stichtage are differences of these
 * values, taken where a view needs them (against whichever earlier Stichtag the user picks).
 * Both tables are rebuilt whenever data are (re)loaded; every view then reads small answers.
 */
import { INDIKATOREN, type Indikator, type Zaehlgroesse } from '../indikatoren';
import { GESAMTSTADT } from '../schema';
import { bandAnfangSql, indikatorSql, NEU_ZUGEWANDERT_UNTER_JAHREN } from '../kennzahlregeln';

/**
 * Every count of `bezirk_kennzahl` as a sum of `anzahl` over the rows meeting a condition on the
 * bands' lower bounds (regeln.sql.ts: "15-17" < 18, "1-4" < 4).
 */
export const ZAEHLUNGEN: Record<Exclude<Zaehlgroesse, 'staatsangehoerigkeiten' | 'flaeche_km2'>, string> = {
	einwohner: 'TRUE',
	mh: "status <> 'deutsch'",
	auslaender: "status = 'auslaender'",
	aussiedler: "status = 'aussiedler'",
	eingebuergert: "status = 'eingebuergert'",
	flucht: 'fluchthintergrund',
	auslaender_eu: "status = 'auslaender' AND eu",
	auslaender_dritt: "status = 'auslaender' AND NOT eu",
	unter18: 'alter_von < 18',
	ab65: 'alter_von >= 65',
	mh_unter18: "alter_von < 18 AND status <> 'deutsch'",
	neuzugewandert: `status = 'auslaender' AND dauer_von < ${NEU_ZUGEWANDERT_UNTER_JAHREN}`,
	kinder: 'alter_von < 15',
	jugendliche: 'alter_von >= 15 AND alter_von < 18',
	frauen: "geschlecht = 'w'"
};

/** The counts of `bezirk_kennzahl` (the derived ones and the ones a district table gives). */
export const ZAEHLSPALTEN = Object.keys(ZAEHLUNGEN) as (keyof typeof ZAEHLUNGEN)[];

/**
 * Every district (and the city) at every Stichtag of the data, before suppression: a district without
 * rows counts 0, not "missing". Counts come from `bevoelkerung` (sums over its rows) or from a district
 * table `bezirkszahl`; a count the district table lacks stays unknown (NULL), and the city's sum of it
 * is known only when every district's is.
 */
export const KENNZAHL_ROH_SQL = `
CREATE OR REPLACE TEMP TABLE kennzahl_roh AS
WITH b AS (
	SELECT *,
		${bandAnfangSql('altersgruppe')} AS alter_von,
		${bandAnfangSql('aufenthaltsdauer')} AS dauer_von
	FROM bevoelkerung
), z AS (
	SELECT
		CAST(stichtag AS VARCHAR) AS stichtag,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
		${ZAEHLSPALTEN.map((name) => `coalesce(sum(anzahl) FILTER (WHERE ${ZAEHLUNGEN[name]}), 0) AS ${name}`).join(',\n\t\t')},
		count(DISTINCT staatsangehoerigkeit) FILTER (WHERE status = 'auslaender' AND anzahl > 0) AS staatsangehoerigkeiten,
		CAST([] AS VARCHAR[]) AS quelle_gesperrt
	FROM b
	GROUP BY GROUPING SETS ((stichtag, stadtbezirk), (stichtag))
	UNION ALL BY NAME
	SELECT
		CAST(stichtag AS VARCHAR) AS stichtag,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
		${ZAEHLSPALTEN.map((name) => `CASE WHEN count(${name}) = count(*) THEN sum(${name}) END AS ${name}`).join(',\n\t\t')},
		CAST(NULL AS BIGINT) AS staatsangehoerigkeiten,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN CAST([] AS VARCHAR[]) ELSE coalesce(any_value(gesperrt), []) END AS quelle_gesperrt
	FROM bezirkszahl
	GROUP BY GROUPING SETS ((stichtag, stadtbezirk), (stichtag))
), gitter AS (
	SELECT t.stichtag, c.code, c.flaeche_km2
	FROM (SELECT DISTINCT stichtag FROM z) t,
		(SELECT code, flaeche_km2 FROM stadtbezirk UNION ALL SELECT '${GESAMTSTADT}', sum(flaeche_km2) FROM stadtbezirk) c
)
SELECT g.stichtag, g.code,
	${ZAEHLSPALTEN.map((name) => `CASE WHEN z.code IS NULL THEN 0 ELSE z.${name} END AS ${name}`).join(',\n\t')},
	CASE WHEN z.code IS NULL THEN 0 ELSE z.staatsangehoerigkeiten END AS staatsangehoerigkeiten,
	g.flaeche_km2,
	coalesce(z.quelle_gesperrt, []) AS quelle_gesperrt
FROM gitter g LEFT JOIN z USING (stichtag, code)
`;

/**
 * One cell per count; cells the source suppressed start suppressed. A count a district table lacks is a
 * cell of unknown value (NULL), not no cell: a line through it is then no equation (schutz/linien.sql.ts)
 * instead of one that leaves it out and claims, say, MH = Ausländer*innen.
 */
export const KENNZAHL_ZELLEN_SQL = `
CREATE OR REPLACE TEMP TABLE kennzahl_zelle AS
SELECT row_number() OVER () AS id, stichtag, code, groesse, wert, list_contains(quelle_gesperrt, groesse) AS gesperrt
FROM (SELECT stichtag, code, quelle_gesperrt, ${ZAEHLSPALTEN.join(', ')} FROM kennzahl_roh)
UNPIVOT INCLUDE NULLS (wert FOR groesse IN (${ZAEHLSPALTEN.join(', ')}))
`;

/**
 * Counts of a district that add up to another count of it (the line's total): the MH groups to MH,
 * EU and non-EU to the Ausländer*innen, children and young people to the under-18s.
 */
export const ZEILEN = [
	['mh', 'eingebuergert', 'aussiedler', 'auslaender'],
	['auslaender', 'auslaender_eu', 'auslaender_dritt'],
	['unter18', 'kinder', 'jugendliche']
];
export const KENNZAHL_ZEILEN_SQL = `
CREATE OR REPLACE TEMP VIEW kennzahl_zeile AS
SELECT z.*, l.linie FROM kennzahl_zelle z
JOIN (VALUES ${ZEILEN.flatMap((zeile, k) => zeile.map((g) => `('${g}', ${k})`)).join(', ')}) l(groesse, linie) USING (groesse)
`;

/**
 * The published counts: a suppressed cell is NULL, and the row lists which of its counts are suppressed.
 * A citizenship counts among a district's nations only where its total or one of its cells is shown:
 * counting a withheld one would tell that it is there.
 */
export const BEZIRK_KENNZAHL_SQL = `
CREATE OR REPLACE TABLE bezirk_kennzahl AS
SELECT r.stichtag, r.code,
	${ZAEHLSPALTEN.map((name) => `CASE WHEN list_contains(coalesce(g.gesperrt, []), '${name}') THEN NULL ELSE r.${name} END AS ${name}`).join(',\n\t')},
	coalesce(s.gezeigt, r.staatsangehoerigkeiten) AS staatsangehoerigkeiten, r.flaeche_km2,
	coalesce(g.gesperrt, CAST([] AS VARCHAR[])) AS gesperrt
FROM kennzahl_roh r
LEFT JOIN (SELECT stichtag, code, list(groesse ORDER BY groesse) AS gesperrt FROM kennzahl_zelle WHERE gesperrt GROUP BY ALL) g USING (stichtag, code)
LEFT JOIN (SELECT stichtag, code, count(DISTINCT staatsangehoerigkeit) FILTER (WHERE NOT gesperrt AND wert > 0) AS gezeigt FROM (
	SELECT stichtag, code, staatsangehoerigkeit, gesperrt, wert FROM kennzahl_staat_zelle
	UNION ALL SELECT stichtag, code, staatsangehoerigkeit, gesperrt, wert FROM kennzahl_nation_zelle) GROUP BY ALL) s USING (stichtag, code)
ORDER BY r.stichtag, r.code
`;

/**
 * Why a value is not shown: "wert" when a count it is computed from is suppressed, "bezirk" when the
 * district has fewer inhabitants than the data set's minimum for shares.
 */
function sperre(i: Indikator, mindestEinwohner: number): string {
	const klein = i.einheit === 'prozent' && mindestEinwohner > 0 ? `WHEN code <> '${GESAMTSTADT}' AND einwohner < ${mindestEinwohner} THEN 'bezirk' ` : '';
	const gesperrt = [i.zaehler, i.nenner].filter((g) => g && (ZAEHLSPALTEN as string[]).includes(g)).map((g) => `list_contains(gesperrt, '${g}')`);
	const wert = gesperrt.length ? `WHEN ${gesperrt.join(' OR ')} THEN 'wert' ` : '';
	return klein || wert ? `CASE ${klein}${wert}END` : 'CAST(NULL AS VARCHAR)';
}

function pruefeMindest(mindestEinwohner: number): void {
	if (!Number.isInteger(mindestEinwohner) || mindestEinwohner < 0) throw new Error(`Ungültige Mindesteinwohnerzahl: ${mindestEinwohner}`);
}

/**
 * Every catalogue indicator in long form from `quelle` (columns as `bezirk_kennzahl`: the counts, NULL
 * where withheld, and `gesperrt`): the one place an indicator, its withholding and the minimum
 * population for shares are computed, for districts and for groups of districts alike.
 */
export function indikatorLangSql(quelle: string, mindestEinwohner: number): string {
	pruefeMindest(mindestEinwohner);
	return `WITH lang AS (
	${INDIKATOREN.map((i) => `SELECT stichtag, code, '${i.id}' AS indikator, ${indikatorSql(i)} AS wert, ${sperre(i, mindestEinwohner)} AS sperre FROM ${quelle}`).join('\n\tUNION ALL\n\t')}
)
SELECT stichtag, code, indikator, CASE WHEN sperre IS NULL THEN wert END AS wert, sperre FROM lang`;
}

/** Every catalogue indicator in long form; a district without e.g. Ausländer*innen keeps its row (NULL). */
export function indikatorWertSql(mindestEinwohner: number): string {
	return `CREATE OR REPLACE TABLE indikator_wert AS ${indikatorLangSql('bezirk_kennzahl', mindestEinwohner)} ORDER BY stichtag, indikator, code`;
}

/**
 * The breakdowns the profile and the Faktencheck show, per district and for the city: age by sex and
 * status, citizenships (with refugee background), length of stay. Views read these, never the
 * population rows themselves. Each is built as cells first (`<tabelle>_zelle`), suppressed, then
 * published with `anzahl` NULL where suppressed.
 */
export interface Aufteilung {
	tabelle: string;
	merkmale: readonly string[];
	wo: string;
}

export const AUFTEILUNGEN: readonly Aufteilung[] = [
	{ tabelle: 'kennzahl_alter', merkmale: ['geschlecht', 'altersgruppe', 'status'], wo: 'TRUE' },
	{ tabelle: 'kennzahl_staat', merkmale: ['staatsangehoerigkeit', 'eu', 'fluchthintergrund'], wo: "status = 'auslaender'" },
	{ tabelle: 'kennzahl_aufenthalt', merkmale: ['aufenthaltsdauer', 'eu'], wo: "status = 'auslaender'" },
	// A citizenship's total, as the lists of citizenships show it: published, so protected as a cell of its own
	// (else the one withheld total of a district's list is its Ausländer*innen minus the others).
	{ tabelle: 'kennzahl_nation', merkmale: ['staatsangehoerigkeit', 'eu'], wo: "status = 'auslaender'" }
];

export const zellenVon = (a: Aufteilung) => `${a.tabelle}_zelle`;

export function aufteilungZellenSql(a: Aufteilung): string {
	const m = a.merkmale.join(', ');
	return `
CREATE OR REPLACE TEMP TABLE ${zellenVon(a)} AS
SELECT row_number() OVER () + ${(AUFTEILUNGEN.indexOf(a) + 1) * 1_000_000_000} AS id, *, false AS gesperrt FROM (
	SELECT CAST(stichtag AS VARCHAR) AS stichtag,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
		${m}, sum(anzahl) AS wert
	FROM bevoelkerung WHERE ${a.wo}
	GROUP BY GROUPING SETS ((stichtag, stadtbezirk, ${m}), (stichtag, ${m})))`;
}

export function aufteilungSql(a: Aufteilung): string {
	return `
CREATE OR REPLACE TABLE ${a.tabelle} AS
SELECT stichtag, code, ${a.merkmale.join(', ')}, CASE WHEN gesperrt THEN NULL ELSE wert END AS anzahl, gesperrt
FROM ${zellenVon(a)} ORDER BY ALL`;
}

/** Derived tables a prepared data set ships. */
export const ABGELEITETE_TABELLEN = ['bezirk_kennzahl', 'indikator_wert', 'kennzahl_alter', 'kennzahl_staat', 'kennzahl_aufenthalt', 'kennzahl_nation'] as const;
