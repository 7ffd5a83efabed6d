import { describe, expect, it } from 'vitest';
import { formatGrenze, formatProzent, formatStichtag, formatVeraenderung, formatWert } from './format';

describe('German formatting', () => {
	it('groups thousands with a dot and uses the decimal comma', () => {
		expect(formatWert(70787, 'anzahl')).toBe('70.787');
		expect(formatProzent(38.18)).toBe('38,2 %');
		expect(formatProzent(1.94, 0)).toBe('2 %');
		expect(formatWert(1234.4, 'dichte')).toBe('1.234 EW/km²');
	});
	it('signs changes and gives shares in percentage points', () => {
		expect(formatVeraenderung(0.25, 'prozent')).toBe('+0,3 Pp.');
		expect(formatVeraenderung(-12, 'anzahl')).toBe('−12');
		expect(formatVeraenderung(null, 'prozent')).toBe('k. A.');
		expect(formatVeraenderung(-0.04, 'prozent')).toBe('0,0 Pp.');
		expect(formatGrenze(-0.2, 'prozent', true)).toBe('−0,2');
	});
	it('writes Stichtage as DD.MM.YYYY', () => {
		expect(formatStichtag('2020-12-31')).toBe('31.12.2020');
	});
});
