/**
 * The breakdowns behind the profile, the comparison and the Faktencheck: age by sex and status,
 * citizenships, length of stay, and the counts of every district over the years. All read the derived
 * tables (ableitung/kennzahlen.sql.ts), never the population rows. A count withheld for
 * confidentiality arrives as null, and so does any sum that includes one.
 */
import type { Koordinator } from './koordinator';
import { GESAMTSTADT, type Geschlecht, type Status } from '../schema';
import { ZAEHLGROESSEN, type Zaehlgroesse } from '../indikatoren';
import { summeGesperrtSql } from '../ableitung/geheimhaltung.sql';

export interface Altersbalken {
	geschlecht: Geschlecht;
	altersgruppe: string;
	status: Status;
	anzahl: number | null;
}

/**
 * The districts a breakdown is asked for: one, or a Stadtteil's, whose cells are the sums of theirs (a
 * sum with a withheld cell withheld). Only the number of placeholders comes from here, never a code.
 */
export type Gebiet = string | readonly string[];
export const gebietWerte = (gebiet: Gebiet) => (typeof gebiet === 'string' ? [gebiet] : [...gebiet]);
export const gebietSql = (spalte: string, gebiet: Gebiet) => `${spalte} IN (${gebietWerte(gebiet).map(() => '?').join(', ')})`;

export function altersaufbau(k: Koordinator, stichtag: string, gebiet: Gebiet = GESAMTSTADT): Promise<Altersbalken[]> {
	return k.frage<Altersbalken>(
		`SELECT geschlecht, altersgruppe, status, ${summeGesperrtSql('anzahl', 'gesperrt')} AS anzahl FROM kennzahl_alter
		WHERE stichtag = ? AND ${gebietSql('code', gebiet)} GROUP BY ALL HAVING sum(anzahl) > 0 OR bool_or(gesperrt)`,
		[stichtag, ...gebietWerte(gebiet)]
	);
}


export interface Staatsreihe {
	stichtag: string;
	iso: string;
	name: string;
	anzahl: number | null;
}

/** The `n` most frequent citizenships at `stichtag`, and their counts at every Stichtag. */
export function staatenVerlauf(k: Koordinator, stichtag: string, n: number, code: string = GESAMTSTADT): Promise<Staatsreihe[]> {
	return k.frage<Staatsreihe>(
		`WITH top AS (
			SELECT staatsangehoerigkeit AS iso FROM kennzahl_nation WHERE stichtag = ? AND code = ?
			GROUP BY 1 ORDER BY sum(anzahl) DESC NULLS LAST, 1 LIMIT ?
		)
		SELECT k.stichtag, k.staatsangehoerigkeit AS iso, coalesce(s.name, k.staatsangehoerigkeit) AS name, ${summeGesperrtSql('k.anzahl', 'k.gesperrt')} AS anzahl
		FROM kennzahl_nation k JOIN top ON top.iso = k.staatsangehoerigkeit LEFT JOIN staat s ON s.iso = k.staatsangehoerigkeit
		WHERE k.code = ? GROUP BY ALL ORDER BY k.stichtag, anzahl DESC NULLS LAST`,
		[stichtag, code, n, code]
	);
}

export interface Aufenthaltsbalken {
	aufenthaltsdauer: string | null;
	eu: boolean;
	anzahl: number | null;
}

export function aufenthaltsdauer(k: Koordinator, stichtag: string, gebiet: Gebiet = GESAMTSTADT): Promise<Aufenthaltsbalken[]> {
	return k.frage<Aufenthaltsbalken>(
		`SELECT aufenthaltsdauer, coalesce(eu, false) AS eu, ${summeGesperrtSql('anzahl', 'gesperrt')} AS anzahl FROM kennzahl_aufenthalt
		WHERE stichtag = ? AND ${gebietSql('code', gebiet)} GROUP BY ALL HAVING sum(anzahl) > 0 OR bool_or(gesperrt)`,
		[stichtag, ...gebietWerte(gebiet)]
	);
}

/** `gesperrt`: the counts of the row withheld for confidentiality, comma-separated. */
export type Zaehlung = Record<Zaehlgroesse, number | null> & { stichtag: string; code: string; gesperrt: string };

/** Every count of every district and the city at every Stichtag (a few hundred rows). */
export function zaehlungen(k: Koordinator): Promise<Zaehlung[]> {
	return k.frage<Zaehlung>(`SELECT stichtag, code, ${ZAEHLGROESSEN.join(', ')}, array_to_string(gesperrt, ',') AS gesperrt FROM bezirk_kennzahl ORDER BY stichtag, code`);
}
