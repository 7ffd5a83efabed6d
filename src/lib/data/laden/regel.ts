/**
 * One domain rule a table must meet: an SQL condition over the table's raw rows (view `roh_<tabelle>`,
 * alias `r`, all values as trimmed text or NULL) and the German sentence a statistician reads; and the
 * few pieces every rule's SQL and sentence are written with. Conditions are written by us from our own
 * constants; no text from a file ever becomes SQL (a value only ever appears quoted, through sqlText).
 */
import type { Schwere } from '../meldungen';

export interface Regel {
	id: string;
	spalte: string;
	/** Condition over `r` that marks a row as breaking the rule. */
	wo: string;
	/** Expression shown as the faulty value (default: the column). */
	wert?: string;
	/** An expression giving the row index (`datensatz`) of a related row, e.g. the first of a duplicate. */
	bezugDatensatz?: string;
	schwere: Schwere;
	text: (wert: string | null, bezugZeile: number | null) => string;
}

export const q = (name: string) => `r."${name}"`;
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const sqlListe = (werte: readonly string[]) => `(${werte.map(sqlText).join(', ')})`;

/** The value as the user wrote it, quoted. */
export const z = (wert: string | null) => `„${wert ?? ''}“`;
