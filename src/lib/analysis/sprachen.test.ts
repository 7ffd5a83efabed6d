import { describe, expect, it } from 'vitest';
import { sprachname } from './sprachen';

describe('sprachname', () => {
	it('names the languages of offers in German', () => {
		expect(['de', 'tr', 'ar', 'uk', 'prs'].map(sprachname)).toEqual(['Deutsch', 'Türkisch', 'Arabisch', 'Ukrainisch', 'Dari']);
	});
	it('shows a code it does not know as itself', () => {
		expect(sprachname('xh')).toBe('xh');
		expect(sprachname('tlh')).toBe('tlh');
	});
});
