import { describe, expect, it } from 'vitest';
import { textbreite } from './textmass';

describe('textbreite', () => {
	it('gives a label room in proportion to its length and type size, 0.6 em a character', () => {
		expect(textbreite('Thingers', 10)).toBeCloseTo(48, 10);
		expect(textbreite('Thingers', 20)).toBeCloseTo(2 * textbreite('Thingers', 10), 10);
		expect(textbreite('41', 12)).toBeCloseTo(14.4, 10);
		expect(textbreite('', 12)).toBe(0);
	});
});
