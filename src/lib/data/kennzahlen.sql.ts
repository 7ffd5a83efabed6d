/**
 * SQL that derives the atlas's figures from the canonical tables. `bezirk_kennzahl` holds the counts
 * per Stichtag and Stadtbezirk (and, under the code GESAMTSTADT, for the whole city); `indikator_wert`
 * holds every catalogue indicator in long form with its change against the previous Stichtag.
 * Both are rebuilt whenever data are (re)loaded; every view then reads small, indexed answers.
 */
import { INDIKATOREN, type Indikator } from './indikatoren';
import { GESAMTSTADT } from './schema';


export const BEZIRK_KENNZAHL_SQL = `
CREATE OR REPLACE TABLE bezirk_kennzahl AS
WITH b AS (
	-- Age and stay bands are "von-bis" strings; their lower bound decides membership ("15-17" < 18).
	SELECT *,
		TRY_CAST(regexp_extract(altersgruppe, '^[0-9]+') AS INTEGER) AS alter_von,
		TRY_CAST(regexp_extract(aufenthaltsdauer, '^[0-9]+') AS INTEGER) AS dauer_von
	FROM bevoelkerung
), z AS (
	SELECT
		CAST(stichtag AS VARCHAR) AS stichtag,
		CASE WHEN GROUPING(stadtbezirk) = 1 THEN '${GESAMTSTADT}' ELSE stadtbezirk END AS code,
		sum(anzahl) AS einwohner,
		coalesce(sum(anzahl) FILTER (WHERE status <> 'deutsch'), 0) AS mh,
		coalesce(sum(anzahl) FILTER (WHERE status = 'auslaender'), 0) AS auslaender,
		coalesce(sum(anzahl) FILTER (WHERE status = 'aussiedler'), 0) AS aussiedler,
		coalesce(sum(anzahl) FILTER (WHERE status = 'eingebuergert'), 0) AS eingebuergert,
		coalesce(sum(anzahl) FILTER (WHERE fluchthintergrund), 0) AS flucht,
		coalesce(sum(anzahl) FILTER (WHERE status = 'auslaender' AND eu), 0) AS auslaender_eu,
		coalesce(sum(anzahl) FILTER (WHERE status = 'auslaender' AND NOT eu), 0) AS auslaender_dritt,
		coalesce(sum(anzahl) FILTER (WHERE alter_von < 18), 0) AS unter18,
		coalesce(sum(anzahl) FILTER (WHERE alter_von >= 65), 0) AS ab65,
		coalesce(sum(anzahl) FILTER (WHERE alter_von < 18 AND status <> 'deutsch'), 0) AS mh_unter18,
		coalesce(sum(anzahl) FILTER (WHERE status = 'auslaender' AND dauer_von < 4), 0) AS neuzugewandert,
		count(DISTINCT staatsangehoerigkeit) FILTER (WHERE status = 'auslaender' AND anzahl > 0) AS staatsangehoerigkeiten
	FROM b
	GROUP BY GROUPING SETS ((stichtag, stadtbezirk), (stichtag))
)
SELECT z.*,
	CASE WHEN z.code = '${GESAMTSTADT}' THEN (SELECT sum(flaeche_km2) FROM stadtbezirk) ELSE b.flaeche_km2 END AS flaeche_km2
FROM z LEFT JOIN stadtbezirk b ON b.code = z.code
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
),
lang AS (
	-- A district without e.g. Ausländer*innen keeps its row (value NULL, shown as "k. A.").
	SELECT * FROM breit UNPIVOT INCLUDE NULLS (wert FOR indikator IN (${INDIKATOREN.map((i) => i.id).join(', ')}))
)
SELECT stichtag, code, indikator, wert,
	wert - lag(wert) OVER (PARTITION BY code, indikator ORDER BY stichtag) AS veraenderung
FROM lang
ORDER BY indikator, stichtag, code
`;
