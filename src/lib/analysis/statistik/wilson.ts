/**
 * Intervals for shares. A district's share is x of n; the Wilson score interval (Wilson 1927) keeps its
 * coverage for small n and shares near 0 or 1, where the textbook ±1,96·SE interval fails. A change
 * between two Stichtage gets Newcombe's hybrid score interval for a difference of two proportions
 * (Newcombe 1998, method 10), built from the two Wilson intervals. It treats the two Stichtage as
 * independent samples of the district's underlying share: a change whose interval includes zero lies
 * "im Rahmen der Zufallsschwankung".
 */

/** 95 % (two-sided normal quantile), the one confidence level of the atlas. */
export const Z_95 = 1.959963984540054;

export interface Intervall {
	unten: number;
	oben: number;
}

/** Wilson interval of x successes in n, as fractions; null without a population. */
export function wilson(x: number, n: number, z = Z_95): Intervall | null {
	if (!(n > 0) || x < 0 || x > n) return null;
	const p = x / n;
	const z2 = z * z;
	const mitte = (p + z2 / (2 * n)) / (1 + z2 / n);
	const halb = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return { unten: Math.max(0, mitte - halb), oben: Math.min(1, mitte + halb) };
}

/** Newcombe interval of p1 − p2 (x1 of n1 later, x2 of n2 earlier), as fractions. */
export function newcombe(x1: number, n1: number, x2: number, n2: number, z = Z_95): Intervall | null {
	const a = wilson(x1, n1, z);
	const b = wilson(x2, n2, z);
	if (!a || !b) return null;
	const p1 = x1 / n1;
	const p2 = x2 / n2;
	const d = p1 - p2;
	return {
		unten: d - Math.sqrt((p1 - a.unten) ** 2 + (b.oben - p2) ** 2),
		oben: d + Math.sqrt((a.oben - p1) ** 2 + (p2 - b.unten) ** 2)
	};
}

/** Whether a change is within random variation: its interval includes zero. */
export function imRahmenDerZufallsschwankung(i: Intervall): boolean {
	return i.unten <= 0 && i.oben >= 0;
}
