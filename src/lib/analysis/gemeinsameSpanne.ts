/**
 * The value range that every district's chart of one indicator shares: from the lowest to the highest
 * value of any district and the city over all Stichtage, widened to round steps. Drawn on it, a 0,6-point
 * wobble stays small beside another district's 7-point rise, and each chart can state its range.
 */
import { nice } from 'd3-array';
import type { Indikatortabelle } from '../data/indikatortabelle';
import { werteFuer } from './indikatorwerte';

export interface Spanne {
	von: number;
	bis: number;
}

export function gemeinsameSpanne(t: Indikatortabelle, indikator: string): Spanne | null {
	const werte = t.stichtage.flatMap((s) => werteFuer(t, s, indikator).flatMap((w) => (w.wert === null ? [] : [w.wert])));
	if (werte.length === 0) return null;
	const [von, bis] = nice(Math.min(...werte), Math.max(...werte), 5);
	return von === bis ? { von, bis: von + 1 } : { von, bis };
}

/** The shared range of each indicator, for a set of charts drawn side by side or page after page. */
export function gemeinsameSpannen(t: Indikatortabelle, indikatoren: readonly string[]): Map<string, Spanne> {
	return new Map(indikatoren.flatMap((id) => {
		const s = gemeinsameSpanne(t, id);
		return s ? [[id, s] as const] : [];
	}));
}
