import { describe, expect, it } from 'vitest';
import { imRahmenDerZufallsschwankung, newcombe, wilson } from './wilson';

// The values themselves are checked against statsmodels in referenz.test.ts; this file is about when there is
// no interval at all and when a change counts as within random variation.

describe('wilson', () => {
	it('gives no interval without a population', () => {
		expect(wilson(0, 0)).toBeNull();
		expect(wilson(3, 0)).toBeNull();
		expect(wilson(3, -5)).toBeNull();
		expect(wilson(3, Number.NaN)).toBeNull();
	});
	it('gives no interval for a count below zero or above its population', () => {
		expect(wilson(-1, 10)).toBeNull();
		expect(wilson(11, 10)).toBeNull();
	});
	it('gives an interval for a count of none and of all', () => {
		const keiner = wilson(0, 10)!;
		expect(keiner.unten).toBe(0);
		expect(keiner.oben).toBeCloseTo(0.2775, 4);
		const alle = wilson(10, 10)!;
		expect(alle.unten).toBeCloseTo(0.7225, 4);
		expect(alle.oben).toBeCloseTo(1, 12);
	});
});

describe('newcombe', () => {
	it('gives no interval when either Stichtag has no interval', () => {
		expect(newcombe(1, 10, 0, 0)).toBeNull();
		expect(newcombe(0, 0, 1, 10)).toBeNull();
		expect(newcombe(12, 10, 1, 10)).toBeNull();
	});
});

describe('imRahmenDerZufallsschwankung', () => {
	it('a small district whose share moves from 25 % to 28 % is within random variation', () => {
		expect(imRahmenDerZufallsschwankung(newcombe(84, 300, 75, 300)!)).toBe(true);
	});
	it('the same shares in a large district are a real rise, and the way back a real fall', () => {
		expect(imRahmenDerZufallsschwankung(newcombe(1680, 6000, 1500, 6000)!)).toBe(false);
		expect(imRahmenDerZufallsschwankung(newcombe(1500, 6000, 1680, 6000)!)).toBe(false);
	});
	it('an interval that ends at zero includes zero', () => {
		expect(imRahmenDerZufallsschwankung({ unten: 0, oben: 0.04 })).toBe(true);
		expect(imRahmenDerZufallsschwankung({ unten: -0.04, oben: 0 })).toBe(true);
	});
});
