/**
 * MapLibre + deck.gl behind a small imperative interface, so that the Svelte component stays thin and
 * the map can be replaced by a stub in tests. The district geometry is added once (promoteId) and
 * recoloured through feature-state only; deck.gl layers share one overlay (overlay.ts).
 */
import type { Map as MaplibreMap, MapLayerMouseEvent, StyleSpecification } from 'maplibre-gl';
import bbox from '@turf/bbox';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import { KEINE_ANGABE } from '../analysis/farben';
import { basiskarte } from './basiskarte';
import { DEUTSCH } from './deutsch';
import { Overlay } from './overlay';

/** What the pointer is over: a district of the choropleth, or an object of a deck.gl layer. */
export type Ziel = { art: 'bezirk'; code: string } | { art: 'objekt'; ebene: string; objekt: unknown };

export interface KartenEreignisse {
	onhover: (ziel: Ziel | null, x: number, y: number) => void;
	onselect: (ziel: Ziel) => void;
	/** A click on an empty spot or a district while placing (lon, lat). */
	onort: (lon: number, lat: number) => boolean;
}

export interface Karte {
	readonly map: MaplibreMap;
	readonly overlay: Overlay;
	faerbe(farben: ReadonlyMap<string, string>): void;
	/** Proportional circles at the districts' label points (counts); null hides them. */
	symbole(je: ReadonlyMap<string, { radius: number; farbe: string }> | null): void;
	waehle(code: string | null): void;
	/** Resolves once the map has drawn its current state. */
	gezeichnet(): Promise<void>;
	zerstoere(): void;
}

export const BEZIRKE_QUELLE = 'bezirke';
const FLAECHE = 'bezirke-flaeche';
const PUNKTE_QUELLE = 'bezirke-punkte';

let module: Promise<[typeof import('maplibre-gl'), string]> | undefined;

/** Starts loading MapLibre before the map is needed (the page calls it before its data have arrived). */
export function ladeKartenmodule(): Promise<[typeof import('maplibre-gl'), string]> {
	module ??= Promise.all([
		import('maplibre-gl'),
		import('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url').then((m) => m.default)
	]);
	return module;
}

/** On touch screens one finger scrolls the page; two fingers move the map. */
const beruehrung = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/**
 * `freiLinks`: pixels at the left edge that an overlay (the legend) covers; the districts are fitted
 * into the rest, so the legend hides none of them.
 */
