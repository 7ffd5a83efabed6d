/**
 * Where the user's own data loaded so far lie (their boundaries, offers and residential points), so
 * that new boundaries can be refused when they land elsewhere. The built-in demo data do not count:
 * a city's own boundaries replace them wherever they are.
 */
import { csvParse } from 'd3-dsv';
import type { Position } from 'geojson';
import type { Arbeitsstand } from '../arbeitsstand/arbeitsstand';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { mitteVon, stichprobe, type Bezug, type Punkt } from './lage';

export function bezugDerEigenenDaten(a: Arbeitsstand | null, geometrie: Bezirksgeometrie | null): Bezug | null {
	if (!a) return null;
	const punkte: Position[] = [];
	const was: string[] = [];
	if (geometrie && a.quellen.some((q) => q.teil === 'geometrie')) {
		for (const f of geometrie.features) {
			const polygone = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const p of polygone) for (const r of p) for (const q of r) punkte.push(q);
		}
		was.push('den bisherigen Bezirksgrenzen');
	}
	for (const q of a.quellen.filter((x) => x.teil === 'einrichtung' || x.teil === 'wohnort')) {
		const vorher = punkte.length;
		for (const z of csvParse(q.inhalt)) {
			const lon = Number(z.lon);
			const lat = Number(z.lat);
			if (z.lon && z.lat && Number.isFinite(lon) && Number.isFinite(lat)) punkte.push([lon, lat]);
		}
		if (punkte.length > vorher) was.push(q.teil === 'einrichtung' ? `den Angeboten aus „${q.datei}“` : `den Wohnorten aus „${q.datei}“`);
	}
	const mitte = mitteVon(stichprobe(punkte, 2000) as Punkt[]);
	return mitte ? { mitte, was: was.join(' und ') } : null;
}
