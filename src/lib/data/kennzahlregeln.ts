/**
 * The indicator rules every query and every analysis shares, each written once: a ratio of two counts
 * (a share in percent: 100 × part / whole, none of a whole of 0) and the "von-bis" bands of age and
 * length of stay, whose lower bound decides membership ("15-17" holds 15 to 17, "1-4" holds 1 to
 * under 4). The SQL forms take column expressions of our own, never user text; the TypeScript forms
 * are for values already read from the tables.
 */
import type { Indikator } from './indikatoren';
import { bandStart } from './schema';

/** 100 × teil / ganz in SQL; NULL for a whole of 0. */
export const anteilSql = (teil: string, ganz: string) => `100.0 * ${teil} / NULLIF(${ganz}, 0)`;

/** The same share of values in hand; null for an empty whole (or none). */
export const anteil = (teil: number, ganz: number | null): number | null => (ganz !== null && ganz > 0 ? (100 * teil) / ganz : null);

/** A catalogue indicator from its counts: a share in percent, a plain ratio (density), or the count. */
export function indikatorSql(i: Indikator): string {
	if (!i.nenner) return `CAST(${i.zaehler} AS DOUBLE)`;
	return i.einheit === 'prozent' ? anteilSql(i.zaehler, i.nenner) : `${i.zaehler} / NULLIF(${i.nenner}, 0)`;
}

/** Neu zugewandert: a length of stay whose band begins below this many years (the count `neuzugewandert`). */
export const NEU_ZUGEWANDERT_UNTER_JAHREN = 4;

/** The same rule for a band in hand ("1-4" is, "4-6" is not). */
export const istNeuZugewandert = (band: string): boolean => bandStart(band) < NEU_ZUGEWANDERT_UNTER_JAHREN;

/** The lower bound of a band column ("15-17" → 15, "85+" → 85). */
export const bandAnfangSql = (spalte: string) => `TRY_CAST(regexp_extract(${spalte}, '^[0-9]+') AS INTEGER)`;

/** The band a whole number falls in: the last one whose lower bound it reaches. */
export function bandSql(wert: string, baender: readonly string[]): string {
	return `CASE ${baender
		.slice(0, -1)
		.map((b, i) => `WHEN ${wert} < ${bandStart(baender[i + 1])} THEN '${b}'`)
		.join(' ')} ELSE '${baender.at(-1)}' END`;
}
