import { describe, expect, it } from 'vitest';
import { apportion, apportionBegrenzt } from './apportion';

describe('apportion', () => {
	it('hits the total exactly and stays proportional', () => {
		const parts = apportion(100, [1, 1, 1]);
		expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
		expect(parts).toEqual([34, 33, 33]);
	});
	it('gives every positive weight its minimum and zero weights nothing', () => {
		expect(apportion(10, [1000, 0, 1e-6], 1)).toEqual([9, 0, 1]);
	});
	it('refuses a total below the minimum', () => {
		expect(() => apportion(1, [1, 1], 1)).toThrow();
	});
});

describe('apportionBegrenzt', () => {
	it('hits the total without exceeding any cap', () => {
		const teile = apportionBegrenzt(10, [10, 1, 1], [4, 5, 5]);
		expect(teile.reduce((a, b) => a + b, 0)).toBe(10);
		expect(teile[0]).toBe(4);
		teile.forEach((t, i) => expect(t).toBeLessThanOrEqual([4, 5, 5][i]));
	});
	it('uses capacity without weight when the weighted parts are full, and refuses too much', () => {
		expect(apportionBegrenzt(5, [1, 0], [2, 10])).toEqual([2, 3]);
		expect(() => apportionBegrenzt(20, [1, 1], [5, 5])).toThrow();
	});
});
