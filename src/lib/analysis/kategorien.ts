/**
 * Offer types grouped into six categories for the map's colours (more colours than that cannot be
 * told apart); the Okabe–Ito palette stays distinguishable with colour-vision deficiencies. An offer
 * of several types takes the category of its first.
 */
import type { Einrichtungstyp } from '../data/schema';

export const KATEGORIEN = [
	{ id: 'begegnung', label: 'Begegnung', farbe: '#E69F00' },
	{ id: 'beratung', label: 'Beratung, Arbeit, Gesundheit', farbe: '#0072B2' },
	{ id: 'bildung', label: 'Sprache und Bildung', farbe: '#009E73' },
	{ id: 'familie', label: 'Kinder, Jugend, Familie, Senior*innen', farbe: '#CC79A7' },
	{ id: 'gemeinschaft', label: 'Religion, Sport, Ehrenamt', farbe: '#56B4E9' },
	{ id: 'verwaltung', label: 'Verwaltung und Gremien', farbe: '#666666' }
] as const;
export type Kategorie = (typeof KATEGORIEN)[number]['id'];

const KATEGORIE_DES_TYPS: Record<Einrichtungstyp, Kategorie> = {
	'Begegnungsstätte': 'begegnung',
	'Stadtteilbüro': 'begegnung',
	'Mehrgenerationenhaus': 'begegnung',
	'Öffentlicher Begegnungsort': 'begegnung',
	'Sprach-/Kulturcafé': 'begegnung',
	'Migrationsberatung': 'beratung',
	'Beratung': 'beratung',
	'Arbeitsmarkt': 'beratung',
	'Gesundheit': 'beratung',
	'Sprachkurs/Bildungsträger': 'bildung',
	'Schule/Kita': 'bildung',
	'Hochschule': 'bildung',
	'Bibliothek': 'bildung',
	'Familienzentrum': 'familie',
	'Jugendzentrum': 'familie',
	'Seniorenangebot': 'familie',
	'Religionsgemeinschaft': 'gemeinschaft',
	'Sportverein': 'gemeinschaft',
	'Ehrenamt': 'gemeinschaft',
	'Verwaltung': 'verwaltung',
	'Gremium': 'verwaltung'
};

export function kategorie(typen: readonly string[]): (typeof KATEGORIEN)[number] {
	const id = KATEGORIE_DES_TYPS[typen[0] as Einrichtungstyp] ?? 'beratung';
	return KATEGORIEN.find((k) => k.id === id)!;
}

/** The categories among the offers shown, in the legend's order, with how many offers each colours. */
export function kategorienDerAngebote(angebote: readonly { typen: readonly string[] }[]): { kategorie: (typeof KATEGORIEN)[number]; anzahl: number }[] {
	const anzahl = new Map<Kategorie, number>();
	for (const a of angebote) {
		const k = kategorie(a.typen).id;
		anzahl.set(k, (anzahl.get(k) ?? 0) + 1);
	}
	return KATEGORIEN.filter((k) => anzahl.has(k.id)).map((k) => ({ kategorie: k, anzahl: anzahl.get(k.id)! }));
}

/** "#E69F00" → [230, 159, 0]. */
export function rgb(farbe: string): [number, number, number] {
	return [1, 3, 5].map((k) => parseInt(farbe.slice(k, k + 2), 16)) as [number, number, number];
}
