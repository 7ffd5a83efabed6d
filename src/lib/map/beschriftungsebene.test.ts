import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import type { Karte } from './karte';
import type { DeckModule } from './overlay';
import { Beschriftung } from './beschriftungsebene';

/**
 * A stub map that projects a point to x = 100 · longitude, y = 100 · latitude, counts the projections and
 * fires its own events; a stub overlay that keeps the layers set; deck.gl's TextLayer as a record of its props.
 */
function stubKarte() {
	const hoerer = new Map<string, () => void>();
	const gesetzt = new Map<string, { data: { code: string }[] } | null>();
	const zaehler = { projektionen: 0 };
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
		constructor(readonly props: { data: { code: string }[] }) {}
	}
	const deck = { TextLayer } as unknown as DeckModule;
	const overlay = { lade: async () => deck, setze: (id: string, ebene: Layer | null) => gesetzt.set(id, ebene ? (ebene as unknown as { props: { data: { code: string }[] } }).props : null) };
	return { karte: { map, overlay } as unknown as Karte, hoerer, gesetzt, zaehler };
}

const punkte = Array.from({ length: 5 }, (_, i) => ({ code: String(i + 1), name: `Bezirk ${i + 1}`, position: [1 + i, 1 + i] as [number, number], gewicht: 5 - i }));
const codes = (g: ReturnType<typeof stubKarte>['gesetzt'], id: string) => g.get(id)?.data.map((p) => p.code) ?? [];

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
});
