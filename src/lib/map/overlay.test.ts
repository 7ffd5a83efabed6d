import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { Overlay } from './overlay';

const ebene = (id: string) => ({ id }) as unknown as Layer;
const ids = (o: Overlay) => o.reihenfolge.map((e) => e.id);

describe('Overlay drawing order', () => {
	it('draws the district labels above offers, clusters and catchments, whichever came first', () => {
		const o = new Overlay({} as MaplibreMap);
		o.setze('beschriftung-hell', ebene('beschriftung-hell'), true);
		o.setze('beschriftung-dunkel', ebene('beschriftung-dunkel'), true);
		o.setzeGruppe('angebote', [ebene('einzug'), ebene('angebote-cluster'), ebene('angebote')]);
		expect(ids(o)).toEqual(['einzug', 'angebote-cluster', 'angebote', 'beschriftung-hell', 'beschriftung-dunkel']);
		o.setzeGruppe('angebote', [ebene('angebote')]);
		expect(ids(o)).toEqual(['angebote', 'beschriftung-hell', 'beschriftung-dunkel']);
	});
	it('forgets a label layer removed, so a layer of the same id set again without the flag is drawn in order', () => {
		const o = new Overlay({} as MaplibreMap);
		o.setze('a', ebene('a'), true);
		o.setze('a', null);
		o.setze('a', ebene('a'));
		o.setze('b', ebene('b'));
		expect(ids(o)).toEqual(['a', 'b']);
	});
});
