/**
 * The atlas's state as a runes class, on a small hand-made city of three districts and two Stichtage
 * (Svelte's client runtime; effects driven with flushSync): what the link asked for is checked against
 * the data once they are there, a change of indicator drops bounds fixed for another, and the map's
 * colours, titles, redraw key and profile follow the view.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { indikatortabelleAus, type Indikatortabelle } from '../../data/indikatortabelle';
import { GESAMTSTADT, type Stadtbezirk } from '../../data/schema';
import type { Sitzung } from '../../ui/sitzung.svelte';
import type { Ersetzung } from '../../ui/url';
import type { Urlzustand } from '../../ui/urlzustand.svelte';
import { STANDARD_ANGEBOTE } from '../angebote/ansicht';
import { STANDARD_ANSICHT, type AtlasAnsicht, type AtlasLink } from './ansicht';
import { AtlasZustand } from './atlasZustand.svelte';

const BEZIRKE: Stadtbezirk[] = [
	{ code: '1', name: 'Altstadt', stadtteil: 'Mitte', flaeche_km2: 1 },
	{ code: '2', name: 'Bühl', stadtteil: 'Nord', flaeche_km2: 2 },
	{ code: '3', name: 'Au', stadtteil: 'Süd', flaeche_km2: 3 }
];
const MH: Record<string, number[]> = { '1': [40, 42], '2': [20, 21], '3': [10, 12], [GESAMTSTADT]: [25, 27] };
const TABELLE: Indikatortabelle = indikatortabelleAus(
	['2019-12-31', '2020-12-31'].flatMap((stichtag, t) =>
		Object.entries(MH).flatMap(([code, werte]) => [
			{ stichtag, code, indikator: 'mh_anteil', wert: werte[t], sperre: null },
			{ stichtag, code, indikator: 'auslaender_anteil', wert: werte[t] / 2, sperre: null }
		])
	)
);

/** A session of which the atlas reads the data set's tables; no database (offers stay unloaded). */
class Testsitzung {
	indikatortabelle = $state.raw<Indikatortabelle | null>(null);
	stadtbezirke = $state.raw<Stadtbezirk[]>([]);
	bezirkName = $derived(new Map(this.stadtbezirke.map((b) => [b.code, b.name])));
	geometrie = { type: 'FeatureCollection', features: [] };
	koordinator = null;
	datenbankFehler = null;
}

function atlas(ansicht: Partial<AtlasAnsicht>, s = new Testsitzung()) {
	const ersetzt: Ersetzung[] = [];
	const url = { gelesen: { atlas: { ...STANDARD_ANSICHT, ...ansicht }, angebote: STANDARD_ANGEBOTE }, ergaenze: (e: readonly Ersetzung[]) => ersetzt.push(...e) } as unknown as Urlzustand<AtlasLink>;
	let z!: AtlasZustand;
	const ende = $effect.root(() => {
		z = new AtlasZustand(s as unknown as Sitzung, url);
	});
	flushSync();
	const laden = () => {
		s.indikatortabelle = TABELLE;
		s.stadtbezirke = BEZIRKE;
		flushSync();
	};
	return { z, s, ersetzt, ende, laden };
}

