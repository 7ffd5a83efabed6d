/**
 * How stable a district's rank is, from the intervals of all districts (rank 1 = highest): at best it
 * is outranked only by districts whose interval lies wholly above its own, at worst by every district
 * whose interval does not lie wholly below. A planner reads "Rang 3 (1–9)": the data do not tell rank 3
 * from rank 9.
 */
import type { Intervall } from './wilson';

export interface Rangspanne {
	rang: number;
	bester: number;
	schlechtester: number;
}

/** Ranks of `werte` with their span; null where a district has no value or interval. */
export function rangspannen(werte: readonly (number | null)[], intervalle: readonly (Intervall | null)[]): (Rangspanne | null)[] {
	const da = werte.flatMap((w, i) => (w === null || !intervalle[i] ? [] : [i]));
	return werte.map((w, i) => {
		const iv = intervalle[i];
		if (w === null || !iv) return null;
		let hoeher = 0;
		let sicherHoeher = 0;
		let nichtSicherTiefer = 0;
		for (const j of da) {
			if (j === i) continue;
			const jv = intervalle[j]!;
			if (werte[j]! > w) hoeher++;
			if (jv.unten > iv.oben) sicherHoeher++;
			if (!(jv.oben < iv.unten)) nichtSicherTiefer++;
		}
		return { rang: 1 + hoeher, bester: 1 + sicherHoeher, schlechtester: 1 + nichtSicherTiefer };
	});
}