export async function erzeugeKarte(
	container: HTMLElement,
	geometrie: Bezirksgeometrie,
	ereignisse: KartenEreignisse,
	freiLinks = 0,
	punkte: readonly { code: string; position: [number, number] }[] = []
): Promise<Karte> {
	const [maplibre, workerUrl] = await ladeKartenmodule();
	maplibre.setWorkerUrl(workerUrl);
	const basis = basiskarte();
	const map: MaplibreMap = new maplibre.Map({
		container,
		style: stil(),
		bounds: bbox(geometrie) as [number, number, number, number],
		fitBoundsOptions: { padding: { top: 20, bottom: 20, right: 20, left: 20 + freiLinks } },
		attributionControl: false,
		dragRotate: false,
		pitchWithRotate: false,
		cooperativeGestures: beruehrung(),
		locale: DEUTSCH,
		// The drawing buffer is kept so that printing, screenshots and pixel checks see the map.
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	map.touchZoomRotate.disableRotation();
	map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
	if (basis) map.addControl(new maplibre.AttributionControl({ customAttribution: basis.attribution }));
	await new Promise<void>((resolve) => map.once('load', () => resolve()));

	map.addSource(BEZIRKE_QUELLE, { type: 'geojson', data: geometrie, promoteId: 'code' });
	map.addLayer({
		id: FLAECHE,
		type: 'fill',
		source: BEZIRKE_QUELLE,
		paint: {
			'fill-color': ['to-color', ['coalesce', ['feature-state', 'farbe'], KEINE_ANGABE]],
			'fill-opacity': basis ? 0.75 : 1
		}
	});
	map.addLayer({
		id: 'bezirke-linie',
		type: 'line',
		source: BEZIRKE_QUELLE,
		paint: {
			'line-color': ['case', ['boolean', ['feature-state', 'ausgewaehlt'], false], '#111111', '#ffffff'],
			'line-width': ['case', ['boolean', ['feature-state', 'ausgewaehlt'], false], 3.5, ['boolean', ['feature-state', 'hover'], false], 2.5, 0.8]
		}
	});

	// Circles for counts: one point per district, sized and coloured through feature-state like the areas.
	map.addSource(PUNKTE_QUELLE, {
		type: 'geojson',
		data: { type: 'FeatureCollection', features: punkte.map((p) => ({ type: 'Feature', properties: { code: p.code }, geometry: { type: 'Point', coordinates: p.position } })) },
		promoteId: 'code'
	});
	map.addLayer({
		id: 'bezirke-symbole',
		type: 'circle',
		source: PUNKTE_QUELLE,
		paint: {
			'circle-radius': ['coalesce', ['feature-state', 'radius'], 0],
			'circle-color': ['to-color', ['coalesce', ['feature-state', 'farbe'], '#1d4e89']],
			'circle-opacity': 0.75,
			'circle-stroke-color': '#ffffff',
			'circle-stroke-width': ['case', ['>', ['coalesce', ['feature-state', 'radius'], 0], 0], 1, 0]
		}
	});

	const overlay = new Overlay(map);
	let hovered: string | null = null;
	let symboleGesetzt: ReadonlyMap<string, { radius: number; farbe: string }> | null | undefined;
	let selected: string | null = null;
	const setState = (code: string | null, state: Record<string, unknown>) => {
		if (code) map.setFeatureState({ source: BEZIRKE_QUELLE, id: code }, state);
	};
	// One routing point for pointer events: objects of deck.gl layers (offers) lie above the districts.
	const ziel = (e: MapLayerMouseEvent | { point: { x: number; y: number } }): Ziel | null => {
		const objekt = overlay.picke(e.point.x, e.point.y);
		if (objekt) return { art: 'objekt', ebene: objekt.ebene, objekt: objekt.objekt };
		const code = map.queryRenderedFeatures([e.point.x, e.point.y], { layers: [FLAECHE] })[0]?.id as string | undefined;
		return code ? { art: 'bezirk', code } : null;
	};
	map.on('mousemove', (e) => {
		const z = ziel(e);
		const code = z?.art === 'bezirk' ? z.code : null;
		if (code !== hovered) {
			setState(hovered, { hover: false });
			setState(code, { hover: true });
			hovered = code;
		}
		map.getCanvas().style.cursor = z ? 'pointer' : '';
		ereignisse.onhover(z, e.point.x, e.point.y);
	});
	map.on('mouseout', () => {
		setState(hovered, { hover: false });
		hovered = null;
		map.getCanvas().style.cursor = '';
		ereignisse.onhover(null, 0, 0);
	});
	map.on('click', (e) => {
		if (ereignisse.onort(e.lngLat.lng, e.lngLat.lat)) return;
		const z = ziel(e);
		if (z) ereignisse.onselect(z);
	});

	return {
		map,
		overlay,
		faerbe(farben) {
			for (const [code, farbe] of farben) setState(code, { farbe });
		},
		symbole(je) {
			// Every switch of colours passes the circles too; most indicators have none (null), and setting
			// the same state on every point again would make MapLibre rewrite the points' buffers for nothing.
			if (je === symboleGesetzt) return;
			symboleGesetzt = je;
			for (const p of punkte) map.setFeatureState({ source: PUNKTE_QUELLE, id: p.code }, { radius: je?.get(p.code)?.radius ?? 0, farbe: je?.get(p.code)?.farbe ?? '#1d4e89' });
		},
		waehle(code) {
			setState(selected, { ausgewaehlt: false });
			setState(code, { ausgewaehlt: true });
			selected = code;
		},
		gezeichnet() {
			// A 'render' alone can come before MapLibre's worker has delivered the shapes: the frame that
			// counts is the first one drawn with the districts' tiles loaded and their areas in it, and it
			// counts once it has been presented (work the caller starts then cannot hold it back).
			return new Promise((resolve) => {
				const pruefe = () => {
					if (!map.isSourceLoaded(BEZIRKE_QUELLE)) return;
					if (geometrie.features.length > 0 && map.queryRenderedFeatures({ layers: [FLAECHE] }).length === 0) return;
					map.off('render', pruefe);
					// The frame is drawn but not yet on screen: the next frame's start is the first moment it is.
					requestAnimationFrame(() => resolve());
				};
				map.on('render', pruefe);
				map.triggerRepaint();
			});
		},
		zerstoere() {
			overlay.entferne();
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
