/**
 * The offers on the map as deck.gl layers: catchments (circles of the straight-line radius a walking
 * distance reaches), the offers coloured by category, hypothetical scenario offers and suggested
 * locations (each marked with a letter and a number, S1, V1 …). At low zoom, offers close together are
 * drawn as one circle with their number (Supercluster); offers at the very same spot are set slightly
 * apart so that each can be picked.
 */
import Supercluster from 'supercluster';
import type { Layer } from '@deck.gl/core';
import type { DeckModule } from './overlay';
import { kategorie, rgb } from '../analysis/kategorien';

export interface KartenAngebot {
	id: string;
	name: string;
	typen: string[];
	position: [number, number];
	beispiel: boolean;
}

export interface Marke {
	label: string;
	position: [number, number];
	/** Text of the tooltip. */
	text: string;
}

export interface AngebotsDaten {
	angebote: KartenAngebot[];
	auswahl: string | null;
	einzugRadiusM: number | null;
	szenario: Marke[];
	vorschlaege: Marke[];
}

export type Cluster = { cluster: true; anzahl: number; position: [number, number]; ids: string[] };

/** Offers at the same coordinates fan out on a ring of a few metres (display only; analysis uses the true spot). */
export function auseinander(angebote: readonly KartenAngebot[]): KartenAngebot[] {
	const gruppen = new Map<string, KartenAngebot[]>();
	for (const a of angebote) {
		const k = a.position.join(',');
		gruppen.set(k, [...(gruppen.get(k) ?? []), a]);
	}
	return [...gruppen.values()].flatMap((g) =>
		g.length === 1
			? g
			: g.map((a, i) => {
					const winkel = (2 * Math.PI * i) / g.length;
					const [lon, lat] = a.position;
					return { ...a, position: [lon + (12 / 75000) * Math.cos(winkel), lat + (12 / 111000) * Math.sin(winkel)] as [number, number] };
				})
	);
}

export function clusterIndex(angebote: readonly KartenAngebot[]): Supercluster<{ id: string }> {
	const index = new Supercluster<{ id: string }>({ radius: 36, maxZoom: 14 });
	index.load(angebote.map((a) => ({ type: 'Feature', properties: { id: a.id }, geometry: { type: 'Point', coordinates: a.position } })));
	return index;
}

/** The catchment circles of `data` (offers, or the scenario's and the suggestions' places): a radius in metres, filled faintly in `farbe`. */
function einzugsebene(deck: DeckModule, id: string, data: readonly { position: [number, number] }[], radius: number, farbe: [number, number, number], rand: { deckkraft: number; breite: number }): Layer {
	return new deck.ScatterplotLayer<{ position: [number, number] }>({
		id,
		data,
		getPosition: (a) => a.position,
		radiusUnits: 'meters',
		getRadius: radius,
		getFillColor: [...farbe, 28],
		getLineColor: [...farbe, rand.deckkraft],
		lineWidthMinPixels: rand.breite,
		stroked: true,
		updateTriggers: { getRadius: radius }
	});
}

export function angebotsEbenen(deck: DeckModule, zoom: number, d: AngebotsDaten, cluster: Supercluster<{ id: string }>): Layer[] {
	const jeId = new Map(d.angebote.map((a) => [a.id, a]));
	const teile = cluster.getClusters([-180, -85, 180, 85], Math.floor(zoom));
	const istCluster = (t: (typeof teile)[number]) => 'cluster' in t.properties && t.properties.cluster === true;
	const einzeln = teile.filter((t) => !istCluster(t)).map((t) => jeId.get((t.properties as { id: string }).id)!);
	const gruppen: Cluster[] = teile
		.filter(istCluster)
		.map((t) => ({
			cluster: true,
			anzahl: (t.properties as { point_count: number }).point_count,
			position: t.geometry.coordinates as [number, number],
			ids: cluster.getLeaves((t.properties as { cluster_id: number }).cluster_id, Infinity).map((l) => l.properties.id)
		}));
	const ebenen: Layer[] = [];
	if (d.einzugRadiusM !== null)
		ebenen.push(
			einzugsebene(deck, 'einzug', d.angebote, d.einzugRadiusM, [0, 90, 160], { deckkraft: 150, breite: 1 }),
			einzugsebene(deck, 'einzug-szenario', [...d.szenario, ...d.vorschlaege], d.einzugRadiusM, [200, 80, 0], { deckkraft: 200, breite: 2 })
		);
	ebenen.push(
		new deck.ScatterplotLayer<Cluster>({
			id: 'angebote-cluster',
			data: gruppen,
			pickable: true,
			getPosition: (c) => c.position,
			radiusUnits: 'pixels',
			getRadius: (c) => 9 + Math.min(8, Math.sqrt(c.anzahl) * 2),
			getFillColor: [40, 40, 40, 230],
			getLineColor: [255, 255, 255],
			lineWidthMinPixels: 2,
			stroked: true
		}),
		new deck.TextLayer<Cluster>({
			id: 'angebote-cluster-zahl',
			data: gruppen,
			getPosition: (c) => c.position,
			getText: (c) => String(c.anzahl),
			getSize: 12,
			getColor: [255, 255, 255],
			fontWeight: 700,
			fontFamily: 'system-ui, sans-serif',
			characterSet: '0123456789'
		}),
		new deck.ScatterplotLayer<KartenAngebot>({
			id: 'angebote',
			data: einzeln,
			pickable: true,
			getPosition: (a) => a.position,
			radiusUnits: 'pixels',
			getRadius: (a) => (a.id === d.auswahl ? 10 : 7),
			getFillColor: (a) => rgb(kategorie(a.typen).farbe),
			getLineColor: (a) => (a.id === d.auswahl ? [0, 0, 0] : [255, 255, 255]),
			getLineWidth: (a) => (a.id === d.auswahl ? 3 : 1.5),
			lineWidthUnits: 'pixels',
			stroked: true,
			updateTriggers: { getRadius: d.auswahl, getLineColor: d.auswahl, getLineWidth: d.auswahl }
		}),
		...[
			['szenario', d.szenario, [200, 80, 0]],
			['vorschlag', d.vorschlaege, [120, 40, 140]]
		].map(
			([id, daten, farbe]) =>
				new deck.ScatterplotLayer<Marke>({
					id: id as string,
					data: daten as Marke[],
					pickable: true,
					getPosition: (m) => m.position,
					radiusUnits: 'pixels',
					getRadius: 11,
					getFillColor: [255, 255, 255],
					getLineColor: farbe as [number, number, number],
					getLineWidth: 3,
					lineWidthUnits: 'pixels',
					stroked: true
				})
		),
		new deck.TextLayer<Marke>({
			id: 'marken-text',
			data: [...d.szenario, ...d.vorschlaege],
			getPosition: (m) => m.position,
			getText: (m) => m.label,
			getSize: 11,
			getColor: [20, 20, 20],
			fontWeight: 700,
			fontFamily: 'system-ui, sans-serif',
			characterSet: 'SV0123456789'
		})
	);
	return ebenen;
}
