/** Where the own data loaded so far lie: what new boundaries are compared with. */
import { describe, expect, it } from 'vitest';
import type { Arbeitsstand, Quelle } from '../arbeitsstand/arbeitsstand';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { bezugDerEigenenDaten } from './bezug';

const quelle = (teil: Quelle['teil'], datei: string, inhalt: string): Quelle => ({ id: datei, teil, datei, format: '', importiert: '', zeilen: 0, stichtage: [], inhalt });
const stand = (...quellen: Quelle[]) => ({ quellen }) as unknown as Arbeitsstand;

/** Two squares side by side, 10.0–10.2 °E, 47.0–47.2 °N as a whole. */
const GRENZEN = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { code: '1' }, geometry: { type: 'Polygon', coordinates: [[[10, 47], [10.1, 47], [10.1, 47.2], [10, 47.2], [10, 47]]] } },
		{ type: 'Feature', properties: { code: '2' }, geometry: { type: 'MultiPolygon', coordinates: [[[[10.1, 47], [10.2, 47], [10.2, 47.2], [10.1, 47.2], [10.1, 47]]]] } }
	]
} as unknown as Bezirksgeometrie;

describe('bezugDerEigenenDaten', () => {
	it('has nothing to compare without own data', () => {
		expect(bezugDerEigenenDaten(null, GRENZEN)).toBeNull();
		expect(bezugDerEigenenDaten(stand(), null)).toBeNull();
	});

	it('takes the loaded boundaries only when they are the user\'s own, not the built-in ones', () => {
		expect(bezugDerEigenenDaten(stand(quelle('bezirkszahl', 'zahlen.csv', 'stichtag\n')), GRENZEN)).toBeNull();
		const b = bezugDerEigenenDaten(stand(quelle('geometrie', 'grenzen.geojson', '{}')), GRENZEN)!;
		expect(b.was).toBe('den bisherigen Bezirksgrenzen');
		expect(b.mitte[0]).toBeCloseTo(10.1, 6);
		expect(b.mitte[1]).toBeCloseTo(47.1, 6);
	});

	it('takes the positions of offers and residences, skipping those without one, and names their files', () => {
		const angebote = quelle('einrichtung', 'treffs.csv', 'id,lat,lon\na,48,11\nb,,\nc,x,11\nd,48.2,11.4\ne,,11.6\nf,48.6,\n');
		const wohnorte = quelle('wohnort', 'wohnorte.csv', 'stadtbezirk,lat,lon\n1,48.1,11.2\n');
		const leer = quelle('wohnort', 'leer.csv', 'stadtbezirk,lat,lon\n1,,\n');
		const b = bezugDerEigenenDaten(stand(angebote, leer, wohnorte), null)!;
		expect(b.was).toBe('den Angeboten aus „treffs.csv“ und den Wohnorten aus „wohnorte.csv“');
		expect(b.mitte[0]).toBeCloseTo(11.2, 6);
		expect(b.mitte[1]).toBeCloseTo(48.1, 6);
		expect(bezugDerEigenenDaten(stand(quelle('geometrie', 'g.geojson', '{}'), wohnorte), GRENZEN)!.was).toBe('den bisherigen Bezirksgrenzen und den Wohnorten aus „wohnorte.csv“');
	});
});
