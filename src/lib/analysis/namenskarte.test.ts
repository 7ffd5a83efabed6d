import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Beschriftungspunkt } from './beschriftung';
import { passendeBeschriftung } from './namenskarte';

// A city of 0.1° × 0.1° at 47.75° N: about 7.5 km wide and 11.1 km tall, so a square view leaves room on both sides.
const geometrie: FeatureCollection<Polygon, { code: string }> = {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: { code: '1' }, geometry: { type: 'Polygon', coordinates: [[[10, 47.7], [10.1, 47.7], [10.1, 47.8], [10, 47.8], [10, 47.7]]] } }]
};
const punkt = (name: string, lon: number, lat: number, gewicht: number): Beschriftungspunkt => ({ code: name, name, position: [lon, lat], gewicht });
const punkte = [
	punkt('Mitte', 10.05, 47.75, 5),
	// On the western and eastern edge, heavier than the small district beside the western one.
	punkt('Westend', 10, 47.75, 9),
	punkt('Ostend', 10.1, 47.75, 4),
	punkt('Auen', 10.012, 47.75, 1),
	punkt('Nord', 10.05, 47.8, 3),
	punkt('Süd', 10.05, 47.71, 2),
	// 6 px above the bottom of a 400 px tall map: less than half of a 12 px label's line height (15.6 px).
	punkt('Unten', 10.07, 47.7015, 6)
];
const namen = (ansicht: { breite: number; hoehe: number; schrift: number }) => passendeBeschriftung(geometrie, punkte, (p) => p.name, ansicht).map((p) => p.name);

describe('passendeBeschriftung', () => {
	it('drops the labels that would run past the map’s edge, and they leave their neighbours free', () => {
		// The view has the map's shape: the edge labels are cut, so the small district beside Westend keeps its label.
		expect(namen({ breite: 270, hoehe: 400, schrift: 12 })).toEqual(['Mitte', 'Auen', 'Süd']);
	});
	it('centres the map in a view of another shape, so the room beside it holds the edge labels', () => {
		// 65 px each side: Westend fits and, heavier, pushes out the small district's label it overlaps.
		expect(namen({ breite: 400, hoehe: 400, schrift: 12 })).toEqual(['Mitte', 'Westend', 'Ostend', 'Süd']);
	});
	it('shows fewer labels, not smaller ones, on a smaller map', () => {
		expect(namen({ breite: 68, hoehe: 100, schrift: 12 })).toEqual(['Mitte', 'Süd']);
		expect(namen({ breite: 68, hoehe: 100, schrift: 6 })).toEqual(['Mitte', 'Auen', 'Süd']);
	});
});
