/**
 * A choropleth of the districts as SVG (for the report, print and downloads; no WebGL needed), with
 * district numbers where there is room; the colours come from the same Choropleth as the atlas map.
 */
import * as Plot from '@observablehq/plot';
import rewind from '@turf/rewind';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import type { Beschriftungspunkt } from '../analysis/beschriftung';
import { KEINE_ANGABE } from '../analysis/farben';
import { SCHRIFT } from './stil';
import { alsBild } from './zugaenglich';

/** d3-geo works on the sphere and wants outer rings clockwise, the opposite of GeoJSON's rule. */
const fuerD3 = new WeakMap<Bezirksgeometrie, Bezirksgeometrie>();
function gedreht(g: Bezirksgeometrie): Bezirksgeometrie {
	let d = fuerD3.get(g);
	if (!d) {
		d = rewind(g, { reverse: true }) as Bezirksgeometrie;
		fuerD3.set(g, d);
	}
	return d;
}

export function kartenfigur(
	geometrie: Bezirksgeometrie,
	farben: ReadonlyMap<string, string>,
	o: { breite?: number; hoehe?: number; beschriftung?: readonly Beschriftungspunkt[]; text?: (p: Beschriftungspunkt) => string; markiert?: string | null } = {}
): SVGSVGElement {
	const g = gedreht(geometrie);
	return alsBild(
		Plot.plot({
			width: o.breite ?? 600,
			height: o.hoehe ?? 600,
			style: { fontFamily: SCHRIFT, background: '#fff' },
			projection: { type: 'mercator', domain: g },
			marks: [
				Plot.geo(g.features, { fill: (f: Bezirksgeometrie['features'][number]) => farben.get(f.properties.code) ?? KEINE_ANGABE, stroke: '#fff', strokeWidth: 0.8 }),
				...(o.markiert ? [Plot.geo(g.features.filter((f) => f.properties.code === o.markiert), { stroke: '#111', strokeWidth: 3, fill: 'none' })] : []),
				...(o.beschriftung
					? [Plot.text(o.beschriftung, { x: (p: Beschriftungspunkt) => p.position[0], y: (p: Beschriftungspunkt) => p.position[1], text: o.text ?? ((p: Beschriftungspunkt) => p.code), fontSize: 9, fontWeight: 600, stroke: '#fff', strokeWidth: 2.5, fill: '#111' })]
					: [])
			]
		}) as SVGSVGElement
	);
}
