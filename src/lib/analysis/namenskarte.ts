/**
 * Labels for a projected map drawn at a given size: which of them fit without overlapping each other or
 * running past the map's edge at the given type size, judged in a metric plane scaled and centred like the
 * drawn map (for a city, Mercator and this plane agree to well under a pixel). Where room is short, fewer
 * labels are shown, never smaller ones.
 */
import bbox from '@turf/bbox';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { freieBeschriftungen, type Beschriftungspunkt } from './beschriftung';
import { ebeneUm, zuMetern } from './projektion';
import { textbreite } from './textmass';

export function passendeBeschriftung(
	geometrie: FeatureCollection<Polygon | MultiPolygon, { code: string; name?: string }>,
	punkte: readonly Beschriftungspunkt[],
	text: (p: Beschriftungspunkt) => string,
	ansicht: { breite: number; hoehe: number; schrift: number }
): Beschriftungspunkt[] {
	const { breite, hoehe, schrift } = ansicht;
	const [w, s, o, n] = bbox(geometrie);
	const e = ebeneUm((w + o) / 2, (s + n) / 2);
	const [x0, y0] = zuMetern(e, w, s);
	const [x1, y1] = zuMetern(e, o, n);
	const massstab = Math.min(breite / (x1 - x0), hoehe / (y1 - y0));
	const dx = (breite - (x1 - x0) * massstab) / 2;
	const dy = (hoehe - (y1 - y0) * massstab) / 2;
	const kaesten = punkte.map((p) => {
		const [x, y] = zuMetern(e, p.position[0], p.position[1]);
		return { x: dx + (x - x0) * massstab, y: dy + (y1 - y) * massstab, breite: textbreite(text(p), schrift), hoehe: schrift * 1.3 };
	});
	const innen = kaesten.map((k) => k.x - k.breite / 2 >= 0 && k.x + k.breite / 2 <= breite && k.y - k.hoehe / 2 >= 0 && k.y + k.hoehe / 2 <= hoehe);
	const gewichte = punkte.map((p, i) => (innen[i] ? p.gewicht : -1));
	return freieBeschriftungen(kaesten, gewichte, ansicht)
		.filter((i) => innen[i])
		.map((i) => punkte[i]);
}