describe('AtlasZustand', () => {
	it('checks the link against the data once they are there: an unknown Stichtag and district are replaced, and said so', () => {
		const { z, ersetzt, ende, laden } = atlas({ indikator: 'mh_anteil', stichtag: '2015-12-31', bezirk: '99' });
		expect(z.stichtag).toBeNull();
		expect(z.untertitel).toBe('Werte werden berechnet …');
		laden();
		expect(z.ansicht.stichtag).toBe('2020-12-31');
		expect(z.ansicht.bezirk).toBeNull();
		expect(ersetzt.map((e) => [e.was, e.wert])).toEqual([
			['Stichtag', '2015-12-31'],
			['Stadtbezirk', '99']
		]);
		ende();
	});

	it('colours every district by its class, with the Stichtag in the subtitle and the previous one as the base of change', () => {
		const { z, ende, laden } = atlas({ indikator: 'mh_anteil', klassen: 3 });
		laden();
		expect(z.vergleich).toBe('2019-12-31');
		expect([...z.farben!.keys()].sort()).toEqual(['1', '2', '3']);
		expect(new Set(z.farben!.values()).size).toBe(3);
		expect(z.titel).toBe(z.indikator.label);
		expect(z.untertitel).toContain('31.12.2020');
		expect(z.zeichenKey.split('|').slice(0, 2)).toEqual(['2020-12-31', 'mh_anteil']);
		ende();
	});

	it('drops class bounds fixed for one indicator when another is chosen, and keeps them for a change of classes', () => {
		const { z, ende, laden } = atlas({ indikator: 'mh_anteil', grenzen: [15, 30] });
		laden();
		z.aendere({ klassen: 4 });
		expect(z.ansicht.grenzen).toEqual([15, 30]);
		const vorher = z.zeichenKey;
		z.aendere({ indikator: 'auslaender_anteil' });
		flushSync();
		expect(z.ansicht.grenzen).toBeNull();
		expect(z.zeichenKey).not.toBe(vorher);
		expect(z.link().atlas.indikator).toBe('auslaender_anteil');
		ende();
	});

	it('shows the profile of a district chosen, and none for a code the data lack', () => {
		const { z, ende, laden } = atlas({ indikator: 'mh_anteil' });
		laden();
		z.aendere({ bezirk: '2' });
		expect(z.bezirk?.name).toBe('Bühl');
		expect(z.profil?.find((p) => p.indikator.id === 'mh_anteil')?.wert).toBe(21);
		z.aendere({ bezirk: '7' });
		expect([z.ausgewaehlt, z.profil]).toEqual([null, null]);
		ende();
	});

	it('switches to the Stadtteile the districts lie in: their areas, the choice with their numbers, no district kept chosen, offers’ indicators replaced', () => {
		const { z, ende, laden, ersetzt } = atlas({ indikator: 'bedarfsindex', bezirk: '2' });
		laden();
		expect(z.gebiete.auswahl.map((e) => e.label)).toEqual(['Stadtbezirke (3)', 'Stadtteile (3)']);
		expect(z.ausgewaehlt).toBe('2');
		z.aendere({ ebene: 'stadtteil' });
		flushSync();
		expect(z.gebiete.stadtbezirke.map((b) => `${b.code} ${b.name}`)).toEqual(['1 Mitte', '2 Nord', '3 Süd']);
		expect(z.ansicht.bezirk).toBeNull();
		// The offers' indicator the districts showed is replaced, and the page says so.
		expect(z.ansicht.indikator).toBe(STANDARD_ANSICHT.indikator);
		expect(ersetzt.map((e) => e.was)).toEqual(['Indikator']);
		// No database in this test: the Stadtteile's figures wait for it, and nothing is coloured meanwhile.
		expect(z.gebiete.indikatortabelle).toBeNull();
		expect(z.farben).toBeNull();
		z.aendere({ indikator: 'bedarfsindex' });
		expect(z.ansicht.indikator).toBe(STANDARD_ANSICHT.indikator);
		expect(ersetzt).toHaveLength(2);
		z.aendere({ ebene: 'bezirk' });
		flushSync();
		expect(z.gebiete.indikatortabelle).toBe(TABELLE);
		ende();
	});

	it('replaces a link’s Stadtteile by the districts where the data name none', () => {
		const s = new Testsitzung();
		const { z, ersetzt, ende } = atlas({ ebene: 'stadtteil' }, s);
		s.indikatortabelle = TABELLE;
		s.stadtbezirke = BEZIRKE.map((b) => ({ ...b, stadtteil: '' }));
		flushSync();
		expect(z.ansicht.ebene).toBe('bezirk');
		expect(ersetzt.map((e) => e.was)).toEqual(['Gebiete']);
		expect(z.gebiete.auswahl).toEqual([]);
		ende();
	});
});
