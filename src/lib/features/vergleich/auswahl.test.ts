import { describe, expect, it } from 'vitest';
import { leseAuswahl, schreibeAuswahl } from './auswahl';

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
