/**
 * From indicator values to map colours: what the map shows (its theme: indicator, Stichtag and, for a
 * change, the base Stichtag), its classes, the colour of each class and of each district. Title,
 * legend, tooltip and table all read the same Choropleth, so they cannot disagree with the colours.
 */
import type { IndikatorBeschreibung } from '../data/indikatoren';
import { EINHEIT_LABEL, einheitVon } from '../data/indikatoren';
import { GESAMTSTADT } from '../data/schema';
import type { IndikatorWert } from './indikatorwerte';
import { klasseVon, klassiere, klassiereFest, klassiereVeraenderung, type Klassierung, type Methode } from './klassifikation';
import { divergierendeFarben, KEINE_ANGABE, SEQUENTIELL, type SequentiellePalette } from './farben';
import { formatStichtag } from './format';

import type { Gebietswort } from './gebietswort';

export interface Kartenthema {
	indikator: IndikatorBeschreibung;
	stichtag: string;
	/** Shows the change since this Stichtag; null shows the level. */
	basis: string | null;
	/** What else the figures depend on, e.g. "mit Szenario: 2 hypothetische Angebote". */
	zusatz?: string;
	/** The areas coloured, where they are not the districts. */
	wort?: Gebietswort;
}

export interface ChoroplethOptionen {
	methode: Methode;
	klassen: number;
	palette: SequentiellePalette;
	/** Inner class bounds the user fixed; null = from the method. */
	grenzen?: readonly number[] | null;
}

/** Counts are drawn as circles whose area grows with the value, over districts in one neutral tone. */
export interface Symbole {
	/** Radius in px and colour per district. */
	jeBezirk: Map<string, { radius: number; farbe: string }>;
	/** Circles for the legend, with their value. */
	referenz: { wert: number; radius: number }[];
}

export const FLAECHE_NEUTRAL = '#ecebe6';
const SYMBOL_MAX_PX = 26;
const SYMBOL_FARBE = '#1d4e89';
const ABNAHME = '#e08214';
const ZUNAHME = '#8073ac';

export interface Choropleth {
	thema: Kartenthema;
	klassierung: Klassierung;
	farben: string[];
	/** Colour per Stadtbezirk code; districts without a value get KEINE_ANGABE. */
	farbeJeBezirk: Map<string, string>;
	/** Shown value per Stadtbezirk code. */
	wertJeBezirk: Map<string, number | null>;
	stadtwert: number | null;
	ohneWert: number;
	/** Districts whose value is withheld for confidentiality (among those without a value). */
	gesperrt: Set<string>;
	symbole: Symbole | null;
	/** Districts whose change lies within random variation, drawn lighter (see mitZufallsschwankung). */
	zufall?: ReadonlySet<string>;
}

/** Round reference values for the symbol legend: the largest value rounded down to one significant digit, a quarter and a sixteenth of it. */
function referenzwerte(max: number): number[] {
	if (max <= 0) return [];
	const stelle = 10 ** Math.floor(Math.log10(max));
	const oben = Math.floor(max / stelle) * stelle;
	return [...new Set([oben, oben / 4, oben / 16].map((v) => Number(v.toPrecision(2))))].filter((v) => v > 0);
}

function symbole(thema: Kartenthema, werte: ReadonlyMap<string, number | null>): Symbole {
	// Only the values that get a circle set the scale: one count that is not a number would otherwise take
	// every other circle's radius with it.
	const max = Math.max(0, ...[...werte.values()].filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs));
	const radius = (v: number) => (max === 0 ? 0 : SYMBOL_MAX_PX * Math.sqrt(Math.abs(v) / max));
	const jeBezirk = new Map<string, { radius: number; farbe: string }>();
	for (const [code, v] of werte)
		if (v !== null && Number.isFinite(v)) jeBezirk.set(code, { radius: radius(v), farbe: thema.basis ? (v < 0 ? ABNAHME : ZUNAHME) : SYMBOL_FARBE });
	return { jeBezirk, referenz: referenzwerte(max).map((wert) => ({ wert, radius: radius(wert) })) };
}

