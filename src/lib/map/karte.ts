/**
 * MapLibre + deck.gl behind a small imperative interface, so that the Svelte component stays thin and
 * the map can be replaced by a stub in tests. The district geometry is added once (promoteId) and
 * recoloured through feature-state only; all deck.gl layers live in one interleaved MapLibreOverlay (@deck.gl/maplibre: @deck.gl/mapbox
 * still reads MapLibre 5's removed map.transform), so
 * later point layers (offers, catchments) join the same overlay.
 */
import type { Map as MaplibreMap, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Bezirksgeometrie } from '../data/standarddaten';
import type { Beschriftungspunkt } from '../analysis/beschriftung';
import { KEINE_ANGABE } from '../analysis/farben';
import { basiskarte } from './basiskarte';
import bbox from '@turf/bbox';

export interface KartenEreignisse {
	onhover: (code: string | null, x: number, y: number) => void;
	onselect: (code: string) => void;
}

export interface Karte {
	faerbe(farben: ReadonlyMap<string, string>): void;
	waehle(code: string | null): void;
	/** Resolves once the map has drawn its current state. */
	gezeichnet(): Promise<void>;
	zerstoere(): void;
}

const QUELLE = 'bezirke';
const FLAECHE = 'bezirke-flaeche';

export async function erzeugeKarte(
	container: HTMLElement,
	geometrie: Bezirksgeometrie,
	beschriftung: Beschriftungspunkt[],
	ereignisse: KartenEreignisse
): Promise<Karte> {
	const [maplibre, { MapLibreOverlay }, { TextLayer }, workerUrl] = await Promise.all([
		import('maplibre-gl'),
		import('@deck.gl/maplibre'),
		import('@deck.gl/layers'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url').then((m) => m.default)
	]);
	maplibre.setWorkerUrl(workerUrl);
	const basis = basiskarte();
	const map: MaplibreMap = new maplibre.Map({
		container,
		style: stil(),
		bounds: bbox(geometrie) as [number, number, number, number],
		fitBoundsOptions: { padding: 20 },
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		// The drawing buffer is kept so that screenshots and pixel checks see the map.
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	map.touchZoomRotate.disableRotation();
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	if (basis) map.addControl(new maplibre.AttributionControl({ customAttribution: basis.attribution }));
	await new Promise<void>((resolve) => map.once('load', () => resolve()));

	map.addSource(QUELLE, { type: 'geojson', data: geometrie, promoteId: 'code' });
	map.addLayer({
		id: FLAECHE,
		type: 'fill',
		source: QUELLE,
		paint: {
			'fill-color': ['to-color', ['coalesce', ['feature-state', 'farbe'], KEINE_ANGABE]],
			'fill-opacity': basis ? 0.75 : 1
		}
	});
	map.addLayer({
		id: 'bezirke-linie',
		type: 'line',
		source: QUELLE,
		paint: {
			'line-color': ['case', ['boolean', ['feature-state', 'ausgewaehlt'], false], '#111111', '#ffffff'],
			'line-width': ['case', ['boolean', ['feature-state', 'ausgewaehlt'], false], 3.5, ['boolean', ['feature-state', 'hover'], false], 2.5, 0.8]
		}
	});

	const overlay: MapLibreOverlay = new MapLibreOverlay({
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

	let hovered: string | null = null;
	let selected: string | null = null;
	const setState = (code: string | null, state: Record<string, unknown>) => {
		if (code) map.setFeatureState({ source: QUELLE, id: code }, state);
	};
	map.on('mousemove', FLAECHE, (e: MapLayerMouseEvent) => {
		const code = (e.features?.[0]?.id as string | undefined) ?? null;
		if (code !== hovered) {
			setState(hovered, { hover: false });
			setState(code, { hover: true });
			hovered = code;
		}
		map.getCanvas().style.cursor = code ? 'pointer' : '';
		ereignisse.onhover(code, e.point.x, e.point.y);
	});
	map.on('mouseleave', FLAECHE, () => {
		setState(hovered, { hover: false });
		hovered = null;
		map.getCanvas().style.cursor = '';
		ereignisse.onhover(null, 0, 0);
	});
	map.on('click', FLAECHE, (e: MapLayerMouseEvent) => {
		const code = e.features?.[0]?.id as string | undefined;
		if (code) ereignisse.onselect(code);
	});

	return {
		faerbe(farben) {
			for (const [code, farbe] of farben) setState(code, { farbe });
		},
		waehle(code) {
			setState(selected, { ausgewaehlt: false });
			setState(code, { ausgewaehlt: true });
			selected = code;
		},
		gezeichnet() {
			return new Promise((resolve) => {
				map.triggerRepaint();
				map.once('render', () => resolve());
			});
		},
		zerstoere() {
			map.removeControl(overlay);
			overlay.finalize();
			map.remove();
		}
	};

	function stil(): StyleSpecification {
		const style: StyleSpecification = {
			version: 8,
			sources: {},
			layers: [{ id: 'hintergrund', type: 'background', paint: { 'background-color': '#f2f2ef' } }]
		};
		if (basis) {
			style.sources.basiskarte = { type: 'raster', tiles: [basis.tiles], tileSize: 256 };
			style.layers.push({ id: 'basiskarte', type: 'raster', source: 'basiskarte' });
		}
		return style;
	}
}
