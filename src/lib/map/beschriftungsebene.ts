/**
 * District labels as a deck.gl TextLayer (no glyph server needed): numbers or names, only those that
 * fit without overlapping at the current zoom, each in the text colour that contrasts with its fill.
 * Placement is recomputed when the map stops moving or the kind of label changes, not when only the
 * colours do: an indicator switch with 1 000 areas spent about 110 ms placing the same labels again.
 * Nor does a colour change hand deck.gl new label data: both layers keep the placed labels, and only
 * which of them each layer draws (its size, 0 for the others) is updated, and only when it changed.
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
const EBENEN = ['beschriftung-hell', 'beschriftung-dunkel'] as const;

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
	/** What the layers on the map draw: the placed labels and which of them are light; null = none drawn. */
	#gezeichnet: { platziert: Beschriftungspunkt[]; art: Beschriftungsart; hell: string } | null = null;
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
		if (art === 'keine') {
			if (this.#gezeichnet) for (const id of EBENEN) this.karte.overlay.setze(id, null);
			this.#gezeichnet = null;
			return;
		}
		const platziert = (this.#platziert ??= sichtbare(this.karte.map, this.punkte, art));
		const farben = this.#farben;
		const hellCodes = new Set(platziert.filter((p) => schriftAufFlaeche(farben.get(p.code) ?? '#d9d9d9') === 'hell').map((p) => p.code));
		const hell = [...hellCodes].join(' ');
		const vorher = this.#gezeichnet;
		if (vorher && vorher.platziert === platziert && vorher.art === art && vorher.hell === hell) return;
		this.#gezeichnet = { platziert, art, hell };
		for (const [id, istHell, schrift, rand] of [
			['beschriftung-hell', true, HELL, DUNKEL],
			['beschriftung-dunkel', false, DUNKEL, HELL]
		] as const) {
			this.karte.overlay.setze(
				id,
				new deck.TextLayer<Beschriftungspunkt>({
					id,
					data: platziert,
					getPosition: (d) => d.position,
					getText: (d) => text(d, art),
					getSize: (d) => (hellCodes.has(d.code) === istHell ? GROESSE[art] : 0),
					// Only the sizes are computed again when the light labels change; positions and glyphs stay.
					updateTriggers: { getSize: hell },
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
		for (const id of EBENEN) this.karte.overlay.setze(id, null);
	}
}
