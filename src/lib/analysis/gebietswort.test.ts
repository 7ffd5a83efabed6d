import { describe, expect, it } from 'vitest';
import { anzahlGebiete, BEZIRK, STADTTEIL } from './gebietswort';

describe('anzahlGebiete', () => {
	it('counts districts by default and Stadtteile when told, singular for one', () => {
		expect(anzahlGebiete(1)).toBe('1 Bezirk');
		expect(anzahlGebiete(0, BEZIRK)).toBe('0 Bezirke');
		expect(anzahlGebiete(1, STADTTEIL)).toBe('1 Stadtteil');
		expect(anzahlGebiete(3, STADTTEIL)).toBe('3 Stadtteile');
	});
});
