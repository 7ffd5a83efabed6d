/**
 * The threshold rule over long "cell" tables (one row per count a view could show: `id`, the cell's
 * keys, `code`, `wert`, `gesperrt`): a count of 1 up to below the threshold is withheld (primary
 * suppression; the secondary suppression and its audit over all linked tables are in schutz/). The
 * threshold is a validated integer from the manifest.
 */

export function primaerSql(zellen: string, schwelle: number): string {
	if (!Number.isInteger(schwelle) || schwelle < 0) throw new Error(`Ungültige Schwelle: ${schwelle}`);
	return `UPDATE ${zellen} SET gesperrt = true WHERE wert > 0 AND wert < ${schwelle}`;
}

/** A sum over cells as every view publishes it: withheld when one of its cells is, or it would give that cell away. */
export const summeGesperrtSql = (spalte: string, gesperrt: string) => `CASE WHEN bool_or(${gesperrt}) THEN NULL ELSE sum(${spalte}) END`;
