/** A table as the reader hands it on: the header in row 1, the data from row 2 on, nothing to note. */
import type { Rohtabelle, Zelle } from '../rohtabelle';

export function gelesen(datei: string, kopf: string[], zeilen: Zelle[][], mehr: Partial<Rohtabelle> = {}): Rohtabelle {
	return { datei, kopf, kopfzeile: 1, zeilen, zeileVon: zeilen.map((_, i) => i + 2), zeilenwort: 'Zeile', hinweise: [], ...mehr };
}
