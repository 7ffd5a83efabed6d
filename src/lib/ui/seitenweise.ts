/**
 * A long table in pages. A city of its own may bring 1 000 areas; a page shows a hundred rows, as data
 * tables on statistics portals do: the screen and a screen reader stay readable, and an indicator switch
 * re-lays-out a hundred rows instead of a thousand (the CSV download keeps every row).
 */
export const ZEILEN_JE_SEITE = 100;

export interface Tabellenseite {
	/** 0-based page, clamped to the pages there are. */
	seite: number;
	seiten: number;
	/** 0-based index of the page's first row, and one past its last. */
	von: number;
	bis: number;
}

export function tabellenseite(zeilen: number, seite: number, jeSeite = ZEILEN_JE_SEITE): Tabellenseite {
	const seiten = Math.max(1, Math.ceil(zeilen / jeSeite));
	const s = Math.min(Math.max(0, Math.floor(seite)), seiten - 1);
	return { seite: s, seiten, von: s * jeSeite, bis: Math.min(zeilen, (s + 1) * jeSeite) };
}

/** The page that holds row `index`. */
export const seiteMitZeile = (index: number, jeSeite = ZEILEN_JE_SEITE) => Math.floor(index / jeSeite);
