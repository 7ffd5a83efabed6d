import { describe, expect, it } from 'vitest';
import { leseAnteil, leseAnzahl, leseStichtag, leseWahrheit, leseZahl } from './zahlen';
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
