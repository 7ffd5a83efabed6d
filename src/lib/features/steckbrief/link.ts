/**
 * The Steckbrief's link: its district; and the book of Steckbriefe's: one Stadtteil or all, and whether
 * it prints as soon as it is drawn. Whether the data have the district or the Stadtteil is checked once
 * they are loaded.
 */
import { CODE_MUSTER } from '../../data/schema';
import { schreibeSeite, type UrlSeite } from '../../ui/url';
import { GEBIETSEBENE_LABEL, GEBIETSEBENEN, type Gebietsebene } from '../atlas/ansicht';

export interface SteckbriefLink {
	bezirk: string | null;
	/** A district's Steckbrief, or a Stadtteil's (its districts summed). */
	ebene: Gebietsebene;
}

export const STECKBRIEF_URL: UrlSeite<SteckbriefLink> = {
	pfad: '/bezirk',
	schluessel: { b: 'Stadtbezirk', ge: 'Gebiete' },
	lese: (u) => ({
		bezirk: u.muster('b', new RegExp(CODE_MUSTER), 'Stadtbezirk', 'der erste Stadtbezirk'),
		ebene: u.wahl('ge', GEBIETSEBENEN, 'bezirk', 'Gebiete', (e) => GEBIETSEBENE_LABEL[e])
	}),
	schreibe: (w) => [
		['b', w.bezirk],
		['ge', w.ebene === 'bezirk' ? null : w.ebene]
	]
};

/** The link to a district's (or a Stadtteil's) Steckbrief, below the site's base path. */
export const steckbriefLink = (bezirk: string | null, ebene: Gebietsebene = 'bezirk') => `${STECKBRIEF_URL.pfad}?${schreibeSeite(STECKBRIEF_URL, { bezirk, ebene })}`.replace(/\?$/, '');

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
