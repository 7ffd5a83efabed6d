/**
 * From indicator values to map colours: which value is shown (level or change), its classes, the
 * colour of each class and of each district. Pure, so the map, the legend and the tests share it.
 */
import type { IndikatorWert } from '../data/queries';
import { GESAMTSTADT } from '../data/schema';
import { klasseVon, klassiere, type Klassierung, type Methode } from './klassifikation';
import { divergierendeFarben, KEINE_ANGABE, SEQUENTIELL, type SequentiellePalette } from './farben';

export interface ChoroplethOptionen {
	veraenderung: boolean;
	methode: Methode;
	klassen: number;
	palette: SequentiellePalette;
}

export interface Choropleth {
	klassierung: Klassierung;
	farben: string[];
	/** Colour per Stadtbezirk code; districts without a value get KEINE_ANGABE. */
	farbeJeBezirk: Map<string, string>;
	/** Shown value per Stadtbezirk code. */
	wertJeBezirk: Map<string, number | null>;
	stadtwert: number | null;
	ohneWert: number;
}

export function choropleth(werte: readonly IndikatorWert[], o: ChoroplethOptionen): Choropleth {
	const shown = (w: IndikatorWert) => (o.veraenderung ? w.veraenderung : w.wert);
	const bezirke = werte.filter((w) => w.code !== GESAMTSTADT);
	const stadt = werte.find((w) => w.code === GESAMTSTADT);
	const klassierung = klassiere(bezirke.map(shown), o.methode, o.klassen);
	const n = klassierung.anzahl.length;
	const farben = n === 0 ? [] : o.veraenderung ? divergierendeFarben(klassierung.grenzen) : SEQUENTIELL[o.palette].farben(n);
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
	return { klassierung, farben, farbeJeBezirk, wertJeBezirk, stadtwert: stadt ? shown(stadt) : null, ohneWert };
}
