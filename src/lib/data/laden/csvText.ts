/**
 * What the loader needs to know about a CSV text before DuckDB reads it: the header's column names
 * (columns are matched by name, never by position) and, for every data record, the row a spreadsheet
 * shows it in, so that a finding about DuckDB's n-th row names the row the user sees.
 */
import { csvParseRows } from 'd3-dsv';

export interface CsvUebersicht {
	/** Header names as written (BOM and surrounding blanks removed). */
	kopf: string[];
	/** Spreadsheet row (header = 1) of the n-th data record; blank lines count, as in Excel and DuckDB. */
	zeileVon: Int32Array;
}

/**
 * One pass over the text. A line break inside quotes belongs to its record; an empty line is a row
 * without a record (DuckDB skips it but counts it, as the reject table's line numbers show).
 */
export function csvUebersicht(text: string): CsvUebersicht {
	const zeilen: number[] = [];
	let kopfEnde = -1;
	let zeile = 0;
	let inQuotes = false;
	let start = 0;
	const n = text.length;
	for (let i = 0; i <= n; i++) {
		const c = i < n ? text.charCodeAt(i) : 10;
		if (c === 34) inQuotes = !inQuotes;
		else if (c === 10 && !inQuotes) {
			zeile++;
			const leer = i === start || (i === start + 1 && text.charCodeAt(start) === 13);
			if (!leer) {
				if (kopfEnde < 0) kopfEnde = i;
				else zeilen.push(zeile);
			}
			start = i + 1;
			if (i === n) break;
		}
	}
	// A final line break does not start another row.
	const kopfText = kopfEnde < 0 ? '' : text.slice(0, kopfEnde).replace(/^\uFEFF/, '');
	const kopf = (csvParseRows(kopfText)[0] ?? []).map((name) => name.trim());
	return { kopf, zeileVon: Int32Array.from(zeilen) };
}

/** How a header name is compared with the schema's: case and surrounding blanks do not matter. */
export function normiereSpaltenname(name: string): string {
	return name.trim().toLowerCase();
}
