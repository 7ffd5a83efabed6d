/**
 * Segregation of a group against the rest of the population over the districts (Massey & Denton 1988;
 * as PySAL's `segregation` computes them): dissimilarity D, isolation xPx, exposure xPy and the
 * entropy (Theil) index H. All four depend on the district grid (MAUP): other boundaries give other
 * values, so only values on the same grid are compared over time.
 */
export interface Bezirksgruppe {
	/** Members of the group. */
	gruppe: number;
	/** Everyone (the group included). */
	gesamt: number;
}

export interface Segregationsindizes {
	/** 0–100: share of the group that would have to move to be spread like the rest. */
	D: number;
	/** 0–100: share of the group in the district of an average member of the group. */
	isolation: number;
	/** 0–100: share of the rest in the district of an average member of the group. */
	exposition: number;
	/** 0–100: how much less diverse the districts are than the city (Theil's information index). */
	H: number;
	/** Districts used and left out (fewer inhabitants than the minimum, or withheld). */
	bezirke: number;
	ausgelassen: number;
	/** The group's share of the districts used, 0–100. */
	anteil: number;
}

const entropie = (p: number) => (p <= 0 || p >= 1 ? 0 : -p * Math.log(p) - (1 - p) * Math.log(1 - p));

/**
 * Indices over the districts given; `null` entries (withheld) and districts with fewer than
 * `mindestEinwohner` inhabitants are left out before anything is summed. null when the group is empty
 * or is everyone.
 */
export function segregation(bezirke: readonly (Bezirksgruppe | null)[], mindestEinwohner = 0): Segregationsindizes | null {
	const b = bezirke.filter((x): x is Bezirksgruppe => x !== null && x.gesamt > 0 && x.gesamt >= mindestEinwohner);
	const X = b.reduce((s, x) => s + x.gruppe, 0);
	const T = b.reduce((s, x) => s + x.gesamt, 0);
	if (X <= 0 || X >= T) return null;
	const Y = T - X;
	const P = X / T;
	const E = entropie(P);
	let D = 0;
	let iso = 0;
	let exp = 0;
	let H = 0;
	for (const { gruppe: x, gesamt: t } of b) {
		D += Math.abs(x / X - (t - x) / Y);
		iso += (x / X) * (x / t);
		exp += (x / X) * ((t - x) / t);
		H += t * (E - entropie(x / t));
	}
	return { D: 50 * D, isolation: 100 * iso, exposition: 100 * exp, H: (100 * H) / (E * T), bezirke: b.length, ausgelassen: bezirke.length - b.length, anteil: 100 * P };
}
