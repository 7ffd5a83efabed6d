import { describe, expect, it } from 'vitest';
import { beispielgruppe, leseAuswahl, schreibeAuswahl } from './auswahl';

const namen = new Map([['40', 'Thingers – Nord'], ['41', 'Thingers – Süd'], ['43', 'Thingers – West'], ['54', 'Bühl – Süd']]);

describe('comparison selection in the URL', () => {
	it('reads districts and named groups and writes them back', () => {
		const { gruppen, verworfen } = leseAuswahl('40+41+43~Thingers,54', namen);
		expect(gruppen.map((g) => [g.id, g.name])).toEqual([['40+41+43', 'Thingers'], ['54', '54 Bühl – Süd']]);
		expect(verworfen).toEqual([]);
		expect(schreibeAuswahl(gruppen, namen)).toBe('40+41+43~Thingers,54');
	});
	it('drops unknown codes, hostile values and more than four entries', () => {
		const { gruppen, verworfen } = leseAuswahl('99,__proto__,40,41,43,54,40+41', namen);
		expect(gruppen.map((g) => g.id)).toEqual(['40', '41', '43', '54']);
		expect(verworfen).toEqual(['99', '__proto__', '40+41']);
	});
});

describe('the example group comes from the loaded districts', () => {
	it('takes districts sharing a name before the dash, else a Stadtteil, else the first three', () => {
		expect(beispielgruppe([...namen].map(([code, name]) => ({ code, name })))).toEqual({ name: 'Thingers', codes: ['40', '41', '43'] });
		const koeln = [
			{ code: '101', name: 'Altstadt/Süd', stadtteil: 'Innenstadt' },
			{ code: '102', name: 'Neustadt/Süd', stadtteil: 'Innenstadt' },
			{ code: '201', name: 'Bayenthal', stadtteil: 'Rodenkirchen' }
		];
		expect(beispielgruppe(koeln)).toEqual({ name: 'Innenstadt', codes: ['101', '102'] });
		expect(beispielgruppe(koeln.map((b) => ({ ...b, stadtteil: '' })))).toEqual({ name: 'Gruppe', codes: ['101', '102', '201'] });
		expect(beispielgruppe([{ code: '1', name: 'A', stadtteil: '7' }, { code: '2', name: 'B', stadtteil: '7' }])).toEqual({ name: 'Stadtteil 7', codes: ['1', '2'] });
		expect(beispielgruppe([{ code: '1', name: 'Mitte' }])).toBeNull();
	});
});
