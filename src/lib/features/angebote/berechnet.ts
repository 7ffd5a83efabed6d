/** Indicators computed in the browser from offers and settings, beside the catalogue's SQL indicators. */
export const BERECHNETE = ['erreichbar_anteil', 'angebot_entfernung', 'bedarfsindex'] as const;
export type Berechnet = (typeof BERECHNETE)[number];

export const BERECHNETE_LABEL: Record<Berechnet, string> = {
	erreichbar_anteil: 'Erreichbarkeit der gefilterten Angebote (Anteil der Gruppe)',
	angebot_entfernung: 'Fußweg zum nächsten Angebot (Median)',
	bedarfsindex: 'Bedarfsindex'
};

export function istBerechnet(id: string): id is Berechnet {
	return (BERECHNETE as readonly string[]).includes(id);
}
