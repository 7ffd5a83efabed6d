/** The indicator query's guard: the minimum population for shares is a number written into SQL, so it must be a whole number ≥ 0. */
import { describe, expect, it } from 'vitest';
import { indikatorLangSql, indikatorWertSql } from './kennzahlen.sql';

describe('the minimum population for shares', () => {
	it('refuses anything but a whole number ≥ 0, naming it', () => {
		for (const m of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
			expect(() => indikatorLangSql('bezirk_kennzahl', m)).toThrow(`Ungültige Mindesteinwohnerzahl: ${m}`);
			expect(() => indikatorWertSql(m)).toThrow('Ungültige Mindesteinwohnerzahl');
		}
	});
});
