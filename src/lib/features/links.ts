/**
 * Every page's part of the URL in one list, so that a key means one thing wherever a link carries it
 * (`t` is a Stichtag on every page, `b` a district): links.test.ts checks it, and a new page's keys
 * are added here.
 */
import { liesSeite, type UrlSeite } from '../ui/url';
import { ATLAS_URL } from './atlas/ansicht';
import { STATISTIK_URL } from './statistik/ansicht';
import { VERGLEICH_URL } from './vergleich/auswahl';
import { PRAESENTATION_URL } from './praesentation/link';
import { FAKTENCHECK_URL } from './faktencheck/link';
import { STECKBRIEF_URL, STECKBRIEFBUCH_URL, steckbriefLink } from './steckbrief/link';
import { MASSNAHMEN_URL, STATUSBERICHT_URL } from './kik/link';

type Schluessel = Pick<UrlSeite<unknown>, 'pfad' | 'schluessel' | 'frueher'>;

export const LINKSEITEN: readonly Schluessel[] = [ATLAS_URL, STATISTIK_URL, VERGLEICH_URL, PRAESENTATION_URL, FAKTENCHECK_URL, STECKBRIEF_URL, STECKBRIEFBUCH_URL, MASSNAHMEN_URL, STATUSBERICHT_URL];

/**
 * The header's links, below the base path: a key means one thing on every page, so what the reader chose
 * here that the target reads goes along. The district selected (`b`, the atlas's, a filter's) opens its Steckbrief.
 */
export function kopfziele(hier: URLSearchParams): Record<string, string> {
	const { bezirk, ebene } = liesSeite(STECKBRIEF_URL, hier).wert;
	return { [STECKBRIEF_URL.pfad]: steckbriefLink(bezirk, ebene) };
}
