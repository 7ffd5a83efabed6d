import { describe, expect, it } from 'vitest';
import { alsText, leseAnteil, leseAnzahl, leseCode, leseGrad, leseStichtag, leseWahrheit, leseZahl } from './zahlen';
import { rateZuordnung, zuordnungsSchluessel } from './zuordnung';

describe('reading cells as offices write them', () => {
	it('reads German and international numbers, and suppression marks as withheld', () => {
		expect(leseZahl('1.234')).toEqual({ ok: true, wert: 1234 });
		expect(leseZahl('1 234')).toEqual({ ok: true, wert: 1234 });
		expect(leseZahl('12,5 %')).toEqual({ ok: true, wert: 12.5 });
		expect(leseZahl('1,234.5')).toEqual({ ok: true, wert: 1234.5 });
		expect(leseZahl('2.5')).toEqual({ ok: true, wert: 2.5 });
		for (const zeichen of ['.', '-', 'x', '•', '/']) expect(leseZahl(zeichen)).toEqual({ ok: true, wert: null, gesperrt: true });
		expect(leseZahl('zwölf')).toEqual({ ok: false, grund: 'ist keine Zahl' });
		expect(leseAnzahl('3,5')).toEqual({ ok: false, grund: 'ist keine ganze Zahl' });
		expect(leseAnteil('100,1')).toEqual({ ok: false, grund: 'ist ein Anteil über 100 %' });
	});
	it('reads Stichtage as dates, a bare year as its 31 December, and refuses impossible dates', () => {
		expect(leseStichtag('31.12.2020')).toEqual({ ok: true, wert: '2020-12-31' });
		expect(leseStichtag('2021')).toEqual({ ok: true, wert: '2021-12-31' });
		expect(leseStichtag(new Date(Date.UTC(2019, 11, 31)))).toEqual({ ok: true, wert: '2019-12-31' });
		expect(leseStichtag('29.02.2021').ok).toBe(false);
		expect(leseWahrheit('ja')).toEqual({ ok: true, wert: true });
		expect(leseWahrheit('0')).toEqual({ ok: true, wert: false });
	});
});

describe('every way a number cell is written', () => {
	const zahl = (z: Parameters<typeof leseZahl>[0]) => {
		const r = leseZahl(z);
		return r.ok ? r.wert : 'Fehler';
	};
	it('reads an empty cell as missing, not as an error', () => {
		for (const z of [null, '', '   ']) expect(leseZahl(z)).toEqual({ ok: true, wert: null });
	});
	it('keeps the value of a number cell from Excel, and refuses NaN and infinity', () => {
		expect(zahl(1.234)).toBe(1.234);
		expect(zahl(-12)).toBe(-12);
		expect(leseZahl(Number.NaN)).toEqual({ ok: false, grund: 'ist keine Zahl' });
		expect(leseZahl(Number.POSITIVE_INFINITY)).toEqual({ ok: false, grund: 'ist keine Zahl' });
	});
	it('reads German thousands with dots and a decimal comma, with sign', () => {
		expect(zahl('12.345')).toBe(12345);
		expect(zahl('1.234.567')).toBe(1234567);
		expect(zahl('1.234,56')).toBe(1234.56);
		expect(zahl('-1.234,5')).toBe(-1234.5);
		expect(zahl('+1.234')).toBe(1234);
		expect(zahl('1\u00a0234')).toBe(1234);
		expect(zahl('1\u202f234')).toBe(1234);
	});
	it('reads a decimal comma without thousands, with sign', () => {
		expect(zahl('12,25')).toBe(12.25);
		expect(zahl('-12,5')).toBe(-12.5);
		expect(zahl('1,234')).toBe(1.234);
	});
	it('reads international thousands with commas and a decimal point, with sign', () => {
		expect(zahl('12,345.5')).toBe(12345.5);
		expect(zahl('1,234,567')).toBe(1234567);
		expect(zahl('1,234.56')).toBe(1234.56);
		expect(zahl('-1,234.5')).toBe(-1234.5);
	});
	it('reads a plain decimal point, with sign', () => {
		expect(zahl('2.75')).toBe(2.75);
		expect(zahl('-2.5')).toBe(-2.5);
		expect(zahl('.25')).toBe(0.25);
	});
	it('reads a share with or without a space before the per-cent sign', () => {
		expect(zahl('12,5%')).toBe(12.5);
		expect(zahl('12,5 %')).toBe(12.5);
		expect(zahl('%12')).toBe('Fehler');
	});
	it('refuses a number with text before or after it instead of reading part of it', () => {
		for (const t of ['x1.234', '1.234x', 'x12,5', '12,5x', 'x1,234.5', '1,234.5x', 'x2.5', '2.5x', 'ca. 12']) expect(zahl(t)).toBe('Fehler');
	});
});

