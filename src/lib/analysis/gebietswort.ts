/** The word for the areas a map, legend or profile shows: districts, or the Stadtteile they lie in. */
export interface Gebietswort {
	einzahl: string;
	mehrzahl: string;
	/** "Rang 1 = höchster Wert unter den …". */
	dativ: string;
}

export const BEZIRK: Gebietswort = { einzahl: 'Bezirk', mehrzahl: 'Bezirke', dativ: 'Stadtbezirken' };
export const STADTTEIL: Gebietswort = { einzahl: 'Stadtteil', mehrzahl: 'Stadtteile', dativ: 'Stadtteilen' };

/** "1 Bezirk", "3 Stadtteile". */
export const anzahlGebiete = (n: number, wort: Gebietswort = BEZIRK) => `${n} ${n === 1 ? wort.einzahl : wort.mehrzahl}`;
