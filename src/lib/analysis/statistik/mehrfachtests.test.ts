import { describe, expect, it } from 'vitest';
import { korrigiere } from './mehrfachtests';

describe('multiple-testing corrections with untested districts', () => {
	// Three tests: 0.01, 0.04, 0.03; the second district is not tested.
	const p = [0.01, null, 0.04, 0.03];
	it('Benjamini–Hochberg over the tests only: p · m / rank, made monotone from the largest down', () => {
		// ranks 1–3: 0.01 · 3 = 0.03; 0.03 · 3/2 = 0.045 → 0.04 (the next one's); 0.04 · 3/3 = 0.04.
		expect(korrigiere(p, 'fdr').map((v) => (v === null ? null : Math.round(1e12 * v) / 1e12))).toEqual([0.03, null, 0.04, 0.04]);
	});
	it('Bonferroni multiplies by the number of tests, at most 1', () => {
		expect(korrigiere(p, 'bonferroni').map((v) => (v === null ? null : Math.round(1e12 * v) / 1e12))).toEqual([0.03, null, 0.12, 0.09]);
		expect(korrigiere([0.5, null, 0.2], 'bonferroni')).toEqual([1, null, 0.4]);
	});
	it('without a correction every p stays as it is', () => {
		expect(korrigiere(p, 'keine')).toEqual(p);
	});
});
