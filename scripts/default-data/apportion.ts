/**
 * Largest-remainder apportionment: splits `total` into integers proportional to `weights` that sum
 * exactly to `total`. The generator uses it wherever a published total must come out exact.
 * `minimum` guarantees every positive weight at least that many (e.g. every citizenship present once).
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
	const positive = weights.map((w) => (w > 0 ? w : 0));
	const reserved = positive.map((w) => (w > 0 ? minimum : 0));
	const rest = total - reserved.reduce((a, b) => a + b, 0);
	if (rest < 0) throw new Error(`apportion: ${total} is less than the minimum of ${minimum} per weight`);
	const sum = positive.reduce((a, b) => a + b, 0);
	if (sum === 0) {
		if (rest !== 0) throw new Error('apportion: all weights are zero but total is not');
		return reserved;
	}
	const exact = positive.map((w) => (w / sum) * rest);
	const result = exact.map((x, i) => Math.floor(x) + reserved[i]);
	let missing = total - result.reduce((a, b) => a + b, 0);
	const order = exact
		.map((x, i) => ({ i, remainder: x - Math.floor(x) }))
		.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
	for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) result[order[k].i]++;
	return result;
}