describe('counts and shares', () => {
	it('reads a count, an empty and a withheld cell, and refuses text, fractions and negatives', () => {
		expect(leseAnzahl('1.234')).toEqual({ ok: true, wert: 1234 });
		expect(leseAnzahl('0')).toEqual({ ok: true, wert: 0 });
		expect(leseAnzahl('')).toEqual({ ok: true, wert: null });
		expect(leseAnzahl('x')).toEqual({ ok: true, wert: null, gesperrt: true });
		expect(leseAnzahl('zwölf')).toEqual({ ok: false, grund: 'ist keine Zahl' });
		expect(leseAnzahl('-3')).toEqual({ ok: false, grund: 'ist negativ; Anzahlen müssen 0 oder größer sein' });
	});
	it('reads a share from 0 to 100 %, and refuses text, negatives and more than 100 %', () => {
		expect(leseAnteil('0')).toEqual({ ok: true, wert: 0 });
		expect(leseAnteil('100')).toEqual({ ok: true, wert: 100 });
		expect(leseAnteil('12,5 %')).toEqual({ ok: true, wert: 12.5 });
		expect(leseAnteil('')).toEqual({ ok: true, wert: null });
		expect(leseAnteil('zwölf')).toEqual({ ok: false, grund: 'ist keine Zahl' });
		expect(leseAnteil('-0,5')).toEqual({ ok: false, grund: 'ist ein negativer Anteil' });
	});
});

describe('coordinates in degrees', () => {
	it('reads one dot or comma as the decimal mark, never as thousands', () => {
		expect(leseGrad('47.713')).toEqual({ ok: true, wert: 47.713 });
		expect(leseGrad('47,713')).toEqual({ ok: true, wert: 47.713 });
		expect(leseGrad(' 10,31 ')).toEqual({ ok: true, wert: 10.31 });
		expect(leseGrad('47.713 ')).toEqual({ ok: true, wert: 47.713 });
		expect(leseGrad('-10.123')).toEqual({ ok: true, wert: -10.123 });
		expect(leseGrad(47.7)).toEqual({ ok: true, wert: 47.7 });
		expect(leseGrad('47')).toEqual({ ok: true, wert: 47 });
	});
	it('refuses a degree value with text around it', () => {
		for (const t of ['x47.713', '47.713x', 'N 47,7']) expect(leseGrad(t).ok).toBe(false);
	});
});

describe('Stichtage, yes/no cells and codes', () => {
	it('reads ISO dates with one or two digits, and the German date with spaces around it', () => {
		expect(leseStichtag('2020-06-30')).toEqual({ ok: true, wert: '2020-06-30' });
		expect(leseStichtag('2020-6-3')).toEqual({ ok: true, wert: '2020-06-03' });
		expect(leseStichtag(' 30.06.2020 ')).toEqual({ ok: true, wert: '2020-06-30' });
		expect(leseStichtag('1.7.2020')).toEqual({ ok: true, wert: '2020-07-01' });
		expect(leseStichtag('')).toEqual({ ok: true, wert: null });
	});
	it('refuses dates that do not exist instead of rolling them over, and dates with text around them', () => {
		const fehler = { ok: false, grund: 'ist kein gültiges Datum (z. B. 31.12.2020 oder 2020-12-31)' };
		for (const t of ['31.04.2021', '2021-13-01', '0020-12-31', 'am 31.12.2020', '31.12.2020 vorläufig', 'x2020-06-30', '2020-06-30 vorläufig', '2020 vorläufig']) expect(leseStichtag(t)).toEqual(fehler);
	});
	it('reads every spelling of yes and no, whatever the case, and refuses anything else', () => {
		for (const t of ['ja', 'J', 'true', 'wahr', '1', 'x', 'y', 'Yes']) expect(leseWahrheit(t)).toEqual({ ok: true, wert: true });
		for (const t of ['nein', 'N', 'false', 'falsch', '0', 'no']) expect(leseWahrheit(t)).toEqual({ ok: true, wert: false });
		expect(leseWahrheit(true)).toEqual({ ok: true, wert: true });
		expect(leseWahrheit('')).toEqual({ ok: true, wert: null });
		expect(leseWahrheit('vielleicht')).toEqual({ ok: false, grund: 'ist weder ja noch nein (erlaubt: ja/nein, true/false, 1/0)' });
	});
	it('reads a district code as written: trimmed, a number without decimals, an empty cell as no code', () => {
		expect(leseCode(' 05 ')).toBe('05');
		expect(leseCode(12)).toBe('12');
		expect(leseCode(12.0)).toBe('12');
		expect(leseCode(null)).toBe('');
		expect(alsText(new Date(Date.UTC(2020, 11, 31)))).toBe('2020-12-31');
	});
});

describe('guessing the mapping from German headers', () => {
	it('recognises a district table with counts and a share, whatever the spelling', () => {
		const kopf = ['Stadtbezirk', 'Bezeichnung', 'Stichtag', 'Einwohner insgesamt', 'darunter Ausländer*innen', 'Anteil MH in %', 'Ausländer aus EU-Staaten'];
		expect(rateZuordnung(kopf)).toEqual({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, name: 1, stichtag: 2, einwohner: 3, auslaender: 4, mh_anteil: 5, auslaender_eu: 6 } });
	});
	it('recognises a register extract, offers with UTM coordinates and the population template', () => {
		expect(rateZuordnung(['Bezirk', 'Geburtsjahr', 'Geschlecht', 'Staatsangehörigkeit']).ziel).toBe('register');
		expect(rateZuordnung(['Name', 'Art', 'Rechtswert', 'Hochwert'])).toMatchObject({ ziel: 'einrichtung', koordinaten: 'EPSG:25832' });
		expect(rateZuordnung(['stichtag', 'stadtbezirk', 'geschlecht', 'altersgruppe', 'status', 'staatsangehoerigkeit', 'anzahl']).ziel).toBe('bevoelkerung');
	});
	it('saves a mapping under the headers, whatever their case and umlaut spelling', () => {
		expect(zuordnungsSchluessel(['Einwohner', 'Ausländer'])).toBe(zuordnungsSchluessel(['EINWOHNER', 'Auslaender']));
	});
});
