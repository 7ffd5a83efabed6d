/**
 * The one deck.gl overlay of the map (interleaved in MapLibre's WebGL context). It holds the district
 * labels now and is where later point layers (offers, catchments) go: several overlays flicker.
 * deck.gl is loaded only after the first choropleth is on screen, so it does not delay it.
 * It is @deck.gl/maplibre's overlay: @deck.gl/mapbox still reads MapLibre's `map.transform`, gone in v6.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Beschriftungspunkt } from '../analysis/beschriftung';

export async function deckOverlay(map: MaplibreMap, beschriftung: Beschriftungspunkt[]): Promise<MapLibreOverlay> {
	const [{ MapLibreOverlay }, { TextLayer }] = await Promise.all([import('@deck.gl/maplibre'), import('@deck.gl/layers')]);
	const overlay = new MapLibreOverlay({
		interleaved: true,
		layers: [
			new TextLayer<Beschriftungspunkt>({
				id: 'bezirk-codes',
				data: beschriftung,
				getPosition: (d) => d.position,
				getText: (d) => d.code,
				getSize: 13,
				getColor: [20, 20, 20],
				fontFamily: 'system-ui, sans-serif',
				fontWeight: 600,
				characterSet: '0123456789',
				fontSettings: { sdf: true },
				outlineWidth: 3,
				outlineColor: [255, 255, 255, 230]
			})
		]
	});
	map.addControl(overlay);
	return overlay;
}
