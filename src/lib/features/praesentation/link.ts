/** The presentation's link: the comparison's selection (`?a=`, read as on the Vergleich page). */
import type { UrlSeite } from '../../ui/url';

export const PRAESENTATION_URL: UrlSeite<{ auswahl: string | null }> = {
	pfad: '/praesentation',
	schluessel: { a: 'Auswahl' },
	lese: (u) => ({ auswahl: u.params.get('a') }),
	schreibe: (w) => [['a', w.auswahl]]
};
