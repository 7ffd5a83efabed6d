import { describe, expect, it } from 'vitest';
import { naechsteFolie } from './folientasten';

describe('the slide keys', () => {
	it('step forward and back by arrow, clicker and space, jump to the ends, and stop at them', () => {
		expect(naechsteFolie('PageDown', 2, 8)).toBe(3);
		expect(naechsteFolie(' ', 2, 8)).toBe(3);
		expect(naechsteFolie('ArrowLeft', 2, 8)).toBe(1);
		expect(naechsteFolie('PageUp', 0, 8)).toBe(0);
		expect(naechsteFolie('ArrowRight', 7, 8)).toBe(7);
		expect(naechsteFolie('End', 2, 8)).toBe(7);
		expect(naechsteFolie('Home', 5, 8)).toBe(0);
		expect(naechsteFolie('a', 2, 8)).toBeNull();
	});
});
