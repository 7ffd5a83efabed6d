/**
 * SQL that derives the atlas's figures from the canonical tables. `bezirk_kennzahl` holds the counts
 * per Stichtag and Stadtbezirk (and, under the code GESAMTSTADT, for the whole city); `indikator_wert`
 * holds every catalogue indicator in long form. Changes between Stichtage are differences of these
 * values, taken where a view needs them (against whichever earlier Stichtag the user picks).
 * Both tables are rebuilt whenever data are (re)loaded; every view then reads small answers.
 */
import { INDIKATOREN, type Indikator, type Zaehlgroesse } from '../indikatoren';
import { GESAMTSTADT } from '../schema';

/**
 * Every count of `bezirk_kennzahl` as a sum of `anzahl` over the rows meeting a condition. Age and stay
 * bands are "von-bis" strings; their lower bound decides membership ("15-17" < 18, "1-4" < 4).
 */
const ZAEHLUNGEN: Record<Exclude<Zaehlgroesse, 'staatsangehoerigkeiten' | 'flaeche_km2'>, string> = {
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
	neuzugewandert: "status = 'auslaender' AND dauer_von < 4",
	kinder: 'alter_von < 15',
	jugendliche: 'alter_von >= 15 AND alter_von < 18',
	frauen: "geschlecht = 'w'"
};

/** Every district (and the city) at every Stichtag of the data: a district without rows counts 0, not "missing". */
export const BEZIRK_KENNZAHL_SQL = `
CREATE OR REPLACE TABLE bezirk_kennzahl AS
WITH b AS (
	SELECT *,
		TRY_CAST(regexp_extract(altersgruppe, '^[0-9]+') AS INTEGER) AS alter_von,
		TRY_CAST(regexp_extract(aufenthaltsdauer, '^[0-9]+') AS INTEGER) AS dauer_von
	FROM bevoelkerung
), z AS (
	SELECT
		CAST(stichtag AS VARCHAR) AS stichtag,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
		${Object.entries(ZAEHLUNGEN).map(([name, wo]) => `sum(anzahl) FILTER (WHERE ${wo}) AS ${name}`).join(',\n\t\t')},
		count(DISTINCT staatsangehoerigkeit) FILTER (WHERE status = 'auslaender' AND anzahl > 0) AS staatsangehoerigkeiten
	FROM b
	GROUP BY GROUPING SETS ((stichtag, stadtbezirk), (stichtag))
), gitter AS (
	SELECT t.stichtag, c.code, c.flaeche_km2
	FROM (SELECT DISTINCT stichtag FROM z) t,
		(SELECT code, flaeche_km2 FROM stadtbezirk UNION ALL SELECT '${GESAMTSTADT}', sum(flaeche_km2) FROM stadtbezirk) c
)
SELECT g.stichtag, g.code,
	${Object.keys(ZAEHLUNGEN).map((name) => `coalesce(z.${name}, 0) AS ${name}`).join(',\n\t')},
	coalesce(z.staatsangehoerigkeiten, 0) AS staatsangehoerigkeiten,
	g.flaeche_km2
FROM gitter g LEFT JOIN z USING (stichtag, code)
ORDER BY g.stichtag, g.code
`;

function expression(i: Indikator): string {
	if (!i.nenner) return `CAST(${i.zaehler} AS DOUBLE)`;
	const faktor = i.einheit === 'prozent' ? '100.0 * ' : '';
	return `${faktor}${i.zaehler} / NULLIF(${i.nenner}, 0)`;
}

export const INDIKATOR_WERT_SQL = `
CREATE OR REPLACE TABLE indikator_wert AS
WITH breit AS (
	SELECT stichtag, code, ${INDIKATOREN.map((i) => `${expression(i)} AS ${i.id}`).join(',\n\t\t')}
	FROM bezirk_kennzahl
)
-- A district without e.g. Ausländer*innen keeps its row (value NULL, shown as "k. A.").
SELECT stichtag, code, indikator, wert
FROM breit UNPIVOT INCLUDE NULLS (wert FOR indikator IN (${INDIKATOREN.map((i) => i.id).join(', ')}))
ORDER BY stichtag, indikator, code
`;

/**
 * The breakdowns the profile and the Faktencheck show, per district and for the city: age by sex and
 * status, citizenships (with refugee background), length of stay. Views read these, never the
 * population rows themselves.
 */
const aufteilung = (tabelle: string, merkmale: string, wo = 'TRUE') => `
CREATE OR REPLACE TABLE ${tabelle} AS
SELECT CAST(stichtag AS VARCHAR) AS stichtag,
	CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
	${merkmale}, sum(anzahl) AS anzahl
FROM bevoelkerung WHERE ${wo}
GROUP BY GROUPING SETS ((stichtag, stadtbezirk, ${merkmale}), (stichtag, ${merkmale}))
ORDER BY ALL`;

export const KENNZAHL_ALTER_SQL = aufteilung('kennzahl_alter', 'geschlecht, altersgruppe, status');
export const KENNZAHL_STAAT_SQL = aufteilung('kennzahl_staat', 'staatsangehoerigkeit, eu, fluchthintergrund', "status = 'auslaender'");
export const KENNZAHL_AUFENTHALT_SQL = aufteilung('kennzahl_aufenthalt', 'aufenthaltsdauer, eu', "status = 'auslaender'");

/** Derived tables in the order they build on each other (also the tables a prepared data set ships). */
export const ABLEITUNGEN = [BEZIRK_KENNZAHL_SQL, INDIKATOR_WERT_SQL, KENNZAHL_ALTER_SQL, KENNZAHL_STAAT_SQL, KENNZAHL_AUFENTHALT_SQL];
export const ABGELEITETE_TABELLEN = ['bezirk_kennzahl', 'indikator_wert', 'kennzahl_alter', 'kennzahl_staat', 'kennzahl_aufenthalt'] as const;
