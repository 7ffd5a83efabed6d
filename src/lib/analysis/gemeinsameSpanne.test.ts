import { describe, expect, it } from 'vitest';
import type { Indikatortabelle } from '../data/indikatortabelle';
import { gemeinsameSpanne, gemeinsameSpannen } from './gemeinsameSpanne';

// Two Stichtage, two districts and the city: district A wobbles by 0,6 points, B rises by 7.
const tabelle: Indikatortabelle = {
	stichtage: ['2019-12-31', '2020-12-31'],
	codes: ['A', 'B', '_gesamt'],
	indikatoren: ['mh_anteil'],
	werte: [21.2, 30.4, 26.0, 21.8, 37.4, 29.1],
	sperren: [null, null, null, null, null, null]
};

describe('the shared range of an indicator', () => {
	it('spans every district and Stichtag, on round steps, so each district is drawn on the same axis', () => {
		expect(gemeinsameSpanne(tabelle, 'mh_anteil')).toEqual({ von: 20, bis: 40 });
	});
	it('is absent for an indicator without values, and never empty', () => {
		expect(gemeinsameSpanne(tabelle, 'flucht_anteil')).toBeNull();
		expect(gemeinsameSpanne({ ...tabelle, werte: [5, 5, 5, 5, 5, 5] }, 'mh_anteil')).toEqual({ von: 5, bis: 6 });
	});
	it('leaves a withheld value out instead of reading it as 0, which would stretch the axis down to 0', () => {
		const mitLuecke = { ...tabelle, werte: [21.2, null, 26.0, 21.8, 37.4, 29.1] };
		expect(gemeinsameSpanne(mitLuecke, 'mh_anteil')).toEqual({ von: 20, bis: 40 });
	});
	it('gives each indicator with values its own range and none to one without', () => {
		const spannen = gemeinsameSpannen(tabelle, ['mh_anteil', 'flucht_anteil']);
		expect([...spannen]).toEqual([['mh_anteil', { von: 20, bis: 40 }]]);
	});
});
