import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

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
