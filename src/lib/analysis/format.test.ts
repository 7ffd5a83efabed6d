import { describe, expect, it } from 'vitest';
import { formatDezimal, formatGrenze, formatProzent, formatStichtag, formatVeraenderung, formatWert } from './format';

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

describe('a plain German decimal', () => {
	it('writes a decimal comma, no thousands separator, and rounds as the shown values do', () => {
		expect(formatDezimal(1.3)).toBe('1,3');
		expect(formatDezimal(1234.5)).toBe('1234,5');
		expect(formatDezimal(-2.5)).toBe('-2,5');
		expect(formatDezimal(0.0125, 4)).toBe('0,0125');
		// The same rounding as the legend's and table's figures (1,005 is stored as 1,00499…).
		expect(formatDezimal(1.005, 2)).toBe('1,00');
		expect(formatDezimal(36.95, 1)).toBe(formatProzent(36.95).replace(' %', ''));
	});
});
