/**
 * The Steckbrief's link: its district; and the book of Steckbriefe's: one Stadtteil or all, and whether
 * it prints as soon as it is drawn. Whether the data have the district or the Stadtteil is checked once
 * they are loaded.
 */
import { CODE_MUSTER } from '../../data/schema';
import { schreibeSeite, type UrlSeite } from '../../ui/url';

export const STECKBRIEF_URL: UrlSeite<{ bezirk: string | null }> = {
	pfad: '/bezirk',
	schluessel: { b: 'Stadtbezirk' },
	lese: (u) => ({ bezirk: u.muster('b', new RegExp(CODE_MUSTER), 'Stadtbezirk', 'der erste Stadtbezirk') }),
	schreibe: (w) => [['b', w.bezirk]]
};

/** The link to a district's Steckbrief (below the site's base path). */
export const steckbriefLink = (bezirk: string | null) => `${STECKBRIEF_URL.pfad}?${schreibeSeite(STECKBRIEF_URL, { bezirk })}`.replace(/\?$/, '');

export interface SteckbriefbuchLink {
	/** A Stadtteil's name as the data spell it; null = every district. */
	stadtteil: string | null;
	drucken: boolean;
}

export const STECKBRIEFBUCH_URL: UrlSeite<SteckbriefbuchLink> = {
	pfad: '/steckbriefe',
	schluessel: { stadtteil: 'Stadtteil', drucken: 'Drucken' },
	lese: (u) => ({ stadtteil: u.params.get('stadtteil') || null, drucken: u.schalter('drucken', 'Drucken', 'nicht sofort gedruckt') }),
	schreibe: (w) => [
		['stadtteil', w.stadtteil],
		['drucken', w.drucken ? '' : null]
	]
};
