import { describe, expect, it } from 'vitest';
import { segregation } from './segregation';

describe('segregation indices: which districts count', () => {
	it('a district without inhabitants is left out; one exactly at the minimum is kept', () => {
		const s = segregation([{ gruppe: 0, gesamt: 0 }, { gruppe: 50, gesamt: 500 }, { gruppe: 0, gesamt: 500 }], 500)!;
		expect([s.bezirke, s.ausgelassen]).toEqual([2, 1]);
		// All 50 in the first district: D = 50 · (1 − 450/950 + 500/950).
		expect(s.D).toBeCloseTo(50 * (1 - 450 / 950 + 500 / 950), 9);
		expect(s.anteil).toBeCloseTo(5, 9);
	});
	it('no index when the group is empty or is everyone', () => {
		expect(segregation([{ gruppe: 0, gesamt: 100 }, { gruppe: 0, gesamt: 200 }])).toBeNull();
		expect(segregation([{ gruppe: 100, gesamt: 100 }, { gruppe: 200, gesamt: 200 }])).toBeNull();
		expect(segregation([{ gruppe: 99, gesamt: 100 }, { gruppe: 200, gesamt: 200 }])).not.toBeNull();
	});
});
