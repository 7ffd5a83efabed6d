/**
 * The one deck.gl overlay of the map (interleaved in MapLibre's WebGL context): district labels, offer
 * points and catchments. Layers are kept by id and handed to deck.gl together, so adding
 * or removing one never rebuilds the others; several overlays would flicker.
 * deck.gl is loaded only when asked for (after the database has started), so it delays neither the
 * first choropleth nor DuckDB. It is @deck.gl/maplibre's overlay: @deck.gl/mapbox still reads
 * MapLibre's `map.transform`, gone in v6.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import { DeckTakt } from './deckTakt';

export type DeckModule = typeof import('@deck.gl/layers') & typeof import('@deck.gl/maplibre');

let modul: Promise<DeckModule> | undefined;

export function ladeDeck(): Promise<DeckModule> {
	modul ??= Promise.all([import('@deck.gl/layers'), import('@deck.gl/maplibre')]).then(([layers, maplibre]) => ({ ...layers, ...maplibre }));
	return modul;
}

export class Overlay {
	#ebenen = new Map<string, Layer>();
	/** Layers drawn above all others (the district labels): an offer or cluster never hides a district's number. */
	#oben = new Set<string>();
	#overlay: InstanceType<DeckModule['MapLibreOverlay']> | null = null;
	#entfernt = false;
	#takt = new DeckTakt();

	constructor(readonly map: MaplibreMap) {}

	async lade(): Promise<DeckModule> {
		const deck = await ladeDeck();
		if (!this.#overlay && !this.#entfernt) {
			// Deck hands all its props to luma.gl's AnimationLoop, which takes `animationFrameProvider`;
			// deck.gl's types do not declare it.
			const takt = { animationFrameProvider: this.#takt };
			this.#overlay = new deck.MapLibreOverlay({ interleaved: true, layers: this.reihenfolge, ...takt });
			this.map.addControl(this.#overlay);
		}
		return deck;
	}

	/** The topmost pickable deck.gl object under a screen point (within 4 px), with its layer's id. */
	picke(x: number, y: number): { ebene: string; objekt: unknown } | null {
		if (!this.#overlay) return null;
		const info = this.#overlay.pickObject({ x, y, radius: 4 });
		return info?.object !== undefined && info.layer ? { ebene: info.layer.id, objekt: info.object } : null;
	}

	/** The layers in drawing order; the labels last, and as they are not pickable, the offers below stay clickable. */
	get reihenfolge(): Layer[] {
		const alle = [...this.#ebenen];
		return [...alle.filter(([id]) => !this.#oben.has(id)), ...alle.filter(([id]) => this.#oben.has(id))].map(([, e]) => e);
	}

	setze(id: string, ebene: Layer | null, oben = false): void {
		if (ebene) this.#ebenen.set(id, ebene);
		else this.#ebenen.delete(id);
		if (oben && ebene) this.#oben.add(id);
		else this.#oben.delete(id);
		this.#zeige();
	}

	/** Replaces the layers of a group (e.g. the page's offer layers) in one update. */
	setzeGruppe(gruppe: string, ebenen: readonly Layer[]): void {
		for (const id of [...this.#ebenen.keys()]) if (id.startsWith(`${gruppe}:`)) this.#ebenen.delete(id);
		for (const e of ebenen) this.#ebenen.set(`${gruppe}:${e.id}`, e);
		this.#zeige();
	}

	#zeige(): void {
		this.#overlay?.setProps({ layers: this.reihenfolge });
		this.#takt.wecke();
	}

	entferne(): void {
		this.#entfernt = true;
		if (this.#overlay) {
			this.map.removeControl(this.#overlay);
			this.#overlay.finalize();
		}
	}
}
