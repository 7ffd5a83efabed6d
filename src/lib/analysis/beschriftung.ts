/** Label positions for districts: the pole of inaccessibility of each district's largest part, so labels sit inside even concave shapes. */
import polylabel from 'polylabel';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface Beschriftungspunkt {
	code: string;
	position: [number, number];
}

export function beschriftungspunkte(geometrie: FeatureCollection<Polygon | MultiPolygon, { code: string }>): Beschriftungspunkt[] {
	return geometrie.features.map((f) => {
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
		const [x, y] = polylabel(largest as [number, number][][], 1e-5);
		return { code: f.properties.code, position: [x, y] };
	});
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
	return Math.abs(sum / 2);
}
