import { describe, expect, it } from 'vitest';
import { ebGlobal, ebRaeumlich } from './ebGlaettung';

describe('empirical-Bayes smoothing: districts without usable counts', () => {
	it('a district with no count or no people gets no value and enters no other district’s reference', () => {
		// Usable: 10 of 100 and 30 of 100 (b = 0.2, a = 0.008, weight 0.8): 0.12 and 0.28.
		const r = ebGlobal([{ zaehler: 10, nenner: 100 }, { zaehler: null, nenner: 100 }, { zaehler: 5, nenner: 0 }, { zaehler: 30, nenner: 100 }, { zaehler: 3, nenner: null }]);
		expect(r.map((v) => (v === null ? null : Math.round(1e12 * v) / 1e12))).toEqual([0.12, null, null, 0.28, null]);
	});
	it('nobody of the group anywhere smooths to 0, not to an undefined value', () => {
		expect(ebGlobal([{ zaehler: 0, nenner: 100 }, { zaehler: 0, nenner: 50 }])).toEqual([0, 0]);
		expect(ebRaeumlich([{ zaehler: 0, nenner: 100 }, { zaehler: 0, nenner: 50 }], [[1], [0]])).toEqual([0, 0]);
	});
});
