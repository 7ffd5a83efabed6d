/**
 * The Faktencheck Migration as a list of figure specs (Abb. 1–9 of the integration report it follows): each
 * with its title, the data table behind it, generated sentences and its chart. The same specs are shown on
 * screen, printed, turned into PDF and downloaded (SVG, PNG, CSV, XLSX), so the four cannot differ.
 * What the loaded data lack is never drawn as 0: a figure without its data is left out with the reason,
 * a sentence without its values is dropped, and a missing cell reads "keine Angabe" with a note naming
 * the column that would fill it.
 */
import { GEHEIMHALTUNG_HINWEIS, GESPERRT } from '../../analysis/format';
import type { Masse } from '../../charts/stil';
import type { FaktencheckDaten } from './daten';
import { figurbau, type Abbildung, type Entfallen, type Kontext } from './figurbau';
import { bevoelkerungsfiguren } from './bevoelkerungsfiguren';
import { auslaenderfiguren } from './auslaenderfiguren';
import { bezirkskarten } from './bezirkskarten';
import { segregationsfigur } from './segregationsfigur';

export type { Abbildung, Entfallen, Kontext } from './figurbau';

/** The figures the data fill, and those left out with the reason, numbered in the report's order. */
export function faktencheck(d: FaktencheckDaten, k: Kontext): { abbildungen: Abbildung[]; entfallen: Entfallen[] } {
	const { bau, liste, entfallen, nummer } = figurbau(d, k);
	bevoelkerungsfiguren(bau);
	auslaenderfiguren(bau);
	bezirkskarten(bau);
	const segregation = segregationsfigur(k.tabelle, k.stichtag, bau.fussnoten());
	if (segregation) bau.zeige({ ...segregation, hinweise: [], svg: bau.rahmen(segregation.titel, segregation.grafik, segregation.legende, segregation.anmerkung) });
	// Every table that shows "•" says what it means, in the figure's notes and in every download.
	const geheim = GEHEIMHALTUNG_HINWEIS(k.manifest.geheimhaltung);
	const mitHinweis = (a: Omit<Abbildung, 'nr'>): Omit<Abbildung, 'nr'> =>
		a.tabelle.zeilen.some((z) => z.includes(GESPERRT)) ? { ...a, hinweise: [...a.hinweise, geheim], tabelle: { ...a.tabelle, fussnoten: [...a.tabelle.fussnoten, geheim] } } : a;
	return {
		abbildungen: liste.map(mitHinweis).map((a, i) => ({
			...a,
			nr: i + 1,
			svg: (m?: Partial<Masse>) => {
				nummer(i + 1);
				return a.svg(m);
			}
		})),
		entfallen
	};
}

/** The figures the data fill (the presentation shows only these). */
export function abbildungen(d: FaktencheckDaten, k: Kontext): Abbildung[] {
	return faktencheck(d, k).abbildungen;
}
