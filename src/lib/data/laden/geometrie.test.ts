import { describe, expect, it } from 'vitest';
import { pruefeGeometrie } from './geometrie';
import { meldungstext } from '../meldungen';

const quadrat = (x: number, y: number, d = 0.01) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
const feature = (code: unknown, geometry: unknown) => ({ type: 'Feature', properties: { code, name: `Bezirk ${code}` }, geometry });
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const texte = (roh: unknown, codes?: Set<string>) => pruefeGeometrie(roh, 'bezirke.geojson', codes).meldungen.map(meldungstext);

describe('pruefeGeometrie', () => {
	it('accepts WGS84 polygons and turns numeric codes into text, so tooltips and selection find them', () => {
		const p = pruefeGeometrie(fc(feature(10, { type: 'Polygon', coordinates: quadrat(10.3, 47.7) })), 'bezirke.geojson', new Set(['10']));
		expect(p.meldungen).toEqual([]);
		expect(p.geometrie!.features[0].properties.code).toBe('10');
	});
	it('refuses coordinates in metres (EPSG:25832 without conversion)', () => {
		expect(texte(fc(feature('10', { type: 'Polygon', coordinates: quadrat(594_000, 5_286_000, 100) })))).toEqual([
			'Datei „bezirke.geojson“: Die Koordinaten sind keine Längen- und Breitengrade, vermutlich Meter (z. B. UTM, EPSG:25832). Erwartet wird WGS84 (EPSG:4326); bitte im GIS umprojizieren.'
		]);
	});
	it('refuses an empty collection, a null geometry and a file that is no FeatureCollection', () => {
		expect(texte(fc())).toEqual(['Datei „bezirke.geojson“: Die Datei enthält keine Bezirksflächen.']);
		expect(texte(fc(feature('10', null)))).toEqual(['Datei „bezirke.geojson“, Feld „features[0].geometry“: Bezirk „10“ hat keine Geometrie (geometry ist leer).']);
		expect(texte([])).toEqual(['Datei „bezirke.geojson“: Die Datei ist keine GeoJSON-FeatureCollection.']);
	});
	it('refuses duplicate or missing codes and broken coordinates', () => {
		const g = { type: 'Polygon', coordinates: quadrat(10.3, 47.7) };
		expect(texte(fc(feature('10', g), feature('10', g), feature(null, g), feature('11', { type: 'Polygon', coordinates: [[[1, 2]]] })))).toEqual([
			'Datei „bezirke.geojson“, Feld „features[1].properties.code“: Die Bezirksnummer „10“ kommt schon in features[0] vor.',
			'Datei „bezirke.geojson“, Feld „features[2].properties.code“: Die Eigenschaft „code“ (Bezirksnummer) fehlt.',
			'Datei „bezirke.geojson“, Feld „features[3].geometry.coordinates“: Bezirk „11“: Die Koordinaten bilden kein gültiges Polygon.'
		]);
	});
	it('warns where geometry and district table do not match', () => {
		const g = { type: 'Polygon', coordinates: quadrat(10.3, 47.7) };
		expect(texte(fc(feature('10', g), feature('99', g)), new Set(['10', '11']))).toEqual([
			'Datei „bezirke.geojson“: Keine Fläche für „11“; diese Bezirke fehlen auf der Karte, stehen aber in der Tabelle.',
			'Datei „bezirke.geojson“: Flächen ohne Eintrag in der Bezirkstabelle: „99“; sie bleiben grau.'
		]);
	});
});
