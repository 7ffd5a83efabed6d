/**
 * Measures in the Sozialraum at the data's latest Stichtag: running measures per district beside the
 * need index (the atlas's standard components), the gaps with the numbers behind them, and the
 * classes both maps are coloured by.
 */
import type { Gruppenzahlen } from '../../data/abfragen/angebote';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import type { Massnahmenstand } from '../../data/kik/stand';
import type { Zielgruppe } from '../../data/schema';
import { bedarfsindex, STANDARD_KOMPONENTEN } from '../../analysis/bedarf';
import { werteFuer } from '../../analysis/indikatorwerte';
import { laufendeJeBezirk, luecken, type Bezirksfilter, type Luecke } from '../../analysis/kik/luecken';
import { GRUPPE_DER_ZIELGRUPPE } from '../../analysis/zielgruppen';

export const ANZAHL_KLASSEN = [
	{ bis: 0, text: 'keine', farbe: '#f7fbff' },
	{ bis: 1, text: '1', farbe: '#c6dbef' },
	{ bis: 2, text: '2', farbe: '#6baed6' },
	{ bis: Infinity, text: '3 und mehr', farbe: '#2171b5' }
];
export const BEDARF_KLASSEN = [
	{ bis: 0, text: 'unter dem Mittel (< 0)', farbe: '#feedde' },
	{ bis: 0.5, text: '0 bis unter +0,5', farbe: '#fdbe85' },
	{ bis: 1, text: '+0,5 bis unter +1 (hoch)', farbe: '#fd8d3c' },
	{ bis: Infinity, text: '+1 und mehr (hoch)', farbe: '#d94701' }
];
const klasse = <T extends { bis: number }>(k: readonly T[], wert: number, offen = false) => k.find((x) => (offen ? wert <= x.bis : wert < x.bis)) ?? k.at(-1)!;

export interface Sozialraum {
	stichtag: string;
	bedarf: Map<string, number | null>;
	laufend: Map<string, Massnahmenstand[]>;
	luecken: Luecke[];
	farbenAnzahl: Map<string, string>;
	farbenBedarf: Map<string, string>;
}

export function sozialraum(t: Indikatortabelle, codes: readonly string[], stand: ReadonlyMap<string, Massnahmenstand>, zahlen: ReadonlyMap<string, Gruppenzahlen> | null, f: Bezirksfilter = {}): Sozialraum | null {
	const stichtag = t.stichtage.at(-1);
	if (!stichtag) return null;
	const b = bedarfsindex(new Map(STANDARD_KOMPONENTEN.map((k) => [k.indikator, werteFuer(t, stichtag, k.indikator)])), STANDARD_KOMPONENTEN, codes);
	const gefiltert = new Map([...stand].filter(([id]) => !f.handlungsfeld || id.startsWith(`${f.handlungsfeld} `)));
	const laufend = laufendeJeBezirk(gefiltert, codes, f);
	const personen = (code: string, g: Zielgruppe) => zahlen?.get(code)?.[GRUPPE_DER_ZIELGRUPPE[g]] ?? null;
	const l = luecken(b.index, gefiltert, personen, f.zielgruppe ? [f.zielgruppe] : undefined);
	return {
		stichtag,
		bedarf: b.index,
		laufend,
		luecken: l,
		farbenAnzahl: new Map([...laufend].map(([c, m]) => [c, klasse(ANZAHL_KLASSEN, m.length, true).farbe])),
		farbenBedarf: new Map([...b.index].filter(([, v]) => v !== null).map(([c, v]) => [c, klasse(BEDARF_KLASSEN, v!).farbe]))
	};
}
