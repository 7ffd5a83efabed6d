import { describe, expect, it } from 'vitest';
import { codefolge } from './codefolge';

describe('codefolge', () => {
	it('orders codes by their numbers, not their characters', () => {
		expect(['10', '9', '101', '001', '2'].sort(codefolge)).toEqual(['001', '2', '9', '10', '101']);
	});

	it('orders names with numbers and umlauts as a German reader expects', () => {
		expect(['Stadtteil 10', 'Öschle', 'Stadtteil 9', 'Oberwang', 'Zentrum'].sort(codefolge)).toEqual(['Oberwang', 'Öschle', 'Stadtteil 9', 'Stadtteil 10', 'Zentrum']);
	});
});
