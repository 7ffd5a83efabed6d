/**
 * Where people live inside each district, for the coverage analysis: a 100 m grid clipped to the
 * district's (schematic) polygon, each cell weighted by a density that falls off from the district's
 * centre (steeper in large rural districts, whose people live in villages), with some noise. The
 * district's inhabitants and every target group of the latest Stichtag are apportioned exactly onto
 * the cells, a group never exceeding its cell's inhabitants (or its parent group). Cells without
 * inhabitants are dropped. Labelled as generated wherever it is used; a city imports its own points.
 */
import { randomLcg } from 'd3-random';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ebeneUm, zuGrad, zuMetern } from '../../src/lib/analysis/projektion';
import type { WohnortGruppe } from '../../src/lib/data/schema';
import { apportion, apportionBegrenzt } from './apportion';

export const RASTER_M = 100;

export type Gruppenzahlen = Record<'einwohner' | WohnortGruppe, number>;

export interface Wohnort extends Gruppenzahlen {
	stadtbezirk: string;
	lat: number;
	lon: number;
}

interface Zelle {
	lon: number;
	lat: number;
	gewicht: number;
}

function zellen(f: Feature<Polygon | MultiPolygon>, mitte: [number, number], rng: () => number): Zelle[] {
	const [w, s, o, n] = bbox(f);
	const e = ebeneUm(mitte[0], mitte[1]);
	const [x0, y0] = zuMetern(e, w, s);
	const [x1, y1] = zuMetern(e, o, n);
	const flaeche = (x1 - x0) * (y1 - y0);
	// Rural districts (a few km²) keep their people near the village centre.
	const sigma = Math.sqrt(flaeche) * (flaeche > 4e6 ? 0.18 : 0.45);
	const liste: Zelle[] = [];
	for (let x = Math.ceil(x0 / RASTER_M) * RASTER_M; x <= x1; x += RASTER_M)
		for (let y = Math.ceil(y0 / RASTER_M) * RASTER_M; y <= y1; y += RASTER_M) {
			const [lon, lat] = zuGrad(e, x, y);
			if (!booleanPointInPolygon([lon, lat], f)) continue;
			const d = Math.hypot(x, y);
			liste.push({ lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6, gewicht: Math.exp(-((d / sigma) ** 2)) * (0.4 + 1.2 * rng()) });
		}
	return liste;
}

/** `zahlen`: the district's counts at the latest Stichtag; `mitte`: its centre (the label point). */
export function wohnorte(
	bezirke: { code: string; flaeche: Feature<Polygon | MultiPolygon>; mitte: [number, number]; zahlen: Gruppenzahlen }[],
	seed: number
): Wohnort[] {
	const rng = randomLcg(seed);
	const alle: Wohnort[] = [];
	for (const b of bezirke) {
		const z = zellen(b.flaeche, b.mitte, rng);
		if (z.length === 0) throw new Error(`Stadtbezirk ${b.code}: kein Rasterpunkt in der Fläche`);
		const einwohner = apportion(b.zahlen.einwohner, z.map((c) => c.gewicht));
		// Each group is spread a little differently from the inhabitants, within each cell's capacity.
		const gruppe = (total: number, caps: number[]) => apportionBegrenzt(total, caps.map((c) => c * (0.6 + 0.8 * rng())), caps);
		const unter18 = gruppe(b.zahlen.unter18, einwohner);
		const kinder = gruppe(b.zahlen.kinder, unter18);
		const jugendliche = unter18.map((u, i) => u - kinder[i]);
		const ab65 = gruppe(b.zahlen.ab65, einwohner.map((e, i) => e - unter18[i]));
		const mh = gruppe(b.zahlen.mh, einwohner);
		const neuzugewandert = gruppe(b.zahlen.neuzugewandert, mh);
		const flucht = gruppe(b.zahlen.flucht, mh);
		const frauen = gruppe(b.zahlen.frauen, einwohner);
		z.forEach((c, i) => {
			if (einwohner[i] === 0) return;
			alle.push({
				stadtbezirk: b.code,
				lat: c.lat,
				lon: c.lon,
				einwohner: einwohner[i],
				mh: mh[i],
				unter18: unter18[i],
				kinder: kinder[i],
				jugendliche: jugendliche[i],
				ab65: ab65[i],
				frauen: frauen[i],
				neuzugewandert: neuzugewandert[i],
				flucht: flucht[i]
			});
		});
	}
	return alle;
}
