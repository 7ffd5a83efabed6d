import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import { loeseAuf } from './aufloesung';

const quadrat = (code: string, x: number, y: number) => ({
	type: 'Feature' as const,
	properties: { code, name: code },
	geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] }
});
const grenzen: Bezirksgeometrie = { type: 'FeatureCollection', features: [quadrat('1', 10, 50), quadrat('2', 10.01, 50), quadrat('3', 10.05, 50)] };

describe('loeseAuf', () => {
	it('unites the areas of a group into one, its shared edge gone, with the area of its parts', () => {
		const g = loeseAuf(grenzen, [{ id: 'A', codes: ['1', '2'], name: 'Stadtteil A' }, { id: 'B', codes: ['3'], name: 'Stadtteil B' }]);
		expect(g.features.map((f) => f.properties)).toEqual([{ code: 'A', name: 'Stadtteil A' }, { code: 'B', name: 'Stadtteil B' }]);
		const [a] = g.features;
		expect(a.geometry.type).toBe('Polygon');
		expect((a.geometry.coordinates as number[][][])[0]).toHaveLength(5);
		expect(area(a)).toBeCloseTo(area(grenzen.features[0]) + area(grenzen.features[1]), -2);
	});

	it('keeps a group of areas apart as a multipolygon, and leaves out a group with no boundaries', () => {
		const g = loeseAuf(grenzen, [{ id: 'A', codes: ['1', '3'], name: 'A' }, { id: 'C', codes: ['9'], name: 'C' }]);
		expect(g.features).toHaveLength(1);
		expect(g.features[0].geometry.type).toBe('MultiPolygon');
	});
});
