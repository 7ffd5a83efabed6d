import { describe, expect, it } from 'vitest';
import type { Einrichtung } from '../data/abfragen/angebote';
import { angebotsEbenen, clusterIndex } from './angebotsebenen';
import { atlasebenen, kartenAngebote, szenarioMarken, vorschlagsMarken } from './atlasebenen';
import type { DeckModule } from './overlay';

/** deck.gl stood in by classes that keep their props, so a test reads what each layer would draw. */
class Ebene {
	constructor(readonly props: { id: string; data: { position: [number, number] }[]; getPosition?: (d: never) => unknown; [k: string]: unknown }) {}
}
const deck = { ScatterplotLayer: Ebene, TextLayer: Ebene } as unknown as DeckModule;
/** What the map would draw: each layer's id with the positions its data yield. */
const gezeichnet = (ebenen: unknown[]) =>
	Object.fromEntries((ebenen as Ebene[]).map((e) => [e.props.id, e.props.data.map((d) => (e.props.getPosition as (d: unknown) => unknown)(d))]));

const einrichtung = (id: string, lon: number | null, lat: number | null): Einrichtung => ({
	id, name: `Angebot ${id}`, typen: ['Beratung'], adresse: '', lat, lon, genauigkeit: 'adresse', handlungsfelder: [], zielgruppen: [], sprachen: [], massnahmen: [], oeffnungszeiten: '', kontakt: '', quelle: '', beispiel: false
});
const auswahl = { angebote: true, einzug: false, einzugRadiusM: 380, auswahl: null };

describe('the atlas map’s layer model', () => {
	it('draws offers with a location only, and offers at one spot apart so that each can be picked', () => {
		const k = kartenAngebote([einrichtung('a', 10.3, 47.7), einrichtung('b', 10.3, 47.7), einrichtung('c', null, null)]);
		expect(k.map((x) => x.id)).toEqual(['a', 'b']);
		expect(k[0].position).not.toEqual(k[1].position);
	});

	it('numbers scenario offers and suggestions, a suggestion with its protected gain', () => {
		expect(szenarioMarken([[10.3, 47.7]])).toEqual([{ label: 'S1', position: [10.3, 47.7], text: 'S1: hypothetisches Angebot (Szenario)' }]);
		const v = vorschlagsMarken([{ position: [10.3, 47.7], neuErreicht: { wert: 40, gesperrt: false } as never }], 'Neuzugewanderte');
		expect(v[0].label).toBe('V1');
		expect(v[0].text).toMatch(/^V1: vorgeschlagener Standort, \+.*40.* Neuzugewanderte erreicht$/);
	});

	it('draws nothing over the districts when offers are off and there is no scenario', () => {
		expect(atlasebenen(kartenAngebote([einrichtung('a', 10.3, 47.7)]), [], [], { ...auswahl, angebote: false })).toBeNull();
	});

	it('draws catchments around offers and marks only when they are switched on, at the radius the walk reaches', () => {
		const angebote = kartenAngebote([einrichtung('a', 10.3, 47.7)]);
		const ohne = atlasebenen(angebote, [], [], auswahl)!;
		const mit = atlasebenen(angebote, szenarioMarken([[10.4, 47.8]]), [], { ...auswahl, einzug: true })!;
		expect(Object.keys(gezeichnet(angebotsEbenen(deck, 15, ohne, clusterIndex(angebote))))).not.toContain('einzug');
		const ebenen = angebotsEbenen(deck, 15, mit, clusterIndex(angebote)) as unknown as Ebene[];
		const einzug = (id: string) => ebenen.find((e) => e.props.id === id)!.props;
		// Offers' and the scenario's catchments alike: the same walk in metres, told apart by colour.
		for (const id of ['einzug', 'einzug-szenario']) expect([einzug(id).getRadius, einzug(id).radiusUnits]).toEqual([380, 'meters']);
		expect(einzug('einzug').getLineColor).not.toEqual(einzug('einzug-szenario').getLineColor);
		expect(gezeichnet(ebenen)['einzug-szenario']).toEqual([[10.4, 47.8]]);
	});

	it('at a close zoom draws each offer on its own, at a far one offers close together as one cluster', () => {
		const angebote = kartenAngebote([einrichtung('a', 10.3, 47.7), einrichtung('b', 10.301, 47.701)]);
		const d = atlasebenen(angebote, [], [], auswahl)!;
		const nah = gezeichnet(angebotsEbenen(deck, 16, d, clusterIndex(angebote)));
		const fern = gezeichnet(angebotsEbenen(deck, 8, d, clusterIndex(angebote)));
		expect(nah.angebote).toHaveLength(2);
		expect(nah['angebote-cluster']).toHaveLength(0);
		expect(fern.angebote).toHaveLength(0);
		expect(fern['angebote-cluster']).toHaveLength(1);
	});
});
