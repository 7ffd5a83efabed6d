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

/**
 * Like `apportion`, but no part exceeds its cap (a point cannot hold more people of a group than it
 * has inhabitants). Parts that hit their cap are fixed and the rest is apportioned again among the
 * others; parts with capacity but no weight take what weighted parts cannot hold.
 */
export function apportionBegrenzt(total: number, weights: readonly number[], caps: readonly number[]): number[] {
	if (total > caps.reduce((a, b) => a + b, 0)) throw new Error(`apportionBegrenzt: ${total} exceeds the capacity`);
	const result = weights.map(() => 0);
	let offen = weights.map((w, i) => (w > 0 && caps[i] > 0 ? i : -1)).filter((i) => i >= 0);
	let rest = total;
	while (rest > 0) {
		if (offen.length === 0) offen = caps.map((c, i) => (result[i] < c ? i : -1)).filter((i) => i >= 0);
		const teile = apportion(rest, offen.map((i) => (weights[i] > 0 ? weights[i] : caps[i] - result[i])));
		const voll: number[] = [];
		offen.forEach((i, k) => {
			const platz = caps[i] - result[i];
			result[i] += Math.min(teile[k], platz);
			if (teile[k] >= platz) voll.push(i);
		});
		rest = total - result.reduce((a, b) => a + b, 0);
		offen = offen.filter((i) => !voll.includes(i));
	}
	return result;
}
