import { describe, expect, it } from 'vitest';
import { kategorienDerAngebote } from './kategorien';

describe('kategorienDerAngebote', () => {
	it('lists only the kinds among the offers, in the key\'s order, each with its count; an offer counts by its first type', () => {
		const arten = kategorienDerAngebote([{ typen: ['Sprachkurs/Bildungsträger'] }, { typen: ['Migrationsberatung', 'Begegnungsstätte'] }, { typen: ['Bibliothek'] }]);
		expect(arten.map((a) => [a.kategorie.id, a.anzahl])).toEqual([
			['beratung', 1],
			['bildung', 2]
		]);
	});
	it('is empty without offers', () => {
		expect(kategorienDerAngebote([])).toEqual([]);
	});
});
