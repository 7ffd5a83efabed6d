import { describe, expect, it } from 'vitest';
import { leseAnsicht, schreibeAnsicht, STANDARD_ANSICHT, type AtlasAnsicht } from './url-state';

describe('atlas view in the URL', () => {
	it('round-trips every field', () => {
		const ansicht: AtlasAnsicht = {
			indikator: 'auslaender_anteil',
			stichtag: '2018-12-31',
			darstellung: 'veraenderung',
			methode: 'quantile',
			klassen: 7,
			palette: 'viridis',
			bezirk: '41'
		};
		const url = new URL(`https://atlas.example.org/?${schreibeAnsicht(ansicht)}`);
		expect(leseAnsicht(url.searchParams)).toEqual(ansicht);
	});
	it('reads an empty query as the default view, and the default view writes no empty keys', () => {
		expect(leseAnsicht(new URLSearchParams())).toEqual(STANDARD_ANSICHT);
		expect(leseAnsicht(schreibeAnsicht(STANDARD_ANSICHT))).toEqual(STANDARD_ANSICHT);
		expect(schreibeAnsicht(STANDARD_ANSICHT).has('b')).toBe(false);
	});
	it('falls back to defaults for unknown or malformed values', () => {
		const a = leseAnsicht(new URLSearchParams('i=drop+table&t=31.12.2020&k=magic&n=12&p=rainbow&b=<script>'));
		expect(a).toEqual(STANDARD_ANSICHT);
	});
});
