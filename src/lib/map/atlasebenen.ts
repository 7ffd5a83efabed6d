/**
 * What the atlas draws over its districts, before it becomes deck.gl layers: the filtered offers that
 * have a location (set apart where they share one), the scenario's hypothetical offers (S1 …) and the
 * suggested locations (V1 …), each mark with the text of its tooltip. Pure, so that what the map shows
 * is tested without a map; the page only derives it from its state.
 */
import type { Einrichtung } from '../data/abfragen/angebote';
import { hatLage } from '../analysis/angebotsfilter';
import { formatGeschuetzt, type Geschuetzt } from '../analysis/schaetzschutz';
import { auseinander, type AngebotsDaten, type KartenAngebot, type Marke } from './angebotsebenen';

/** The offers with a location as the map draws them. */
export function kartenAngebote(gefiltert: readonly Einrichtung[]): KartenAngebot[] {
	return auseinander(gefiltert.filter(hatLage).map((e) => ({ id: e.id, name: e.name, typen: e.typen, position: [e.lon, e.lat], beispiel: e.beispiel })));
}

export function szenarioMarken(szenario: readonly [number, number][]): Marke[] {
	return szenario.map((position, i) => ({ label: `S${i + 1}`, position, text: `S${i + 1}: hypothetisches Angebot (Szenario)` }));
}

/** Suggestions name their gain only protected (schaetzschutz.ts), like every estimate. */
export function vorschlagsMarken(vorschlaege: readonly { position: [number, number]; neuErreicht: Geschuetzt }[], gruppeKurz: string): Marke[] {
	return vorschlaege.map((v, i) => ({ label: `V${i + 1}`, position: v.position, text: `V${i + 1}: vorgeschlagener Standort, +${formatGeschuetzt(v.neuErreicht)} ${gruppeKurz} erreicht` }));
}

export interface Atlasauswahl {
	/** Whether the offers' layer is switched on (the scenario's marks show without it). */
	angebote: boolean;
	/** Whether catchments are drawn around offers and marks. */
	einzug: boolean;
	einzugRadiusM: number;
	auswahl: string | null;
}

/** What the layers draw; null when there is nothing to draw over the districts. */
export function atlasebenen(angebote: KartenAngebot[], szenario: Marke[], vorschlaege: Marke[], w: Atlasauswahl): AngebotsDaten | null {
	if (!w.angebote && szenario.length === 0 && vorschlaege.length === 0) return null;
	return { angebote: w.angebote ? angebote : [], auswahl: w.auswahl, einzugRadiusM: w.einzug ? w.einzugRadiusM : null, szenario, vorschlaege };
}
