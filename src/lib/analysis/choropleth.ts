/**
 * From indicator values to map colours: what the map shows (its theme: indicator, Stichtag and, for a
 * change, the base Stichtag), its classes, the colour of each class and of each district. Title,
 * legend, tooltip and table all read the same Choropleth, so they cannot disagree with the colours.
 */
import type { IndikatorBeschreibung } from '../data/indikatoren';
import { EINHEIT_LABEL } from '../data/indikatoren';
import { GESAMTSTADT } from '../data/schema';
import type { IndikatorWert } from './indikatorwerte';
import { klasseVon, klassiere, type Klassierung, type Methode } from './klassifikation';
import { divergierendeFarben, KEINE_ANGABE, SEQUENTIELL, type SequentiellePalette } from './farben';
import { formatStichtag } from './format';

export interface Kartenthema {
	indikator: IndikatorBeschreibung;
	stichtag: string;
	/** Shows the change since this Stichtag; null shows the level. */
	basis: string | null;
	/** What else the figures depend on, e.g. "mit Szenario: 2 hypothetische Angebote". */
	zusatz?: string;
}

export interface ChoroplethOptionen {
	methode: Methode;
	klassen: number;
	palette: SequentiellePalette;
}

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
}

export function choropleth(thema: Kartenthema, werte: readonly IndikatorWert[], o: ChoroplethOptionen): Choropleth {
	const veraenderung = thema.basis !== null;
	const shown = (w: IndikatorWert) => (veraenderung ? w.veraenderung : w.wert);
	const bezirke = werte.filter((w) => w.code !== GESAMTSTADT);
	const stadt = werte.find((w) => w.code === GESAMTSTADT);
	const klassierung = klassiere(bezirke.map(shown), o.methode, o.klassen);
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
	return { thema, klassierung, farben, farbeJeBezirk, wertJeBezirk, stadtwert: stadt ? shown(stadt) : null, ohneWert };
}

/** "Veränderung 31.12.2017 → 31.12.2020, in Prozentpunkten" or "Stichtag 31.12.2020, in %". */
export function themaUntertitel(thema: Kartenthema): string {
	const einheit = EINHEIT_LABEL[thema.indikator.einheit];
	if (thema.basis) return `Veränderung ${formatStichtag(thema.basis)} → ${formatStichtag(thema.stichtag)}, in ${einheit.inVeraenderung}`;
	return `Stichtag ${formatStichtag(thema.stichtag)}, in ${einheit.wert}${thema.zusatz ? ` · ${thema.zusatz}` : ''}`;
}
