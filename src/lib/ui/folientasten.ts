/**
 * The keys of every slide show (Präsentation, Fachrunde): arrows, PageUp/PageDown (a presenter's
 * clicker), space and Enter forward, Backspace back, Home and End. Pure, so both shows step alike.
 */
const WEITER = ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown'];
const ZURUECK = ['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp'];

/** The slide `taste` leads to from slide `nr` of `anzahl`; null = the key is not the show's. */
export function naechsteFolie(taste: string, nr: number, anzahl: number): number | null {
	const ziel = WEITER.includes(taste) ? nr + 1 : ZURUECK.includes(taste) ? nr - 1 : taste === 'Home' ? 0 : taste === 'End' ? anzahl - 1 : null;
	return ziel === null ? null : Math.max(0, Math.min(anzahl - 1, ziel));
}
