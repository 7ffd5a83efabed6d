/**
 * The Faktencheck's figure on segregation (KIK: "Segregation vermeiden"): the dissimilarity index D,
 * isolation and Theil's H of the people with migration background over the Stichtage up to the
 * report's, with a sentence and the note that the indices depend on the district grid.
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { formatDezimal, formatStichtag } from '../../analysis/format';
import { MAUP_HINWEIS, SEGREGATIONSGRUPPEN, segregationErklaerung, segregationsreihe } from '../../analysis/statistik/segregationsreihe';
import type { Exporttabelle } from '../../export/csv';
import { linien } from '../../charts/diagramme';
import type { Masse } from '../../charts/stil';
import { REIHENFARBEN } from '../../analysis/gruppenfarben';

const INDIZES = [
	{ key: 'D', name: 'Dissimilarität D', farbe: REIHENFARBEN[0] },
	{ key: 'isolation', name: 'Isolation', farbe: REIHENFARBEN[1] },
	{ key: 'H', name: 'Theil H', farbe: REIHENFARBEN[2] }
] as const;

const komma = (v: number) => formatDezimal(v, 1);

export function segregationsfigur(t: Indikatortabelle, stichtag: string, fussnoten: string[]) {
	const gruppe = SEGREGATIONSGRUPPEN.find((g) => g.id === 'mh')!;
	const reihe = segregationsreihe(t, gruppe).filter((p) => p.stichtag <= stichtag);
	const jetzt = reihe.at(-1);
	if (!jetzt || jetzt.stichtag !== stichtag) return null;
	const erster = reihe[0];
	const tabelle: Exporttabelle = {
		kopf: ['Stichtag', 'Dissimilarität D', 'Isolation', 'Exposition', 'Theil H', 'Bezirke'],
		zeilen: reihe.map((p) => [formatStichtag(p.stichtag), p.D, p.isolation, p.exposition, p.H, p.bezirke]),
		stellen: [0, 1, 1, 1, 1, 0],
		fussnoten: [...fussnoten, 'Indizes 0–100, Menschen mit Migrationshintergrund gegenüber den übrigen Einwohner*innen; geheim gehaltene Bezirke ausgelassen.', MAUP_HINWEIS]
	};
	const verlauf =
		erster === jetzt ? '' : ` ${formatStichtag(erster.stichtag).slice(-4)} lag D bei ${komma(erster.D)}, ${formatStichtag(jetzt.stichtag).slice(-4)} bei ${komma(jetzt.D)}.`;
	return {
		id: 'segregation',
		titel: 'Segregation der Menschen mit Migrationshintergrund über die Stadtbezirke',
		tabelle,
		saetze: [`${segregationErklaerung(jetzt, gruppe).D}${verlauf}`],
		grafik: (m: Masse) => linien(reihe.flatMap((p) => INDIZES.map((i) => ({ stichtag: p.stichtag, reihe: i.name, wert: p[i.key] }))), INDIZES.map((i) => ({ name: i.name, farbe: i.farbe })), { prozent: true }, m),
		legende: INDIZES.map((i) => ({ farbe: i.farbe, text: i.name })),
		anmerkung: `Indizes von 0 (gleichmäßig verteilt) bis 100 (völlig getrennt). ${MAUP_HINWEIS}`
	};
}
