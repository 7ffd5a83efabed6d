/**
 * District labels as a deck.gl TextLayer (no glyph server needed): numbers or names, only those that
 * fit without overlapping at the current zoom, each in the text colour that contrasts with its fill.
 * Placement is recomputed when the map stops moving or the kind of label changes, not when only the
 * colours do: an indicator switch with 1 000 areas spent about 110 ms placing the same labels again.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { freieBeschriftungen, schriftAufFlaeche, type Beschriftungspunkt } from '../analysis/beschriftung';
import type { DeckModule } from './overlay';
import type { Karte } from './karte';

export const BESCHRIFTUNGSARTEN = ['nummern', 'namen', 'keine'] as const;
export type Beschriftungsart = (typeof BESCHRIFTUNGSARTEN)[number];

const GROESSE = { nummern: 13, namen: 12 } as const;
const DUNKEL: [number, number, number] = [20, 20, 20];
const HELL: [number, number, number] = [255, 255, 255];

function text(p: Beschriftungspunkt, art: Exclude<Beschriftungsart, 'keine'>): string {
	return art === 'namen' ? p.name : p.code;
}

function sichtbare(map: MaplibreMap, punkte: readonly Beschriftungspunkt[], art: Exclude<Beschriftungsart, 'keine'>): Beschriftungspunkt[] {
	const groesse = GROESSE[art];
	const kaesten = punkte.map((p) => {
		const { x, y } = map.project(p.position);
		return { x, y, breite: text(p, art).length * groesse * 0.58 + 6, hoehe: groesse * 1.25 };
	});
	const canvas = map.getCanvas();
	const ansicht = { breite: canvas.clientWidth, hoehe: canvas.clientHeight };
	return freieBeschriftungen(kaesten, punkte.map((p) => p.gewicht), ansicht).map((i) => punkte[i]);
}

export class Beschriftung {
	#art: Beschriftungsart = 'nummern';
	#farben: ReadonlyMap<string, string> = new Map();
	/** The labels placed for the current view and kind; null once either changes. */
	#platziert: Beschriftungspunkt[] | null = null;
	deck: DeckModule | null = null;
	#neu = () => {
		this.#platziert = null;
		this.#zeichne();
	};

	constructor(
		readonly karte: Karte,
		readonly punkte: readonly Beschriftungspunkt[]
	) {
		karte.map.on('moveend', this.#neu);
		karte.map.on('resize', this.#neu);
	}

	async aktiviere(): Promise<void> {
		this.deck = await this.karte.overlay.lade();
		this.#zeichne();
	}

	setze(art: Beschriftungsart, farben: ReadonlyMap<string, string>): void {
		if (art !== this.#art) this.#platziert = null;
		this.#art = art;
		this.#farben = farben;
		this.#zeichne();
	}

	/** Two layers, because deck.gl's text halo has one colour per layer: light text gets a dark halo and vice versa. */
	#zeichne(): void {
		const deck = this.deck;
		if (!deck) return;
		const art = this.#art;
		const sichtbar = (this.#platziert ??= art === 'keine' ? [] : sichtbare(this.karte.map, this.punkte, art));
		const farben = this.#farben;
		const hell = (p: Beschriftungspunkt) => schriftAufFlaeche(farben.get(p.code) ?? '#d9d9d9') === 'hell';
		for (const [id, daten, schrift, rand] of [
			['beschriftung-hell', sichtbar.filter(hell), HELL, DUNKEL],
			['beschriftung-dunkel', sichtbar.filter((p) => !hell(p)), DUNKEL, HELL]
		] as const) {
			this.karte.overlay.setze(
				id,
				art === 'keine'
					? null
					: new deck.TextLayer<Beschriftungspunkt>({
							id,
							data: daten,
							getPosition: (d) => d.position,
							getText: (d) => text(d, art),
							getSize: GROESSE[art],
							getColor: schrift,
							outlineColor: [...rand, 230],
							outlineWidth: 2,
							fontFamily: 'system-ui, sans-serif',
							fontWeight: 600,
							characterSet: 'auto',
							fontSettings: { sdf: true, buffer: 6 }
						}),
				true
			);
		}
	}

	entferne(): void {
		this.karte.map.off('moveend', this.#neu);
		this.karte.map.off('resize', this.#neu);
		this.karte.overlay.setze('beschriftung-hell', null);
		this.karte.overlay.setze('beschriftung-dunkel', null);
	}
}
