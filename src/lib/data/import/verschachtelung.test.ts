import { describe, expect, it } from 'vitest';
import { ebenen, ebeneVon } from './ebenen';
import { verschachtelung } from './verschachtelung';

const gebiete = (...codes: string[]) => codes.map((code) => ({ code, ebene: ebeneVon(code, '') }));

function von(g: { code: string; ebene: string }[], gewaehlt: string) {
	const alle = ebenen(g);
	return verschachtelung(g, alle, alle.find((e) => e.schluessel === gewaehlt)!);
}

describe('verschachtelung', () => {
	it('finds the coarser area of each code by the code alone, leading zeros dropped', () => {
		const v = von(gebiete('001', '002', '101', '102', '201'), 'form:999');
		expect(v?.stellen).toBe(2);
		expect(v?.ebene.schluessel).toBe('form:9');
		expect([...v!.von]).toEqual([['101', '001'], ['102', '001'], ['201', '002']]);
	});

	it('takes the same number of characters after every coarser code, so Bezirke 1 … 12 nest their Teile 101 … 1202', () => {
		const bezirke = Array.from({ length: 12 }, (_, i) => String(i + 1));
		const g = [
			...bezirke.map((code) => ({ code, ebene: 'spalte:Bezirk' })),
			...bezirke.flatMap((b) => [`${b}01`, `${b}02`]).map((code) => ({ code, ebene: 'spalte:Teil' }))
		];
		const v = von(g, 'spalte:Teil')!;
		expect(v.stellen).toBe(2);
		expect(v.von.get('101')).toBe('1');
		expect(v.von.get('1001')).toBe('10');
		expect(v.von.get('1202')).toBe('12');
	});

	it('finds none where one code has no coarser area, or all lie in one', () => {
		expect(von(gebiete('1', '2', '101', '102', '301'), 'form:999')).toBeNull();
		expect(von(gebiete('1', '2', '101', '102'), 'form:999')).toBeNull();
	});

	it('nests codes with letters by a level column (A1 in A)', () => {
		const g = [
			{ code: 'A', ebene: 'spalte:Stadtbezirk' },
			{ code: 'B', ebene: 'spalte:Stadtbezirk' },
			{ code: 'A1', ebene: 'spalte:Stadtteil' },
			{ code: 'A2', ebene: 'spalte:Stadtteil' },
			{ code: 'B1', ebene: 'spalte:Stadtteil' }
		];
		expect([...von(g, 'spalte:Stadtteil')!.von.values()]).toEqual(['A', 'A', 'B']);
	});

	it('finds none for the coarsest level', () => {
		expect(von(gebiete('001', '002', '101', '201'), 'form:9')).toBeNull();
	});
});
