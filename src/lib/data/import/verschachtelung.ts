/**
 * Levels that nest. A file with several area levels (Köln: Stadtbezirke 001–009, Stadtteile 101–909)
 * counts one of them as the districts; a coarser level whose codes begin every counted code is kept as
 * the area each district lies in (the district list's `stadtteil`), so comparisons and profile books can
 * sum the districts' counts upwards to it. A code's parent is told by its code alone: with leading zeros
 * dropped, every counted code must be a coarser code followed by the same number of characters (Köln's
 * 101 is 1 and "01"), so that 111 cannot be read as lying in both 1 and 11.
 */
import type { Ebene } from './ebenen';

const ohneNullen = (c: string) => c.replace(/^0+(?=.)/, '');

export interface Verschachtelung {
	/** The coarser level the counted one nests in. */
	ebene: Ebene;
	/** Counted code → the code of its area in `ebene`, as the file writes it. */
	von: Map<string, string>;
	/** The characters after the coarser code (2 for Köln). */
	stellen: number;
}

/**
 * The finest level of `alle` that the `gezaehlt` codes nest in, or null. Only levels with fewer areas
 * than the counted one, at least two of which hold a counted area, are taken as coarser.
 */
export function verschachtelung(
	gebiete: readonly { code: string; ebene: string }[],
	alle: readonly Ebene[],
	gewaehlt: Ebene
): Verschachtelung | null {
	const codesJe = new Map<string, Set<string>>();
	for (const g of gebiete) if (g.code) codesJe.set(g.ebene, (codesJe.get(g.ebene) ?? new Set()).add(g.code));
	const codes = (e: Ebene) => new Set(e.formen.flatMap((f) => [...(codesJe.get(f) ?? [])]));
	const gezaehlt = [...codes(gewaehlt)];
	const laengste = Math.max(...gezaehlt.map((c) => ohneNullen(c).length));
	const kandidaten = alle.filter((e) => e !== gewaehlt && e.gebiete < gewaehlt.gebiete && !e.schluessel.startsWith('namen:')).sort((a, b) => b.gebiete - a.gebiete);
	for (const ebene of kandidaten) {
		const grob = new Map([...codes(ebene)].map((c) => [ohneNullen(c), c]));
		for (let stellen = 1; stellen < laengste; stellen++) {
			const von = new Map<string, string>();
			for (const c of gezaehlt) {
				const kurz = ohneNullen(c);
				const eltern = kurz.length > stellen ? grob.get(kurz.slice(0, -stellen)) : undefined;
				if (eltern === undefined) break;
				von.set(c, eltern);
			}
			if (von.size === gezaehlt.length && new Set(von.values()).size >= 2) return { ebene, von, stellen };
		}
	}
	return null;
}
