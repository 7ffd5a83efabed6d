/**
 * A choropleth of the districts as SVG (for the report, print and downloads; no WebGL needed), with
 * district labels where there is room at the drawn size; the colours come from the same Choropleth as the
 * atlas map.
 */
import * as Plot from '@observablehq/plot';
import rewind from '@turf/rewind';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import type { Beschriftungspunkt } from '../analysis/beschriftung';
import { passendeBeschriftung } from '../analysis/namenskarte';
import { KEINE_ANGABE } from '../analysis/farben';
import { masse, stilVon, type Masse } from './stil';
import { alsBild } from './zugaenglich';

/** d3-geo works on the sphere and wants outer rings clockwise, the opposite of GeoJSON's rule. */
const fuerD3 = new WeakMap<Bezirksgeometrie, Bezirksgeometrie>();
export function gedreht(g: Bezirksgeometrie): Bezirksgeometrie {
	let d = fuerD3.get(g);
	if (!d) {
		d = rewind(g, { reverse: true }) as Bezirksgeometrie;
		fuerD3.set(g, d);
	}
	return d;
}

/** District labels in bold with a white halo, only those that fit at this size and type. */
export function beschriftungsMarke(geometrie: Bezirksgeometrie, punkte: readonly Beschriftungspunkt[], text: (p: Beschriftungspunkt) => string, m: Masse & { hoehe: number }) {
	const passend = passendeBeschriftung(geometrie, punkte, text, { breite: m.breite, hoehe: m.hoehe, schrift: m.schrift });
	return Plot.text(passend, { x: (p: Beschriftungspunkt) => p.position[0], y: (p: Beschriftungspunkt) => p.position[1], text, fontSize: m.schrift, fontWeight: 600, stroke: '#fff', strokeWidth: 2.5, fill: '#111' });
}

export function kartenfigur(
	geometrie: Bezirksgeometrie,
	farben: ReadonlyMap<string, string>,
	o: { beschriftung?: readonly Beschriftungspunkt[]; text?: (p: Beschriftungspunkt) => string; markiert?: string | null } = {},
	groesse: Partial<Masse> = {}
): SVGSVGElement {
	const m = masse({ breite: 600, ...groesse });
	const hoehe = m.hoehe ?? m.breite;
	const g = gedreht(geometrie);
	return alsBild(
		Plot.plot({
			width: m.breite,
			height: hoehe,
			style: stilVon(m),
			projection: { type: 'mercator', domain: g },
			marks: [
				Plot.geo(g.features, { fill: (f: Bezirksgeometrie['features'][number]) => farben.get(f.properties.code) ?? KEINE_ANGABE, stroke: '#fff', strokeWidth: 0.8 }),
				...(o.markiert ? [Plot.geo(g.features.filter((f) => f.properties.code === o.markiert), { stroke: '#111', strokeWidth: 3, fill: 'none' })] : []),
				...(o.beschriftung ? [beschriftungsMarke(geometrie, o.beschriftung, o.text ?? ((p) => p.code), { ...m, hoehe })] : [])
			]
		}) as SVGSVGElement
	);
}
