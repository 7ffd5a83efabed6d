import { describe, expect, it } from 'vitest';
import { filterBeschreibung, filtere, hatLage, istGefiltert, KEIN_FILTER } from './angebotsfilter';
import type { Einrichtung } from '../data/abfragen/angebote';

const e = (id: string, teil: Partial<Einrichtung>): Einrichtung => ({
	id, name: id, typen: [], adresse: '', lat: 47.7, lon: 10.3, genauigkeit: 'exakt', handlungsfelder: [], zielgruppen: [], sprachen: [], massnahmen: [], oeffnungszeiten: '', kontakt: '', quelle: 'Test', beispiel: false, ...teil
});
const alle = [
	e('cafe', { typen: ['Sprach-/Kulturcafé'], handlungsfelder: ['SB', 'GT'], zielgruppen: ['alle'], sprachen: ['de', 'tr'], massnahmen: ['SB 2.4'] }),
	e('juze', { typen: ['Jugendzentrum'], handlungsfelder: ['GT'], zielgruppen: ['Jugendliche'], sprachen: ['de'] }),
	e('beratung', { typen: ['Migrationsberatung'], handlungsfelder: ['GT', 'IÖ'], zielgruppen: ['Neuzugewanderte', 'Geflüchtete'], sprachen: ['ar'] })
];
const ids = (f: Partial<typeof KEIN_FILTER>) => filtere(alle, { ...KEIN_FILTER, ...f }).map((x) => x.id);

describe('offer filters', () => {
	it('matches any value within a facet and every facet together', () => {
		expect(ids({})).toEqual(['cafe', 'juze', 'beratung']);
		expect(ids({ handlungsfelder: ['SB', 'IÖ'] })).toEqual(['cafe', 'beratung']);
		expect(ids({ handlungsfelder: ['GT'], sprachen: ['tr', 'ar'] })).toEqual(['cafe', 'beratung']);
		expect(ids({ massnahmen: ['SB 2.4'] })).toEqual(['cafe']);
		expect(ids({ typen: ['Jugendzentrum'], sprachen: ['ar'] })).toEqual([]);
	});
	it('lets offers for everyone match every target group', () => {
		expect(ids({ zielgruppen: ['Jugendliche'] })).toEqual(['cafe', 'juze']);
		expect(ids({ zielgruppen: ['Geflüchtete'] })).toEqual(['cafe', 'beratung']);
	});
	it('reads an offer without a target group as one for everyone', () => {
		const ohne = e('bibliothek', { zielgruppen: [] });
		expect(filtere([...alle, ohne], { ...KEIN_FILTER, zielgruppen: ['Frauen'] }).map((x) => x.id)).toEqual(['cafe', 'bibliothek']);
	});
	it('knows whether any facet is on', () => {
		expect(istGefiltert(KEIN_FILTER)).toBe(false);
		expect(istGefiltert({ ...KEIN_FILTER, sprachen: ['ar'] })).toBe(true);
		expect(istGefiltert({ ...KEIN_FILTER, massnahmen: ['SB 2.4'] })).toBe(true);
	});
});

describe('offers on the map', () => {
	it('are those with both coordinates', () => {
		expect(hatLage(e('a', {}))).toBe(true);
		expect(hatLage(e('b', { lat: null, lon: null }))).toBe(false);
		expect(hatLage(e('c', { lat: 47.7, lon: null }))).toBe(false);
		expect(hatLage(e('d', { lat: null, lon: 10.3 }))).toBe(false);
	});
});

describe('the words for the active filters', () => {
	it('name every facet that is on, with the Handlungsfeld by its name, and nothing without a filter', () => {
		expect(filterBeschreibung(KEIN_FILTER)).toBeNull();
		expect(filterBeschreibung({ ...KEIN_FILTER, handlungsfelder: ['SB'], sprachen: ['Arabisch', 'Türkisch'], massnahmen: ['SB-3'] })).toBe('Handlungsfeld „Sprache und Bildung“; Sprachen „Arabisch“ oder „Türkisch“; Maßnahme „SB-3“');
		expect(filterBeschreibung({ ...KEIN_FILTER, typen: ['Beratung'], zielgruppen: ['Frauen'] })).toBe('Typ „Beratung“; Zielgruppe „Frauen“');
	});
});
