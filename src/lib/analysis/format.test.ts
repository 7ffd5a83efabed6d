import { describe, expect, it } from 'vitest';
import { formatDezimal, formatFlaeche, formatGrenze, formatIndex, formatIntervall, formatKompakt, formatProzent, formatStichtag, formatVeraenderung, formatWert, GEHEIMHALTUNG_HINWEIS, nachkommastellen, trennbar, veraenderungseinheit } from './format';

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
		expect(formatVeraenderung(663.2, 'dichte')).toBe('+663 EW/km²');
		expect(formatVeraenderung(531, 'meter')).toBe('+531 m');
		expect(formatVeraenderung(-531, 'meter', true)).toBe('−531');
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

describe('every unit as the tables and tooltips show it', () => {
	it('writes each unit with its mark, a missing value as "k. A." and a withheld one as "•"', () => {
		expect(formatWert(38.18, 'prozent')).toBe('38,2 %');
		expect(formatWert(812.6, 'meter')).toBe('813 m');
		expect(formatWert(0.534, 'index')).toBe('+0,53');
		expect(formatWert(1234.5, 'anzahl')).toBe('1.235');
		for (const w of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatWert(w, 'anzahl')).toBe('k. A.');
		expect(formatWert(12, 'anzahl', 'wert')).toBe('•');
		expect(formatWert(12, 'prozent', null)).toBe('12,0 %');
	});
	it('writes a z-value with two decimals and its sign, one that rounds to zero without', () => {
		expect(formatIndex(1.204)).toBe('+1,20');
		expect(formatIndex(-1.196)).toBe('−1,20');
		expect(formatIndex(-0.004)).toBe('0,00');
		expect(formatIndex(0.004)).toBe('0,00');
		expect(formatIndex(0.006)).toBe('+0,01');
	});
	it('writes a value without its unit for tables: shares keep their %, counts and densities are bare', () => {
		expect(formatKompakt(1234.4, 'dichte')).toBe('1.234');
		expect(formatKompakt(38.18, 'prozent')).toBe('38,2 %');
		expect(formatKompakt(-0.5, 'index')).toBe('−0,50');
		for (const w of [null, undefined, Number.NaN]) expect(formatKompakt(w, 'prozent')).toBe('k. A.');
	});
	it('writes a change of a count as a signed whole number, and of a share with or without "Pp."', () => {
		expect(formatVeraenderung(12.4, 'anzahl')).toBe('+12');
		expect(formatVeraenderung(-0.4, 'anzahl')).toBe('0');
		expect(formatVeraenderung(0.4, 'anzahl')).toBe('0');
		expect(formatVeraenderung(1.25, 'prozent', true)).toBe('+1,3');
		expect(formatVeraenderung(-1.24, 'prozent', true)).toBe('−1,2');
		expect(formatVeraenderung(1.2, 'prozent', false, 'bezirk')).toBe('•');
		expect(formatVeraenderung(Number.NaN, 'anzahl')).toBe('k. A.');
	});
	it('writes class bounds of the legend at the precision of their unit, changes with a sign', () => {
		expect(formatGrenze(12.34, 'prozent', false)).toBe('12,3');
		expect(formatGrenze(1234.5, 'anzahl', false)).toBe('1.235');
		expect(formatGrenze(250, 'anzahl', true)).toBe('+250');
		expect(formatGrenze(0.2, 'prozent', true)).toBe('+0,2');
		expect(formatGrenze(-0.753, 'index', false)).toBe('−0,75');
	});
	it('writes areas with two decimals and knows the decimals of each unit', () => {
		expect(formatFlaeche(1234.567)).toBe('1.234,57 km²');
		expect([nachkommastellen('prozent'), nachkommastellen('index'), nachkommastellen('anzahl'), nachkommastellen('dichte')]).toEqual([1, 2, 0, 0]);
	});
	it('writes the 95 % interval of a share and of a change, "k. A." without one and "•" when withheld', () => {
		expect(formatIntervall({ unten: 28.44, oben: 36.04 })).toBe('28,4–36,0 %');
		expect(formatIntervall({ unten: -1.24, oben: 3.36 }, true)).toBe('−1,2 bis +3,4 Pp.');
		expect(formatIntervall(null)).toBe('k. A.');
		expect(formatIntervall({ unten: 1, oben: 2 }, false, 'wert')).toBe('•');
	});
	it('explains "•" with the threshold, the minimum population only where there is one, and at least 2 possible values', () => {
		expect(GEHEIMHALTUNG_HINWEIS({ schwelle: 3, mindestEinwohner: 0 })).toBe(
			'• = geheim gehalten: Zahlen unter 3 und Werte, aus denen sie sich errechnen ließen. Gesperrt wird über alle verknüpften Tabellen gemeinsam; eine Prüfung mit linearer Optimierung (HiGHS, begrenzte Zahl an Rechenläufen) stellt sicher, dass jeder geprüfte gesperrte Wert zwischen mindestens 3 möglichen ganzen Zahlen bleibt.'
		);
		const klein = GEHEIMHALTUNG_HINWEIS({ schwelle: 1, mindestEinwohner: 50 });
		expect(klein).toContain('ließen; Anteile von Bezirken unter 50 Einwohner*innen. Gesperrt');
		expect(klein).toContain('mindestens 2 möglichen ganzen Zahlen');
	});
});

describe('labels for narrow columns', () => {
	it('lets the long compounds break, visibly only where they must, and leaves other labels as they are', () => {
		expect(trennbar('Migrationshintergrund')).toBe('Migrations\u00adhintergrund');
		expect(trennbar('MH unter 18 (mit Migrationshintergrund)')).toBe('MH unter 18 (mit Migrations\u00adhintergrund)');
		expect(trennbar('Staatsangehörigkeiten')).toBe('Staats\u00adangehörigkeiten');
		expect(trennbar('Ausländer*innen')).toBe('Ausländer*innen');
		expect(trennbar('Hintergrund')).toBe('Hintergrund');
	});

	it('names the unit of a deviation per kind of indicator, none for counts', () => {
		expect(veraenderungseinheit('prozent')).toBe('Pp.');
		expect(veraenderungseinheit('dichte')).toBe('EW/km²');
		expect(veraenderungseinheit('meter')).toBe('m');
		expect(veraenderungseinheit('anzahl')).toBe('');
	});
});
