import { describe, expect, it } from 'vitest';
import { kategorie, kategorienDerAngebote, rgb } from './kategorien';

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

describe('kategorie', () => {
	it('colours an offer of a type the key does not know as advice', () => {
		expect(kategorie(['Nachbarschaftsfest']).id).toBe('beratung');
		expect(kategorie([]).id).toBe('beratung');
	});
	it('reads a category colour into its channels', () => {
		expect(rgb('#E69F00')).toEqual([230, 159, 0]);
	});
});
