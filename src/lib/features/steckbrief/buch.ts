/**
 * The book of Steckbriefe: which districts it holds (all, or those of one Stadtteil), in code order, and
 * the contents with the text each district's page is found by in the printed PDF (scripts/druck.ts).
 */
import type { Stadtbezirk } from '../../data/schema';

export const blattTitel = (b: Pick<Stadtbezirk, 'code' | 'name'>) => `Stadtbezirk ${b.code} ${b.name}`;

export function bezirkeImBuch(bezirke: readonly Stadtbezirk[], stadtteil: string | null): Stadtbezirk[] {
	return bezirke.filter((b) => stadtteil === null || b.stadtteil === stadtteil);
}

export const stadtteileVon = (bezirke: readonly Stadtbezirk[]) => [...new Set(bezirke.map((b) => b.stadtteil).filter(Boolean))];

export function buchinhalt(bezirke: readonly Stadtbezirk[]) {
	return bezirke.map((b) => ({ ziel: `blatt-${b.code}`, text: blattTitel(b), suche: blattTitel(b), ebene: 2 as const }));
}
