/**
 * Turns DuckDB's CSV errors into a German message that names the file, the row and the column,
 * so that a statistician can find the faulty cell in Excel without reading an engine message.
 */
import { csvParseRows } from 'd3-dsv';

export class Ladefehler extends Error {
	constructor(
		readonly datei: string,
		readonly zeile: number | undefined,
		readonly spalte: string | undefined,
		readonly grund: string
	) {
		super(
			[`Datei „${datei}“`, zeile !== undefined ? `Zeile ${zeile}` : '', spalte ? `Spalte „${spalte}“` : '']
				.filter(Boolean)
				.join(', ') + `: ${grund}`
		);
		this.name = 'Ladefehler';
	}
}

/** `inhalt` (the file's text) lets a structural error be pinned to its row, which DuckDB's sniffer cannot name. */
export function ladefehler(datei: string, error: unknown, inhalt?: string): Ladefehler {
	const text = error instanceof Error ? error.message : String(error);
	const line = /CSV Error on Line: (\d+)/.exec(text)?.[1] ?? (inhalt ? ersteAbweichendeZeile(inhalt) : undefined);
	const column = /column "([^"]+)"/i.exec(text)?.[1];
	const value = /Could not convert string "([^"]*)"/.exec(text)?.[1];
	const type = /to '([A-Z0-9]+)'/.exec(text)?.[1];
	let grund = 'Die Datei konnte nicht gelesen werden.';
	if (value !== undefined && type) grund = `Der Wert „${value}“ ist kein gültiger Wert vom Typ ${TYP_LABEL[type] ?? type}.`;
	else if (/Expected Number of Columns|number of columns|too many columns|expected \d+ values/i.test(text))
		grund = 'Die Zeile hat eine andere Anzahl Spalten als die Kopfzeile.';
	else if (/No files found|does not exist/i.test(text)) grund = 'Die Datei fehlt.';
	return new Ladefehler(datei, line ? Number(line) : undefined, column, grund);
}

/** 1-based row (header = row 1) of the first row whose number of fields differs from the header's. */
function ersteAbweichendeZeile(inhalt: string): string | undefined {
	const rows = csvParseRows(inhalt.replace(/\n$/, ''));
	const k = rows.findIndex((row) => row.length !== rows[0].length);
	return k > 0 ? String(k + 1) : undefined;
}

const TYP_LABEL: Record<string, string> = {
	INTEGER: 'ganze Zahl',
	INT32: 'ganze Zahl',
	DOUBLE: 'Zahl',
	DATE: 'Datum (JJJJ-MM-TT)',
	BOOLEAN: 'Wahrheitswert (true/false)'
};
