/**
 * District labels: where each sits (the pole of inaccessibility of the district's largest part, so
 * labels stay inside concave shapes), which ones fit on screen without overlapping (greedy, larger
 * districts first), and which text colour keeps contrast on the district's fill.
 */
import polylabel from 'polylabel';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export interface Beschriftungspunkt {
	code: string;
	name: string;
	position: [number, number];
	/** Area of the largest part in squared degrees: the placement priority. */
	gewicht: number;
}

export function beschriftungspunkte(geometrie: FeatureCollection<Polygon | MultiPolygon, { code: string; name?: string }>): Beschriftungspunkt[] {
	return geometrie.features.map((f) => {
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
		const [x, y] = polylabel(largest as [number, number][][], 1e-5);
		return { code: f.properties.code, name: f.properties.name ?? f.properties.code, position: [x, y], gewicht: ringArea(largest[0]) };
	});
}

function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
	return Math.abs(sum / 2);
}

export interface Kasten {
	x: number;
	y: number;
	breite: number;
	hoehe: number;
}

/**
 * Keeps the labels whose boxes (centred on their screen point) overlap no label kept before them,
 * taking them by descending weight; labels outside the view are dropped. Returns kept indices.
 */
export function freieBeschriftungen(kaesten: readonly Kasten[], gewichte: readonly number[], ansicht: { breite: number; hoehe: number }, abstand = 2): number[] {
	const reihenfolge = kaesten.map((_, i) => i).sort((a, b) => gewichte[b] - gewichte[a] || a - b);
	const gesetzt: Kasten[] = [];
	const behalten: number[] = [];
	for (const i of reihenfolge) {
		const k = kaesten[i];
		const l = k.x - k.breite / 2 - abstand;
		const r = k.x + k.breite / 2 + abstand;
		const o = k.y - k.hoehe / 2 - abstand;
		const u = k.y + k.hoehe / 2 + abstand;
		if (r < 0 || l > ansicht.breite || u < 0 || o > ansicht.hoehe) continue;
		const frei = gesetzt.every((g) => r <= g.x - g.breite / 2 || l >= g.x + g.breite / 2 || u <= g.y - g.hoehe / 2 || o >= g.y + g.hoehe / 2);
		if (frei) {
			gesetzt.push({ x: k.x, y: k.y, breite: k.breite + 2 * abstand, hoehe: k.hoehe + 2 * abstand });
			behalten.push(i);
		}
	}
	return behalten.sort((a, b) => a - b);
}

/** Relative luminance (WCAG) of a CSS rgb()/#rrggbb colour. */
export function leuchtdichte(farbe: string): number {
	const kanal = farbe.startsWith('#')
		? [1, 3, 5].map((k) => parseInt(farbe.slice(k, k + 2), 16))
		: (farbe.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
	const [r, g, b] = kanal.map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark text on light fills, light text on dark ones: whichever contrasts more (WCAG formula). */
export function schriftAufFlaeche(farbe: string): 'dunkel' | 'hell' {
	const l = leuchtdichte(farbe);
	const gegenSchwarz = (l + 0.05) / 0.05;
	const gegenWeiss = 1.05 / (l + 0.05);
	return gegenSchwarz >= gegenWeiss ? 'dunkel' : 'hell';
}
