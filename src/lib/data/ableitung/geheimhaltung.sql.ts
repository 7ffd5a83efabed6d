/**
 * Statistical confidentiality as SQL over long "cell" tables (one row per count a view could show:
 * `id`, the cell's keys, `code`, `wert`, `gesperrt`). Primary: a count of 1 up to below the threshold
 * is suppressed. Secondary: along every line whose cells add up to a total that is shown (the districts
 * of a column add up to the city; a district's groups add up to their whole), a line with exactly one
 * suppressed cell would give it away by subtraction, so its smallest other cell is suppressed as well;
 * this repeats until no such line is left. The threshold is a validated integer from the manifest.
 */
import { GESAMTSTADT } from '../schema';

/**
 * The threshold rule itself, for counts the browser estimates (people reached, from residential points):
 * the same rule `primaerSql` applies to the register's counts.
 */
export function unterSchwelle(x: number | null, schwelle: number): boolean {
	return x !== null && x > 0 && Math.round(x) < schwelle;
}

export function primaerSql(zellen: string, schwelle: number): string {
	if (!Number.isInteger(schwelle) || schwelle < 0) throw new Error(`Ungültige Schwelle: ${schwelle}`);
	return `UPDATE ${zellen} SET gesperrt = true WHERE wert > 0 AND wert < ${schwelle}`;
}

/**
 * One pass over the lines given by `schluessel` (columns of `quelle`, the cell table or a view of it
 * that assigns cells to lines). `ohneStadt`: the city's cell is the line's shown total, not one of its
 * cells (a column of districts). Keys may be NULL (no length of stay): NULL matches NULL.
 */
export function sekundaerSql(zellen: string, quelle: string, schluessel: readonly string[], ohneStadt: boolean): string {
	const k = schluessel.join(', ');
	const wo = ohneStadt ? `code <> '${GESAMTSTADT}'` : 'TRUE';
	const gleich = schluessel.map((s) => `m.${s} IS NOT DISTINCT FROM l.${s}`).join(' AND ');
	return `UPDATE ${zellen} SET gesperrt = true WHERE id IN (
		WITH m AS (SELECT * FROM ${quelle} WHERE ${wo}),
		l AS (SELECT ${k} FROM m GROUP BY ${k} HAVING count(*) FILTER (WHERE gesperrt) = 1 AND count(*) FILTER (WHERE NOT gesperrt) > 0),
		kandidat AS (
			SELECT m.id, row_number() OVER (PARTITION BY ${schluessel.map((s) => `m.${s}`).join(', ')} ORDER BY (m.wert > 0) DESC, m.wert, m.id) AS rang
			FROM m JOIN l ON ${gleich} WHERE NOT m.gesperrt
		)
		SELECT id FROM kandidat WHERE rang = 1)`;
}

export const anzahlGesperrtSql = (zellen: string) => `SELECT count(*) FILTER (WHERE gesperrt)::INTEGER AS n FROM ${zellen}`;

/** A sum over cells as every view publishes it: withheld when one of its cells is, or it would give that cell away. */
export const summeGesperrtSql = (spalte: string, gesperrt: string) => `CASE WHEN bool_or(${gesperrt}) THEN NULL ELSE sum(${spalte}) END`;
