/** The word for the areas a map, legend or profile shows: districts, or the Stadtteile they lie in. */
export interface Gebietswort {
	einzahl: string;
	mehrzahl: string;
}

export const BEZIRK: Gebietswort = { einzahl: 'Bezirk', mehrzahl: 'Bezirke' };
export const STADTTEIL: Gebietswort = { einzahl: 'Stadtteil', mehrzahl: 'Stadtteile' };

/** "1 Bezirk", "3 Stadtteile". */
export const anzahlGebiete = (n: number, wort: Gebietswort = BEZIRK) => `${n} ${n === 1 ? wort.einzahl : wort.mehrzahl}`;
