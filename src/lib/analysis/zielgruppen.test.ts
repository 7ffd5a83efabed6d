import { describe, expect, it } from 'vitest';
import { WOHNORT_GRUPPEN, ZIELGRUPPEN } from '../data/schema';
import { GRUPPE_DER_ZIELGRUPPE, GRUPPE_IDS, GRUPPEN, gruppe } from './zielgruppen';

describe('population groups of the coverage', () => {
	it('are the whole population and every group a residential point counts, each named once', () => {
		expect([...GRUPPE_IDS].sort()).toEqual(['einwohner', ...WOHNORT_GRUPPEN].sort());
		expect(GRUPPE_IDS[0]).toBe('einwohner');
		for (const feld of ['label', 'kurz'] as const) {
			const namen = GRUPPEN.map((g) => g[feld]);
			expect(namen.every((n) => n.trim().length > 0)).toBe(true);
			expect(new Set(namen).size).toBe(namen.length);
		}
	});
	it('are found by id', () => {
		expect(gruppe('flucht').label).toBe('Menschen mit Fluchthintergrund');
		expect(gruppe('einwohner').kurz).toBe('Einwohner*innen');
	});
	it('take an offer’s Zielgruppe to the group of the same name; offers for all reach everyone, for parents the under-18s', () => {
		for (const z of ZIELGRUPPEN) {
			if (z === 'alle' || z === 'Eltern') continue;
			expect(gruppe(GRUPPE_DER_ZIELGRUPPE[z]).kurz).toBe(z);
		}
		expect(GRUPPE_DER_ZIELGRUPPE.alle).toBe('einwohner');
		expect(GRUPPE_DER_ZIELGRUPPE.Eltern).toBe('unter18');
	});
});
