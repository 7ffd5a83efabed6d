/**
 * Boundaries of a coarser level dissolved from the finer: each group's areas united into one
 * (multi)polygon, their shared edges gone, holes and islands kept (polyclip via @turf/union).
 */
import union from '@turf/union';
import type { Bezirksgeometrie } from '../data/laden/geometrie';

export function loeseAuf(geometrie: Bezirksgeometrie, gruppen: readonly { id: string; codes: readonly string[]; name: string }[]): Bezirksgeometrie {
	const flaeche = new Map(geometrie.features.map((f) => [f.properties.code, f]));
	const features = gruppen.flatMap((g) => {
		const teile = g.codes.flatMap((c) => (flaeche.has(c) ? [flaeche.get(c)!] : []));
		const vereint = teile.length === 1 ? teile[0] : teile.length ? union({ type: 'FeatureCollection', features: teile }) : null;
		return vereint ? [{ type: 'Feature' as const, geometry: vereint.geometry, properties: { code: g.id, name: g.name } }] : [];
	});
	return { type: 'FeatureCollection', features };
}
