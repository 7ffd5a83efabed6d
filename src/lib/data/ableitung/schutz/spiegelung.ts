/**
 * Reflection through the true values, the audit's cheap second point from every LP. The true values x0
 * satisfy every line, and so does an LP's solution p; the lines are equations, so every point
 * x0 + t·(x0 − p) satisfies them too, and it is a consistent point as long as it stays ≥ 0. Where p has
 * pushed a target down to 0, its reflection (t = 1) pushes it up to twice its value: a 1 reaches 2, and
 * with it the cell spans 0 … 2 from one LP. A vertex of the audit's LP has at most as many non-zero cells as
 * the model has lines (606 lines for 2 037 cells on the default data set's largest model), so an LP that
 * pushes targets up proves at most that many maxima, while a minimum pushes nearly all of them to 0: the
 * reflection turns one such minimum into both ends for most targets. Bounding every cell by twice its true
 * value (`spiegelgrenzen`) keeps the full reflection ≥ 0 for every solution of that LP.
 */

/** Upper bounds under which every solution p has its full reflection 2·x0 − p ≥ 0. */
export function spiegelgrenzen(x0: Float64Array): Float64Array {
	return x0.map((v) => 2 * v);
}

/**
 * Widens the known bounds `lo`, `hi` of each cell by the solution p and by its reflection through x0, as
 * far as that stays ≥ 0 and at most as far as p lies from x0 (t ≤ 1): a longer step would multiply the
 * solver's tolerance in the lines' residuals, a step of at most 1 leaves it as small as in p.
 */
export function spiegele(p: ArrayLike<number>, x0: Float64Array, lo: Float64Array, hi: Float64Array): void {
	let t = 1;
	for (let j = 0; j < x0.length; j++) if (p[j] > x0[j] + 1e-9) t = Math.min(t, x0[j] / (p[j] - x0[j]));
	for (let j = 0; j < x0.length; j++) {
		const q = x0[j] + t * (x0[j] - p[j]);
		lo[j] = Math.min(lo[j], p[j], q);
		hi[j] = Math.max(hi[j], p[j], q);
	}
}

/** Whether x0 satisfies every row (`rechts`: the right-hand sides): only then is it a point to reflect through. */
export function stimmig(x0: Float64Array, starts: readonly number[], indices: readonly number[], values: readonly number[], rechts: readonly number[]): boolean {
	for (let r = 0; r < rechts.length; r++) {
		let summe = 0;
		for (let q = starts[r]; q < starts[r + 1]; q++) summe += values[q] * x0[indices[q]];
		if (Math.abs(summe - rechts[r]) > 1e-6) return false;
	}
	return true;
}
