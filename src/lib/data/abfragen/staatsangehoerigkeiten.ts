/** Foreign citizenships: the most frequent, city-wide, at a Stichtag. */
import type { Koordinator } from './koordinator';
import { GESAMTSTADT } from '../schema';

export interface StaatAnteil {
	iso: string;
	name: string;
	anzahl: number;
	/** Per cent of the group counted (Ausländer*innen, or people with Fluchthintergrund). */
	anteil: number;
}

const HAEUFIGSTE_SQL = `
	SELECT k.staatsangehoerigkeit AS iso, coalesce(s.name, k.staatsangehoerigkeit) AS name, sum(k.anzahl) AS anzahl,
		100.0 * sum(k.anzahl) / sum(sum(k.anzahl)) OVER () AS anteil
	FROM kennzahl_staat k LEFT JOIN staat s ON s.iso = k.staatsangehoerigkeit
	WHERE k.stichtag = ? AND k.code = ? AND (k.fluchthintergrund OR NOT ?)
	GROUP BY ALL ORDER BY anzahl DESC, iso LIMIT ?`;

/** The most frequent foreign citizenships (city or district); with `nurFlucht`, among people with Fluchthintergrund. */
export function haeufigsteStaatsangehoerigkeiten(k: Koordinator, stichtag: string, anzahl: number, nurFlucht = false, code: string = GESAMTSTADT): Promise<StaatAnteil[]> {
	return k.frage<StaatAnteil>(HAEUFIGSTE_SQL, [stichtag, code, nurFlucht, anzahl]);
}
