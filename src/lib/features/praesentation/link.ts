/**
 * The presentation's link: the comparison's selection (`?a=`, read as on the Vergleich page) and its
 * Stichtag (`t=`, the latest when absent; whether the data have it is checked once they are loaded).
 */
import type { UrlSeite } from '../../ui/url';

export interface PraesentationLink {
	auswahl: string | null;
	stichtag: string | null;
}

export const PRAESENTATION_URL: UrlSeite<PraesentationLink> = {
	pfad: '/praesentation',
	schluessel: { a: 'Auswahl', t: 'Stichtag' },
	lese: (u) => ({ auswahl: u.params.get('a'), stichtag: u.datum('t', 'Stichtag', 'der neueste Stichtag') }),
	schreibe: (w) => [
		['a', w.auswahl],
		['t', w.stichtag]
	]
};
