/**
 * The Stadtteile as an area level of their own: each is the group of the districts whose `stadtteil`
 * names it, and its figures are those of the group (gruppen.ts: counts summed first, the share taken of
 * the sums, a sum with a withheld count withheld), in the shape the atlas reads for districts, so map,
 * legend, table and profile show a Stadtteil as they show a district.
 */
import { CODE_MUSTER, type Stadtbezirk } from '../schema';
import { indikatortabelleAus, type Indikatortabelle } from '../indikatortabelle';
import { gruppenwerte, type Bezirksgruppe } from './gruppen';
import type { Koordinator } from './koordinator';

/** How a Stadtteil is named wherever it stands for its districts: Kempten's are numbers ("Stadtteil 3"), Köln's names. */
export const stadtteilName = (stadtteil: string) => (/^\d+$/.test(stadtteil) ? `Stadtteil ${stadtteil}` : stadtteil);

const CODE = new RegExp(CODE_MUSTER);

/** A Stadtteil's group, with the Stadtteil as the district list writes it. */
export interface Stadtteilgruppe extends Bezirksgruppe {
	stadtteil: string;
}

/**
 * One group per Stadtteil the district list names, in the districts' order; empty below two Stadtteile.
 * Its code is the Stadtteil itself where every one is a code links and map ids accept ("3"), else its
 * number in that order (Köln's Stadtbezirke, named, are then 1 … 9 as the city numbers them).
 */
export function stadtteilgruppen(bezirke: readonly Stadtbezirk[]): Stadtteilgruppe[] {
	const je = new Map<string, string[]>();
	for (const b of bezirke) if (b.stadtteil) je.set(b.stadtteil, [...(je.get(b.stadtteil) ?? []), b.code]);
	if (je.size < 2) return [];
	const alsCode = [...je.keys()].every((t) => CODE.test(t));
	return [...je].map(([stadtteil, codes], i) => ({ id: alsCode ? stadtteil : String(i + 1), codes, name: stadtteilName(stadtteil), stadtteil }));
}

/** The Stadtteile as the atlas's areas (code, name; their own Stadtteil left empty). */
export function alsGebiete(gruppen: readonly Bezirksgruppe[]): Stadtbezirk[] {
	return gruppen.map((g) => ({ code: g.id, name: g.name, stadtteil: '', flaeche_km2: null }));
}

/** Every indicator of every Stadtteil and the city at every Stichtag, as the districts' table. */
export async function stadtteiltabelle(k: Koordinator, gruppen: readonly Bezirksgruppe[], mindestEinwohner: number): Promise<Indikatortabelle> {
	const werte = await gruppenwerte(k, gruppen, mindestEinwohner);
	return indikatortabelleAus(werte.map(({ gruppe, stichtag, indikator, wert, sperre }) => ({ code: gruppe, stichtag, indikator, wert, sperre: sperre as Indikatortabelle['sperren'][number] })));
}

/**
 * The Stadtteile's table of a district list, or undefined where its districts lie in none: what the
 * build and a take-over keep beside the districts' table, so a link to the Stadtteile paints at once.
 */
export async function stadtteiltabelleVon(k: Koordinator, bezirke: readonly Stadtbezirk[], mindestEinwohner: number): Promise<Indikatortabelle | undefined> {
	const gruppen = stadtteilgruppen(bezirke);
	return gruppen.length ? stadtteiltabelle(k, gruppen, mindestEinwohner) : undefined;
}
