/**
 * A text table (CSV, TSV, "Unicode-Text") in whatever dialect an office exports: delimiter ";", ","
 * or tab, detected from the rows themselves; the text's encoding detected from its bytes.
 */
import { dsvFormat } from 'd3-dsv';
import { dekodiere } from './kodierung';
import { alsRohtabelle, type Rohtabelle } from './rohtabelle';

const TRENNER = [';', ',', '\t', '|'] as const;
const NAME: Record<(typeof TRENNER)[number], string> = { ';': 'Semikolon', ',': 'Komma', '\t': 'Tabulator', '|': 'senkrechter Strich' };

/** The delimiter that splits most of the first rows into the same number (≥ 2) of fields. */
export function erkenneTrenner(text: string): (typeof TRENNER)[number] {
	const probe = text.split(/\r?\n/).filter((z) => z.trim() !== '').slice(0, 60).join('\n');
	let bester: (typeof TRENNER)[number] = ',';
	let punkte = -1;
	for (const t of TRENNER) {
		const breiten = dsvFormat(t).parseRows(probe).map((z) => z.length);
		const haeufig = new Map<number, number>();
		for (const b of breiten) if (b >= 2) haeufig.set(b, (haeufig.get(b) ?? 0) + 1);
		const [breite, anzahl] = [...haeufig].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
		const p = anzahl * 100 + breite;
		if (p > punkte) {
			punkte = p;
			bester = t;
		}
	}
	return bester;
}

/** Files above this size are read only in part here: enough to map them; DuckDB reads the rest. */
export const VORSCHAU_BYTES = 20 * 1024 * 1024;

export function textTabelle(datei: string, bytes: Uint8Array): Rohtabelle {
	const vorschau = bytes.length > VORSCHAU_BYTES;
	const { text: ganz, kodierung } = dekodiere(vorschau ? bytes.subarray(0, 256 * 1024) : bytes);
	// A cut-off last line would be read as a broken row.
	const text = vorschau ? ganz.slice(0, ganz.lastIndexOf('\n')) : ganz;
	const trenner = erkenneTrenner(text);
	// d3 splits "\r\n" and "\n"; each record is a spreadsheet row, a blank line one too.
	const zeilen = dsvFormat(trenner).parseRows(text.replace(/\r\n?/g, '\n').replace(/\n$/, ''));
	return { ...alsRohtabelle(datei, zeilen), format: `${kodierung}, Trennzeichen ${NAME[trenner]}`, text: { trenner, kodierung }, ...(vorschau ? { vorschau } : {}) };
}
