/**
 * Tables as CSV files for Excel in German settings: semicolon, decimal comma, UTF-8 with BOM, the
 * table's title in the first row (as the statistics offices' tables open), source and Stichtag below it. Numbers carry the precision the screen shows (the caller says how many
 * decimals each column has). Text cells that a spreadsheet would read as a formula are neutralised
 * (OWASP: prefix with an apostrophe), whatever the data's origin.
 */
import { dsvFormat } from 'd3-dsv';
import { formatDezimal } from '../analysis/format';

export type Zelle = string | number | null;

export interface Exporttabelle {
	kopf: string[];
	/** Numbers stay numbers, null becomes an empty cell. */
	zeilen: Zelle[][];
	/** Decimals per column as shown on screen (default: 1). */
	stellen?: number[];
	/** Lines below the table: source, Stichtag, notices. */
	fussnoten: string[];
}

const semikolon = dsvFormat(';');

export function neutralisiere(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function gerundet(wert: number, stellen: number): number {
	return Math.round(wert * 10 ** stellen) / 10 ** stellen;
}

function zelle(wert: Zelle, stellen: number): string {
	if (wert === null) return '';
	if (typeof wert === 'number') return Number.isFinite(wert) ? formatDezimal(gerundet(wert, stellen)) : '';
	return neutralisiere(wert);
}

/** `titel`: what the table shows, as the page names it (the file alone must say it too). */
export function alsCsv(t: Exporttabelle, titel: string): string {
	const rows = [[neutralisiere(titel)], t.kopf.map(neutralisiere), ...t.zeilen.map((z) => z.map((w, i) => zelle(w, t.stellen?.[i] ?? 1))), [], ...t.fussnoten.map((f) => [neutralisiere(f)])];
	return '\uFEFF' + semikolon.formatRows(rows) + '\n';
}

/** `stadtteile`: the table is of the Stadtteile, so its file does not overwrite the districts'. */
export function csvDateiname(indikator: string, stichtag: string, stadtteile = false): string {
	return `sozialraumatlas_${indikator}_${stichtag}${stadtteile ? '_stadtteile' : ''}.csv`;
}
