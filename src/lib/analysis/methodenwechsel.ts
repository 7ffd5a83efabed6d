/**
 * A change of the counting method (the manifest's `begriffe.methodenwechsel`) matters only beside data
 * that reach it: a series starting in the year of the change needs the note why it starts there, one
 * reaching across it needs the warning that its parts are not comparable; data wholly before or after
 * it need neither.
 */
export interface Methodenwechsel {
	jahr: number;
	text: string;
}

/** The note for data with these Stichtage, and whether they reach across the change. */
export function methodenwechselFuer(m: Methodenwechsel | undefined, stichtage: readonly string[]): { text: string; ueberspannt: boolean } | null {
	if (!m || stichtage.length === 0) return null;
	const erstes = Number(stichtage[0].slice(0, 4));
	const letztes = Number(stichtage.at(-1)!.slice(0, 4));
	if (m.jahr < erstes || m.jahr > letztes) return null;
	return { text: m.text, ueberspannt: erstes < m.jahr };
}
