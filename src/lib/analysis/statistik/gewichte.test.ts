import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { nachbarschaft, naechsteNachbarn } from './gewichte';

const ring = (x: number, y: number): Position[] => [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]];
const multi = (x: number): Feature<MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring(x, 0)], [ring(x + 0.25, 3)]] } });

describe('spatial weights', () => {
	it('multi-polygons: every part counts for contiguity, and the outer rings of all parts for the centroid', () => {
		const f = [multi(0), multi(1), multi(5)];
		expect(nachbarschaft(f, 'queen')).toEqual([[1], [0], []]);
		expect(nachbarschaft(f, 'knn', undefined, 1)).toEqual([[1], [0], [1]]);
	});
	it('k nearest: equal distances are broken by the lower index', () => {
		// A 2 × 2 grid of centroids: from each corner two others lie at distance 1.
		expect(naechsteNachbarn([[0, 0], [1, 0], [0, 1], [1, 1]], 1)).toEqual([[1], [0], [0], [1]]);
	});
	it('rook: a vertex repeated in both rings is no shared edge', () => {
		// Two squares touching at (1, 1), each listing that corner twice.
		const a: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [1, 1], [0, 1], [0, 0]]] } };
		const b: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 1], [1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]] } };
		expect(nachbarschaft([a, b], 'rook')).toEqual([[], []]);
		expect(nachbarschaft([a, b], 'queen')).toEqual([[1], [0]]);
	});
});
