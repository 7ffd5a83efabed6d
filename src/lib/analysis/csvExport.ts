/**
 * The district table as a CSV file for Excel in German settings: semicolon, decimal comma, UTF-8 with
 * BOM, source and Stichtag below the table. Text cells that a spreadsheet would read as a formula are
 * neutralised (OWASP: prefix with an apostrophe), whatever the data's origin.
 */
import { dsvFormat } from 'd3-dsv';

export interface CsvTabelle {
	kopf: string[];
	/** Numbers stay numbers (written with a decimal comma), null becomes an empty cell. */
	zeilen: (string | number | null)[][];
	/** Lines below the table: source, Stichtag, notices. */
	fussnoten: string[];
}

const semikolon = dsvFormat(';');

export function neutralisiere(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function zelle(wert: string | number | null): string {
	if (wert === null) return '';
	if (typeof wert === 'number') return Number.isFinite(wert) ? String(Math.round(wert * 1e6) / 1e6).replace('.', ',') : '';
	return neutralisiere(wert);
}

export function alsCsv(tabelle: CsvTabelle): string {
	const rows = [tabelle.kopf.map(neutralisiere), ...tabelle.zeilen.map((z) => z.map(zelle)), [], ...tabelle.fussnoten.map((f) => [neutralisiere(f)])];
	return '\uFEFF' + semikolon.formatRows(rows) + '\n';
}

export function csvDateiname(indikator: string, stichtag: string): string {
	return `sozialraumatlas_${indikator}_${stichtag}.csv`;
}
