/** Foreign citizenships: the most frequent, city-wide, at a Stichtag (counts withheld for confidentiality are null). */
import type { Koordinator } from './koordinator';
import { GESAMTSTADT } from '../schema';
import { summeGesperrtSql } from '../ableitung/geheimhaltung.sql';
import { anteilSql } from '../kennzahlregeln';
import { gebietSql, gebietWerte, type Gebiet } from './aufteilungen';

export interface StaatAnteil {
	iso: string;
	name: string;
	anzahl: number | null;
	/** Per cent of the group counted (Ausländer*innen, or people with Fluchthintergrund). */
	anteil: number | null;
}

/**
 * All Ausländer*innen read a citizenship's total, which the protection treats as a cell of its own
 * (kennzahl_nation); refugees read its cells with refugee background.
 */
const haeufigsteSql = (nurFlucht: boolean, gebiet: Gebiet) => `
	WITH je AS (
		SELECT k.staatsangehoerigkeit AS iso, coalesce(s.name, k.staatsangehoerigkeit) AS name,
			${summeGesperrtSql('k.anzahl', 'k.gesperrt')} AS anzahl
		FROM ${nurFlucht ? 'kennzahl_staat' : 'kennzahl_nation'} k LEFT JOIN staat s ON s.iso = k.staatsangehoerigkeit
		WHERE k.stichtag = ? AND ${gebietSql('k.code', gebiet)} ${nurFlucht ? 'AND k.fluchthintergrund' : ''}
		GROUP BY ALL
	)
	-- A share of a total that contains withheld counts would be wrong: then none is given.
	SELECT iso, name, anzahl, CASE WHEN count(*) OVER () = count(anzahl) OVER () THEN ${anteilSql('anzahl', 'sum(anzahl) OVER ()')} END AS anteil
	FROM je ORDER BY anzahl DESC NULLS LAST, iso LIMIT ?`;

/** The most frequent foreign citizenships (city, district or Stadtteil); with `nurFlucht`, among people with Fluchthintergrund. */
export function haeufigsteStaatsangehoerigkeiten(k: Koordinator, stichtag: string, anzahl: number, nurFlucht = false, gebiet: Gebiet = GESAMTSTADT): Promise<StaatAnteil[]> {
	return k.frage<StaatAnteil>(haeufigsteSql(nurFlucht, gebiet), [stichtag, ...gebietWerte(gebiet), anzahl]);
}

/** One citizenship's count per district and Stichtag (null where a count is withheld). */
export interface StaatJeBezirk {
	stichtag: string;
	code: string;
	anzahl: number | null;
}

const JE_BEZIRK_SQL = `
	SELECT stichtag, code, CASE WHEN bool_or(gesperrt) THEN NULL ELSE sum(anzahl) END AS anzahl
	FROM kennzahl_nation WHERE staatsangehoerigkeit = ? AND code <> ?
	GROUP BY ALL ORDER BY stichtag, code`;

/** A citizenship's people in every district at every Stichtag, for its segregation as a group. */
export function staatJeBezirk(k: Koordinator, iso: string): Promise<StaatJeBezirk[]> {
	return k.frage<StaatJeBezirk>(JE_BEZIRK_SQL, [iso, GESAMTSTADT]);
}
