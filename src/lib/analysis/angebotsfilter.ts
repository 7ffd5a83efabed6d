/**
 * Which offers a planner looks at: filters by Handlungsfeld, type, target group, language and KIK
 * measure. Within one facet any chosen value matches (SB or GT); facets combine (SB or GT, and for
 * Kinder). An offer "for everyone" (Zielgruppe alle, or none given) matches every target group.
 */
import type { Einrichtung } from '../data/abfragen/angebote';

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

/** Offers with a position can be mapped; the others are listed with the reason. */
export function hatLage(e: Einrichtung): e is Einrichtung & { lat: number; lon: number } {
	return e.lat !== null && e.lon !== null;
}
