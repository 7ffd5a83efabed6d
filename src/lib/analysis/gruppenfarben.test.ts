import { describe, expect, it } from 'vitest';
import { GRUPPENFARBEN, REIHENFARBEN } from './gruppenfarben';

describe('group colours', () => {
	it('give every group its own colour, and series that are no group none of them', () => {
		const gruppen = Object.values(GRUPPENFARBEN).map((f) => f.toLowerCase());
		expect(new Set(gruppen).size).toBe(gruppen.length);
		for (const f of REIHENFARBEN) expect(gruppen).not.toContain(f.toLowerCase());
		expect(GRUPPENFARBEN.dritt).not.toBe(GRUPPENFARBEN.auslaender);
	});
});
