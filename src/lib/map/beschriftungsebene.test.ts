import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Karte } from './karte';
import type { DeckModule } from './overlay';
import { Beschriftung } from './beschriftungsebene';

/** The props of a TextLayer the stub records. */
interface Textebene {
	data: { code: string }[];
	getSize: number | ((d: { code: string }) => number);
	updateTriggers: { getSize: unknown };
}

/**
 * A stub map that projects a point to x = 100 · longitude, y = 100 · latitude, counts the projections and
 * fires its own events; a stub overlay that keeps the layers set; deck.gl's TextLayer as a record of its props.
 */
function stubKarte() {
	const hoerer = new Map<string, () => void>();
	const gesetzt = new Map<string, Textebene | null>();
	const zaehler = { projektionen: 0, setze: 0 };
	const map = {
		on: (e: string, f: () => void) => hoerer.set(e, f),
		off: () => {},
		project: ([x, y]: [number, number]) => {
			zaehler.projektionen++;
			return { x: 100 * x, y: 100 * y };
		},
		getCanvas: () => ({ clientWidth: 1000, clientHeight: 1000 })
	};
	class TextLayer {
		constructor(readonly props: Textebene) {}
	}
	const deck = { TextLayer } as unknown as DeckModule;
	const overlay = {
		lade: async () => deck,
		setze: (id: string, ebene: Layer | null) => {
			zaehler.setze++;
			gesetzt.set(id, ebene ? (ebene as unknown as { props: Textebene }).props : null);
		}
	};
	return { karte: { map, overlay } as unknown as Karte, hoerer, gesetzt, zaehler };
}

const punkte = Array.from({ length: 5 }, (_, i) => ({ code: String(i + 1), name: `Bezirk ${i + 1}`, position: [1 + i, 1 + i] as [number, number], gewicht: 5 - i }));
/** The labels a layer draws: those of its data it gives a size. */
function codes(g: ReturnType<typeof stubKarte>['gesetzt'], id: string): string[] {
	const e = g.get(id);
	const groesse = (p: { code: string }) => (typeof e!.getSize === 'function' ? e!.getSize(p) : e!.getSize);
	return e?.data.filter((p) => groesse(p) > 0).map((p) => p.code) ?? [];
}

describe('Beschriftung (district labels)', () => {
	it('splits the placed labels by the contrast of their fill, and after a colour change moves them between light and dark text without placing them again', async () => {
		const s = stubKarte();
		const b = new Beschriftung(s.karte, punkte);
		await b.aktiviere();
		b.setze('nummern', new Map([['1', '#000000'], ['2', '#ffffff']]));
		expect(codes(s.gesetzt, 'beschriftung-hell')).toEqual(['1']);
		expect(codes(s.gesetzt, 'beschriftung-dunkel')).toEqual(['2', '3', '4', '5']);
		const vorher = s.zaehler.projektionen;
		b.setze('nummern', new Map([['1', '#ffffff'], ['2', '#000000'], ['3', '#000000']]));
		expect(codes(s.gesetzt, 'beschriftung-hell')).toEqual(['2', '3']);
		expect(codes(s.gesetzt, 'beschriftung-dunkel')).toEqual(['1', '4', '5']);
		expect(s.zaehler.projektionen).toBe(vorher);
	});

	it('places the labels again when the map has moved or the kind of label changes, and draws none for "keine"', async () => {
		const s = stubKarte();
		const b = new Beschriftung(s.karte, punkte);
		await b.aktiviere();
		const nachErstem = s.zaehler.projektionen;
		s.hoerer.get('moveend')!();
		expect(s.zaehler.projektionen).toBe(nachErstem + punkte.length);
		b.setze('namen', new Map());
		expect(s.zaehler.projektionen).toBe(nachErstem + 2 * punkte.length);
		b.setze('keine', new Map());
		expect(s.gesetzt.get('beschriftung-hell')).toBeNull();
		expect(s.gesetzt.get('beschriftung-dunkel')).toBeNull();
		b.setze('nummern', new Map());
		expect(codes(s.gesetzt, 'beschriftung-dunkel')).toEqual(['1', '2', '3', '4', '5']);
	});

	it('an indicator switch hands deck.gl no new label data: only which labels are light is updated, and nothing at all when that stays', async () => {
		const s = stubKarte();
		const b = new Beschriftung(s.karte, punkte);
		await b.aktiviere();
		b.setze('nummern', new Map([['1', '#000000']]));
		const hellVorher = s.gesetzt.get('beschriftung-hell')!;
		const dunkelVorher = s.gesetzt.get('beschriftung-dunkel')!;
		b.setze('nummern', new Map([['2', '#000000']]));
		const hell = s.gesetzt.get('beschriftung-hell')!;
		const dunkel = s.gesetzt.get('beschriftung-dunkel')!;
		expect(hell.data).toBe(hellVorher.data);
		expect(dunkel.data).toBe(dunkelVorher.data);
		expect(hell.updateTriggers.getSize).not.toEqual(hellVorher.updateTriggers.getSize);
		expect(codes(s.gesetzt, 'beschriftung-hell')).toEqual(['2']);
		expect(codes(s.gesetzt, 'beschriftung-dunkel')).toEqual(['1', '3', '4', '5']);

		const aufrufe = s.zaehler.setze;
		b.setze('nummern', new Map([['2', '#000000'], ['3', '#ffffff']]));
		expect(s.zaehler.setze).toBe(aufrufe);
		expect(s.gesetzt.get('beschriftung-hell')).toBe(hell);
		expect(s.gesetzt.get('beschriftung-dunkel')).toBe(dunkel);
	});
});
