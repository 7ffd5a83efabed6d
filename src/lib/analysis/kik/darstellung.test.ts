import { describe, expect, it } from 'vitest';
import { MASSNAHMENSTATUS, NICHT_ERFASST, type Statusangabe } from '../../data/kik/stand';
import { URTEILE } from './zielpfad';
import { formatGrad, formatKennaenderung, formatKennwert, formatTag, STATUS_FARBE, STATUS_TRENNBAR, URTEIL_FARBE } from './darstellung';

const HEX = /^#[0-9a-f]{6}$/i;

describe('how the KIK states read', () => {
	it('a key figure in its unit, one decimal, German separators; no number reads "k. A."', () => {
		expect(formatKennwert(12.34, true)).toBe('12,3 %');
		expect(formatKennwert(1234.56, false)).toBe('1.234,6');
		expect(formatKennwert(0, true)).toBe('0 %');
		for (const w of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatKennwert(w, true)).toBe('k. A.');
	});
	it('a change with its sign, in percentage points for shares; a change rounding to zero reads 0', () => {
		expect(formatKennaenderung(2.34, true)).toBe('+2,3 Pp.');
		expect(formatKennaenderung(-1.26, false)).toBe('-1,3');
		expect(formatKennaenderung(0.05, true)).toBe('+0,1 Pp.');
		expect(formatKennaenderung(-0.04, true)).toBe('0 Pp.');
		expect(formatKennaenderung(0, false)).toBe('0');
		for (const w of [null, undefined, Number.NaN, Number.NEGATIVE_INFINITY]) expect(formatKennaenderung(w, true)).toBe('k. A.');
	});
	it('a day of a time stamp or a date; none reads as a dash', () => {
		expect(formatTag('2024-05-08T10:00:00Z')).toBe('08.05.2024');
		expect(formatTag('2024-05-08')).toBe('08.05.2024');
		expect(formatTag(null)).toBe('–');
		expect(formatTag('')).toBe('–');
	});
	it('an Umsetzungsgrad in percent, 0 included; none reads as a dash', () => {
		expect(formatGrad(42.25)).toBe('42,3 %');
		expect(formatGrad(0)).toBe('0 %');
		expect(formatGrad(null)).toBe('–');
		expect(formatGrad(undefined)).toBe('–');
	});
});

describe('how the KIK states look', () => {
	const statusangaben: Statusangabe[] = [...MASSNAHMENSTATUS, NICHT_ERFASST];
	it('every status has its own colour', () => {
		const farben = statusangaben.map((s) => STATUS_FARBE[s]);
		for (const f of farben) expect(f).toMatch(HEX);
		expect(new Set(farben.map((f) => f.toLowerCase())).size).toBe(statusangaben.length);
	});
	it('every status word breaks only at its syllables', () => {
		for (const s of statusangaben) expect(STATUS_TRENNBAR[s].replaceAll('\u00ad', '')).toBe(s);
		for (const s of statusangaben.filter((x) => x.replace(/[^aeiouäöü]/g, '').length > 1)) expect(STATUS_TRENNBAR[s]).toContain('\u00ad');
	});
	it('every judgement has a colour; the three that judge a course have their own', () => {
		for (const u of URTEILE) expect(URTEIL_FARBE[u]).toMatch(HEX);
		const kurs = (['erreicht', 'auf Kurs', 'nicht auf Kurs'] as const).map((u) => URTEIL_FARBE[u]);
		const ohne = URTEILE.filter((u) => !['erreicht', 'auf Kurs', 'nicht auf Kurs'].includes(u)).map((u) => URTEIL_FARBE[u]);
		expect(new Set(kurs).size).toBe(3);
		for (const f of ohne) expect(kurs).not.toContain(f);
	});
});
