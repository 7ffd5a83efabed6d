/**
 * Empirical-Bayes smoothed shares, as GeoDa defines them (Anselin, GeoDa workbook "Rate Mapping";
 * Marshall 1991): a district's share is pulled towards a reference share, the more the fewer people it
 * rests on. Global: the reference is the share of all districts taken together. Spatial: the reference
 * is the share of the district and its neighbours (the window of the spatial weights, the district
 * itself included). In both, the prior's variance is the method-of-moments estimate
 * a = Σ P·(r − b)² / ΣP − b / P̄, set to 0 where negative (then every share becomes the reference).
 * Districts without counts (withheld) are left out of every sum and get no smoothed value.
 */
export interface Rate {
	/** Events (the group), e.g. people with migration background. */
	zaehler: number | null;
	/** Population at risk, e.g. inhabitants. */
	nenner: number | null;
}

const nutzbar = (r: Rate): r is { zaehler: number; nenner: number } => r.zaehler !== null && r.nenner !== null && r.nenner > 0;

function glaette(raten: readonly Rate[], fenster: readonly number[], i: number): number | null {
	const r = raten[i];
	if (!nutzbar(r)) return null;
	let O = 0;
	let P = 0;
	let n = 0;
	for (const j of fenster) {
		const q = raten[j];
		if (!nutzbar(q)) continue;
		O += q.zaehler;
		P += q.nenner;
		n++;
	}
	const b = O / P;
	let s2 = 0;
	for (const j of fenster) {
		const q = raten[j];
		if (!nutzbar(q)) continue;
		s2 += q.nenner * (q.zaehler / q.nenner - b) ** 2;
	}
	const a = Math.max(0, s2 / P - b / (P / n));
	const gewicht = a === 0 ? 0 : a / (a + b / r.nenner);
	return gewicht * (r.zaehler / r.nenner) + (1 - gewicht) * b;
}

/** Global EB: smoothed rates (as fractions, 0–1) in input order; null where a district has no counts. */
export function ebGlobal(raten: readonly Rate[]): (number | null)[] {
	const alle = raten.map((_, j) => j);
	return raten.map((_, i) => glaette(raten, alle, i));
}

/** Spatial EB: the window of district i is i and its neighbours (`nachbarn[i]`, indices). */
export function ebRaeumlich(raten: readonly Rate[], nachbarn: readonly (readonly number[])[]): (number | null)[] {
	return raten.map((_, i) => glaette(raten, [i, ...nachbarn[i]], i));
}
