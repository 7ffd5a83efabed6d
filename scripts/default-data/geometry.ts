/**
 * Schematic district boundaries: Voronoi cells around the estimated district centroids, clipped to the
 * estimated city outline. No official boundary map is public; the UI labels these as schematic.
 */
import { Delaunay } from 'd3-delaunay';
import intersect from '@turf/intersect';
import area from '@turf/area';
import { featureCollection, polygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface Zentroid {
	code: string;
	name: string;
	lat: number;
	lon: number;
}

export interface Bezirksflaeche {
	code: string;
	name: string;
	geometry: Polygon | MultiPolygon;
	flaeche_km2: number;
}

// Voronoi in plain lon/lat would stretch cells east-west at 47.7° N; scale longitude by cos(lat).
const LON_SCALE = Math.cos((47.72 * Math.PI) / 180);

export function schematicDistricts(zentroide: Zentroid[], stadtgrenze: Feature<Polygon>): Bezirksflaeche[] {
	const ring = stadtgrenze.geometry.coordinates[0];
	const lons = ring.map((c) => c[0]);
	const lats = ring.map((c) => c[1]);
	const pad = 0.01;
	const bounds: [number, number, number, number] = [
		(Math.min(...lons) - pad) * LON_SCALE,
		Math.min(...lats) - pad,
		(Math.max(...lons) + pad) * LON_SCALE,
		Math.max(...lats) + pad
	];
	const voronoi = Delaunay.from(
		zentroide,
		(z) => z.lon * LON_SCALE,
		(z) => z.lat
	).voronoi(bounds);

	return zentroide.map((z, i) => {
		const cell = voronoi.cellPolygon(i).map(([x, y]) => [round(x / LON_SCALE), round(y)]);
		const clipped = intersect(featureCollection([polygon([cell]), stadtgrenze]));
		if (!clipped) throw new Error(`Stadtbezirk ${z.code}: centroid cell lies outside the city outline`);
		return {
			code: z.code,
			name: z.name,
			geometry: clipped.geometry,
			flaeche_km2: Math.round(area(clipped) / 1e4) / 100
		};
	});
}

function round(x: number): number {
	return Math.round(x * 1e6) / 1e6;
}
