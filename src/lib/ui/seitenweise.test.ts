import { describe, expect, it } from 'vitest';
import { seiteMitZeile, tabellenseite, ZEILEN_JE_SEITE } from './seitenweise';

describe('a long table in pages', () => {
	it('shows every row of a table up to one page long on one page', () => {
		expect(tabellenseite(47, 0)).toEqual({ seite: 0, seiten: 1, von: 0, bis: 47 });
		expect(tabellenseite(ZEILEN_JE_SEITE, 0)).toEqual({ seite: 0, seiten: 1, von: 0, bis: ZEILEN_JE_SEITE });
		expect(tabellenseite(0, 0)).toEqual({ seite: 0, seiten: 1, von: 0, bis: 0 });
	});

	it('splits 1 000 rows into ten pages of a hundred, the last one ending at the last row', () => {
		expect(tabellenseite(1000, 0)).toEqual({ seite: 0, seiten: 10, von: 0, bis: 100 });
		expect(tabellenseite(1000, 9)).toEqual({ seite: 9, seiten: 10, von: 900, bis: 1000 });
		expect(tabellenseite(101, 1)).toEqual({ seite: 1, seiten: 2, von: 100, bis: 101 });
	});

	it('keeps a page past the end (fewer rows after a change) or before the start on a page there is', () => {
		expect(tabellenseite(250, 7)).toEqual({ seite: 2, seiten: 3, von: 200, bis: 250 });
		expect(tabellenseite(250, -1).seite).toBe(0);
	});

	it('finds the page of a row at the pages’ edges', () => {
		expect(seiteMitZeile(0)).toBe(0);
		expect(seiteMitZeile(99)).toBe(0);
		expect(seiteMitZeile(100)).toBe(1);
		expect(seiteMitZeile(999)).toBe(9);
	});
});
