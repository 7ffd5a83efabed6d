/** The districts of the loaded data set, in code order. */
import type { Koordinator } from './koordinator';
import type { Stadtbezirk } from '../schema';

export const STADTBEZIRKE_SQL = `SELECT code, name, coalesce(stadtteil, '') AS stadtteil, flaeche_km2 FROM stadtbezirk ORDER BY TRY_CAST(code AS INTEGER) NULLS LAST, code`;

export function stadtbezirke(k: Koordinator): Promise<Stadtbezirk[]> {
	return k.frage<Stadtbezirk>(STADTBEZIRKE_SQL);
}
