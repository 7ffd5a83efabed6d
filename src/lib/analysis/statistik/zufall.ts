/**
 * Seeded random numbers for every permutation test and bootstrap of the statistics, so that a report
 * can be reproduced: the seed is stated beside each result. One home for the seed.
 */
import { randomLcg } from 'd3-random';

/** The fixed seed of the permutation tests (stated in the UI and the README). */
export const STATISTIK_SEED = 20211;

/** A generator of numbers in [0, 1) from an integer `seed` (d3-random's linear congruential generator). */
export function zufallszahlen(seed: number = STATISTIK_SEED): () => number {
	return randomLcg(seed);
}
