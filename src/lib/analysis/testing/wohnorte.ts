/** Residential points and group counts for the catchment tests, placed in metres on a plane around Kempten. */
import type { Gruppenzahlen, WohnortZeile } from '../../data/abfragen/angebote';
import { WOHNORT_GRUPPEN } from '../../data/schema';
import { ebeneUm, zuGrad } from '../projektion';

export const ebene = ebeneUm(10.3, 47.7);
const leer = Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, null])) as WohnortZeile['gruppen'];

/** A residential point at (x, y) metres in the plane. */
export function ort(stadtbezirk: string, x: number, y: number, einwohner: number, gruppen: Partial<WohnortZeile['gruppen']> = {}): WohnortZeile {
	const [lon, lat] = zuGrad(ebene, x, y);
	return { stadtbezirk, lat, lon, einwohner, gruppen: { ...leer, ...gruppen } };
}

export const zahlen = (einwohner: number, g: Partial<Gruppenzahlen> = {}): Gruppenzahlen =>
	({ einwohner, ...Object.fromEntries(WOHNORT_GRUPPEN.map((x) => [x, 0])), ...g }) as Gruppenzahlen;
