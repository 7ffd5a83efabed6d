/**
 * District names for a large projected map (presentation): which names fit without overlapping at the
 * map's size, judged in a metric plane scaled like the drawn map (for a city, Mercator and this plane
 * agree to well under a pixel).
 */
import bbox from '@turf/bbox';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { beschriftungspunkte, freieBeschriftungen, type Beschriftungspunkt } from '../../analysis/beschriftung';
import { ebeneUm, zuMetern } from '../../analysis/projektion';

export function passendeNamen(geometrie: Bezirksgeometrie, breite: number, hoehe: number, schriftPx: number): Beschriftungspunkt[] {
	const punkte = beschriftungspunkte(geometrie);
	const [w, s, o, n] = bbox(geometrie);
	const e = ebeneUm((w + o) / 2, (s + n) / 2);
	const [x0, y0] = zuMetern(e, w, s);
	const [x1, y1] = zuMetern(e, o, n);
	const massstab = Math.min(breite / (x1 - x0), hoehe / (y1 - y0));
	const kaesten = punkte.map((p) => {
		const [x, y] = zuMetern(e, p.position[0], p.position[1]);
		return { x: (x - x0) * massstab, y: (y1 - y) * massstab, breite: p.name.length * schriftPx * 0.55, hoehe: schriftPx * 1.3 };
	});
	return freieBeschriftungen(kaesten, punkte.map((p) => p.gewicht), { breite, hoehe }).map((i) => punkte[i]);
}