export function choropleth(thema: Kartenthema, werte: readonly IndikatorWert[], o: ChoroplethOptionen): Choropleth {
	const veraenderung = thema.basis !== null;
	const shown = (w: IndikatorWert) => (veraenderung ? w.veraenderung : w.wert);
	const bezirke = werte.filter((w) => w.code !== GESAMTSTADT);
	const stadt = werte.find((w) => w.code === GESAMTSTADT);
	const gesperrt = new Set(bezirke.filter((w) => w.sperre).map((w) => w.code));
	if (thema.indikator.einheit === 'anzahl') {
		const wertJeBezirk = new Map(bezirke.map((w) => [w.code, shown(w)]));
		const farbeJeBezirk = new Map(bezirke.map((w) => [w.code, FLAECHE_NEUTRAL]));
		const ohneWert = bezirke.filter((w) => shown(w) === null).length;
		return { thema, klassierung: { grenzen: [], anzahl: [] }, farben: [], farbeJeBezirk, wertJeBezirk, stadtwert: stadt ? shown(stadt) : null, ohneWert, gesperrt, symbole: symbole(thema, wertJeBezirk) };
	}
	const gezeigt = bezirke.map(shown);
	const klassierung = o.grenzen?.length ? klassiereFest(gezeigt, o.grenzen) : veraenderung ? klassiereVeraenderung(gezeigt, o.methode, o.klassen) : klassiere(gezeigt, o.methode, o.klassen);
	const n = klassierung.anzahl.length;
	const farben = n === 0 ? [] : veraenderung ? divergierendeFarben(klassierung.grenzen) : SEQUENTIELL[o.palette].farben(n);
	const farbeJeBezirk = new Map<string, string>();
	const wertJeBezirk = new Map<string, number | null>();
	let ohneWert = 0;
	for (const w of bezirke) {
		const v = shown(w);
		wertJeBezirk.set(w.code, v);
		if (v === null || !Number.isFinite(v)) {
			ohneWert++;
			farbeJeBezirk.set(w.code, KEINE_ANGABE);
		} else farbeJeBezirk.set(w.code, farben[klasseVon(v, klassierung.grenzen)]);
	}
	return { thema, klassierung, farben, farbeJeBezirk, wertJeBezirk, stadtwert: stadt ? shown(stadt) : null, ohneWert, gesperrt, symbole: null };
}

/** "Veränderung 31.12.2017 → 31.12.2020, in Prozentpunkten" or "Stichtag 31.12.2020, in %". */
export function themaUntertitel(thema: Kartenthema): string {
	const einheit = EINHEIT_LABEL[thema.indikator.einheit];
	const zusatz = [...(thema.wort ? [`je ${thema.wort.einzahl}`] : []), ...(thema.zusatz ? [thema.zusatz] : [])].map((z) => ` · ${z}`).join('');
	if (thema.basis) return `Veränderung ${formatStichtag(thema.basis)} → ${formatStichtag(thema.stichtag)}, in ${einheit.inVeraenderung}${zusatz}`;
	return `Stichtag ${formatStichtag(thema.stichtag)}, in ${einheitVon(thema.indikator)}${zusatz}`;
}

/** How far a class colour is mixed with white for a change within random variation. */
const AUFHELLUNG = 0.65;

/** A colour ("#rrggbb" or "rgb(r, g, b)", as the palettes give them) mixed with white. */
export function heller(farbe: string): string {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(farbe);
	const rgb = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (farbe.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
	if (rgb.length !== 3) return farbe;
	const [r, g, b] = rgb.map((c) => Math.round(c + (255 - c) * AUFHELLUNG));
	return `rgb(${r}, ${g}, ${b})`;
}

/**
 * A change map on which the districts whose change lies within random variation keep their class but
 * are drawn lighter, so the eye goes to the changes the counts can carry.
 */
export function mitZufallsschwankung(c: Choropleth, zufall: ReadonlySet<string>): Choropleth {
	if (!c.thema.basis || c.symbole || zufall.size === 0) return c;
	const farbeJeBezirk = new Map([...c.farbeJeBezirk].map(([code, f]) => [code, zufall.has(code) && f !== KEINE_ANGABE ? heller(f) : f]));
	return { ...c, farbeJeBezirk, zufall };
}
