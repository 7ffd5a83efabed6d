/**
 * Segregation indices of a group against the rest of the population, for every Stichtag of the data,
 * read from the indicator table. Withheld districts are left out (and counted), as are districts under
 * the minimum population the user sets (the Bertelsmann/ZEFIR studies leave out units under 500).
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { GESAMTSTADT } from '../../data/schema';
import { sperreAus, wertAus } from '../indikatorwerte';
import { anteilszaehlungen } from './zaehlungen';
import { segregation, type Segregationsindizes } from './segregation';

export interface Segregationsgruppe {
	id: string;
	label: string;
	/** The indicator whose numerator is the group. */
	gruppe: string;
	/** The indicator whose denominator is the population the group is set against. */
	bezug: string;
	/** In words: "gegenüber allen Einwohner*innen". */
	gegen: string;
}

export const SEGREGATIONSGRUPPEN: readonly Segregationsgruppe[] = [
	{ id: 'mh', label: 'Menschen mit Migrationshintergrund', gruppe: 'mh_anteil', bezug: 'mh_anteil', gegen: 'gegenüber den übrigen Einwohner*innen' },
	{ id: 'auslaender', label: 'Ausländer*innen', gruppe: 'auslaender_anteil', bezug: 'auslaender_anteil', gegen: 'gegenüber den übrigen Einwohner*innen' },
	{ id: 'flucht', label: 'Menschen mit Fluchthintergrund', gruppe: 'flucht_anteil', bezug: 'flucht_anteil', gegen: 'gegenüber den übrigen Einwohner*innen' },
	{ id: 'neuzugewandert', label: 'Neuzugewanderte', gruppe: 'neuzugewandert_anteil', bezug: 'mh_anteil', gegen: 'gegenüber den übrigen Einwohner*innen' },
	{ id: 'mh_unter18', label: 'unter 18-Jährige mit Migrationshintergrund', gruppe: 'mh_unter18_anteil', bezug: 'mh_unter18_anteil', gegen: 'gegenüber den übrigen unter 18-Jährigen' }
];

export const STANDARD_MINDESTEINWOHNER = 500;

export interface Segregationspunkt extends Segregationsindizes {
	stichtag: string;
}

export function segregationsreihe(t: Indikatortabelle, g: Segregationsgruppe, mindestEinwohner = 0): Segregationspunkt[] {
	return t.stichtage.flatMap((stichtag) => {
		const gruppe = anteilszaehlungen(t, stichtag, g.gruppe);
		const bezug = anteilszaehlungen(t, stichtag, g.bezug);
		const bezirke = gruppe.map((z, i) => {
			const b = bezug[i];
			return z.gesperrt || b.gesperrt || z.zaehler === null || b.nenner === null ? null : { gruppe: z.zaehler, gesamt: b.nenner };
		});
		const s = segregation(bezirke, mindestEinwohner);
		return s ? [{ stichtag, ...s }] : [];
	});
}

/** A citizenship as a group: "staat-" and its ISO code. */
export const STAATSGRUPPE_MUSTER = /^staat-[A-Z]{2,3}$/;
export const staatsgruppeId = (iso: string) => `staat-${iso}`;
export const staatsgruppeLabel = (name: string) => `Menschen mit Staatsangehörigkeit ${name}`;

/**
 * Segregation of one citizenship's people against all other inhabitants, per Stichtag that has any
 * count of it. A district without a row has none of them (0); a withheld count or a withheld
 * population leaves the district out.
 */
export function segregationsreiheStaat(t: Indikatortabelle, zahlen: readonly { stichtag: string; code: string; anzahl: number | null }[], mindestEinwohner = 0): Segregationspunkt[] {
	const codes = t.codes.filter((c) => c !== GESAMTSTADT);
	return t.stichtage.flatMap((stichtag) => {
		const je = new Map(zahlen.filter((z) => z.stichtag === stichtag).map((z) => [z.code, z.anzahl]));
		if (je.size === 0) return [];
		const bezirke = codes.map((code) => {
			const gesamt = sperreAus(t, stichtag, 'einwohner', code) ? null : wertAus(t, stichtag, 'einwohner', code);
			const gruppe = je.has(code) ? je.get(code)! : 0;
			return gruppe === null || gesamt === null ? null : { gruppe, gesamt };
		});
		const s = segregation(bezirke, mindestEinwohner);
		return s ? [{ stichtag, ...s }] : [];
	});
}

const zahl = (v: number) => v.toFixed(0);

/** The plain-German reading of each index at one Stichtag. */
export function segregationErklaerung(s: Segregationsindizes, g: Pick<Segregationsgruppe, 'label'>): { D: string; isolation: string; exposition: string; H: string } {
	return {
		D: `D = ${zahl(s.D)}: ${zahl(s.D)} % der ${g.label} müssten in einen anderen Bezirk umziehen, damit sie so verteilt wären wie die übrige Bevölkerung.`,
		isolation: `Isolation = ${zahl(s.isolation)}: Im Bezirk einer durchschnittlichen Person dieser Gruppe gehören ${zahl(s.isolation)} % zur Gruppe (stadtweit ${zahl(s.anteil)} %).`,
		exposition: `Exposition = ${zahl(s.exposition)}: Im Bezirk einer durchschnittlichen Person dieser Gruppe gehören ${zahl(s.exposition)} % nicht zur Gruppe.`,
		H: `H = ${zahl(s.H)}: Die Bezirke sind im Mittel um ${zahl(s.H)} % weniger gemischt als die Stadt als Ganzes (Theils Entropieindex; 0 = überall gleich gemischt, 100 = völlig getrennt).`
	};
}

export const MAUP_HINWEIS =
	'Die Indizes hängen vom Zuschnitt der Bezirke ab (Problem der veränderbaren Gebietseinheit, MAUP): mit anderen oder kleineren Gebieten ergeben sich andere Werte. Vergleichbar sind nur Werte auf demselben Gebietsraster, etwa dieselbe Stadt über die Jahre.';
