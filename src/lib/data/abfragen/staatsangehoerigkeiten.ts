/** Foreign citizenships: the most frequent, city-wide, at a Stichtag. */
import type { Koordinator } from './koordinator';

export interface StaatAnteil {
	iso: string;
	name: string;
	anzahl: number;
	/** Per cent of the group counted (Ausländer*innen, or people with Fluchthintergrund). */
	anteil: number;
}

const HAEUFIGSTE_SQL = `
	SELECT b.staatsangehoerigkeit AS iso, coalesce(s.name, b.staatsangehoerigkeit) AS name, sum(b.anzahl) AS anzahl,
		100.0 * sum(b.anzahl) / sum(sum(b.anzahl)) OVER () AS anteil
	FROM bevoelkerung b LEFT JOIN staat s ON s.iso = b.staatsangehoerigkeit
	WHERE CAST(b.stichtag AS VARCHAR) = ? AND b.status = 'auslaender' AND (b.fluchthintergrund OR NOT ?)
	GROUP BY ALL ORDER BY anzahl DESC, iso LIMIT ?`;

/** The most frequent foreign citizenships; with `nurFlucht`, among people with Fluchthintergrund. */
export function haeufigsteStaatsangehoerigkeiten(k: Koordinator, stichtag: string, anzahl: number, nurFlucht = false): Promise<StaatAnteil[]> {
	return k.frage<StaatAnteil>(HAEUFIGSTE_SQL, [stichtag, nurFlucht, anzahl]);
}
