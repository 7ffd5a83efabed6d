import { describe, expect, it } from 'vitest';
import type { Indikatortabelle } from '../data/indikatortabelle';
import { aufenthaltImBezirk, einwohnerAngabe } from './steckbriefsaetze';

const T = '2020-12-31';
const tabelle = (wert: number | null, sperre: 'wert' | null): Indikatortabelle => ({ stichtage: [T], codes: ['54', '_gesamt'], indikatoren: ['einwohner'], werte: [wert, 70787], sperren: [sperre, null] });

describe('the Steckbrief’s header', () => {
	it('states the inhabitants, and a withheld count as "•" with its reason, never "k. A." or nothing', () => {
		expect(einwohnerAngabe(tabelle(2486, null), T, '54')).toBe('2.486 Einwohner*innen');
		expect(einwohnerAngabe(tabelle(null, 'wert'), T, '54')).toBe('• Einwohner*innen (keine Angabe wegen Geheimhaltung)');
		// Not in the data at all: no statement, rather than a made-up one.
		expect(einwohnerAngabe(tabelle(null, null), T, '54')).toBeNull();
	});
});

describe('the Steckbrief’s sentence on length of stay', () => {
	const shown = [
		{ aufenthaltsdauer: '0-1', anzahl: 10 },
		{ aufenthaltsdauer: '1-4', anzahl: 15 },
		{ aufenthaltsdauer: '10-15', anzahl: 175 }
	];
	it('gives share and counts when every band is shown', () => {
		expect(aufenthaltImBezirk(shown)).toBe('12,5 % der Ausländer*innen im Bezirk leben seit weniger als 4 Jahren in Deutschland (25 von 200).');
		expect(aufenthaltImBezirk(shown, 'im Stadtteil')).toBe('12,5 % der Ausländer*innen im Stadtteil leben seit weniger als 4 Jahren in Deutschland (25 von 200).');
	});

	it('with a band withheld, states no count and no share: neither total nor short stays, from which the withheld one follows', () => {
		for (const gesperrt of [0, 2]) {
			const teile = shown.map((x, i) => (i === gesperrt ? { ...x, anzahl: null } : x));
			const satz = aufenthaltImBezirk(teile)!;
			expect(satz).toBe('• der Ausländer*innen im Bezirk leben seit weniger als 4 Jahren in Deutschland (keine Angabe wegen Geheimhaltung: eine der Zahlen ist zu klein, um sie zu zeigen).');
			// No shown sum survives: 10 + 15 + 175 minus a shown band would give the withheld one.
			expect(satz.match(/\d+/g)).toEqual(['4']);
		}
	});

	it('counts persons of unknown length of stay among all, not among the short stays', () => {
		expect(aufenthaltImBezirk([{ aufenthaltsdauer: null, anzahl: 20 }, { aufenthaltsdauer: '0-1', anzahl: 10 }, { aufenthaltsdauer: '10-15', anzahl: 170 }])).toBe(
			'5,0 % der Ausländer*innen im Bezirk leben seit weniger als 4 Jahren in Deutschland (10 von 200).'
		);
	});

	it('says nothing when the data have no length of stay', () => {
		expect(aufenthaltImBezirk([{ aufenthaltsdauer: null, anzahl: 200 }])).toBeNull();
	});
});
