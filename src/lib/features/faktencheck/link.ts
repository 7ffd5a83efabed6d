/** The Faktencheck's link: its Stichtag (whether the data have it is checked once they are loaded). */
import type { UrlSeite } from '../../ui/url';

export const FAKTENCHECK_URL: UrlSeite<{ stichtag: string | null }> = {
	pfad: '/faktencheck',
	schluessel: { t: 'Stichtag' },
	lese: (u) => ({ stichtag: u.datum('t', 'Stichtag', 'der neueste Stichtag') }),
	schreibe: (w) => [['t', w.stichtag]]
};
