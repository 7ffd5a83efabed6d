/**
 * Which offers a planner looks at: filters by Handlungsfeld, type, target group, language and KIK
 * measure. Within one facet any chosen value matches (SB or GT); facets combine (SB or GT, and for
 * Kinder). An offer "for everyone" (Zielgruppe alle, or none given) matches every target group.
 */
import type { Einrichtung } from '../data/abfragen/angebote';
import { HANDLUNGSFELDER } from '../data/schema';

export interface Angebotsfilter {
	handlungsfelder: string[];
	typen: string[];
	zielgruppen: string[];
	sprachen: string[];
	massnahmen: string[];
}

export const KEIN_FILTER: Angebotsfilter = { handlungsfelder: [], typen: [], zielgruppen: [], sprachen: [], massnahmen: [] };

const trifft = (gewaehlt: readonly string[], werte: readonly string[]) => gewaehlt.length === 0 || gewaehlt.some((g) => werte.includes(g));

export function passt(e: Einrichtung, f: Angebotsfilter): boolean {
	const fuerAlle = e.zielgruppen.length === 0 || e.zielgruppen.includes('alle');
	return (
		trifft(f.handlungsfelder, e.handlungsfelder) &&
		trifft(f.typen, e.typen) &&
		(f.zielgruppen.length === 0 || fuerAlle || trifft(f.zielgruppen, e.zielgruppen)) &&
		trifft(f.sprachen, e.sprachen) &&
		trifft(f.massnahmen, e.massnahmen)
	);
}

export function filtere(alle: readonly Einrichtung[], f: Angebotsfilter): Einrichtung[] {
	return alle.filter((e) => passt(e, f));
}

export function istGefiltert(f: Angebotsfilter): boolean {
	return Object.values(f).some((werte) => werte.length > 0);
}

const FACETTEN: { feld: keyof Angebotsfilter; name: string; mehrere: string }[] = [
	{ feld: 'handlungsfelder', name: 'Handlungsfeld', mehrere: 'Handlungsfelder' },
	{ feld: 'typen', name: 'Typ', mehrere: 'Typen' },
	{ feld: 'zielgruppen', name: 'Zielgruppe', mehrere: 'Zielgruppen' },
	{ feld: 'sprachen', name: 'Sprache', mehrere: 'Sprachen' },
	{ feld: 'massnahmen', name: 'Maßnahme', mehrere: 'Maßnahmen' }
];
const wert = (feld: keyof Angebotsfilter, w: string) => (feld === 'handlungsfelder' ? (HANDLUNGSFELDER[w as keyof typeof HANDLUNGSFELDER] ?? w) : w);

/**
 * Every active filter in words, for titles, legends, CSV lines and printouts, so an output names the offers
 * it counts: "Handlungsfeld Sprache und Bildung; Sprachen Arabisch oder Türkisch". Null without a filter.
 */
export function filterBeschreibung(f: Angebotsfilter): string | null {
	const teile = FACETTEN.filter((x) => f[x.feld].length > 0).map((x) => `${f[x.feld].length > 1 ? x.mehrere : x.name} ${f[x.feld].map((w) => `„${wert(x.feld, w)}“`).join(' oder ')}`);
	return teile.length ? teile.join('; ') : null;
}

/** Offers with a position can be mapped; the others are listed with the reason. */
export function hatLage(e: Einrichtung): e is Einrichtung & { lat: number; lon: number } {
	return e.lat !== null && e.lon !== null;
}
