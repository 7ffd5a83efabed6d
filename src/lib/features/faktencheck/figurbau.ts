/**
 * What every figure of the Faktencheck is built from: the data and their context, the city's counts
 * with each value read as a number, "•" (withheld) or null (missing), the figure's frame and footnotes,
 * and where a figure goes (shown, or left out with the reason). The figures themselves are grouped by
 * subject (bevoelkerungsfiguren.ts, auslaenderfiguren.ts, bezirkskarten.ts, segregationsfigur.ts);
 * abbildungen.ts numbers them.
 */
import { GESAMTSTADT, type Status } from '../../data/schema';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import type { DatensatzManifest } from '../../data/manifest';
import { angabe, hatAufschluesselung, OHNE_ANGABE, type Angabe } from '../../data/angaben';
import type { Zaehlgroesse } from '../../data/indikatoren';
import type { Zaehlung } from '../../data/abfragen/aufteilungen';
import { anteil as prozentAnteil } from '../../data/kennzahlregeln';
import { formatStichtag, GESPERRT } from '../../analysis/format';
import type { Zahl } from '../../analysis/saetze';
import type { Exporttabelle } from '../../export/csv';
import { gerahmt } from '../../charts/rahmen';
import { masse, type Masse } from '../../charts/stil';
import type { FaktencheckDaten } from './daten';

export interface Abbildung {
	nr: number;
	id: string;
	titel: string;
	tabelle: Exporttabelle;
	saetze: string[];
	/** What the figure lacks ("keine Angabe …", with the column that would fill it), and method notes. */
	hinweise: string[];
	/** A map's key of district numbers to names: numbers on a map say nothing without it. */
	schluessel?: { code: string; name: string }[];
	/** Builds the framed SVG (in the browser: charts need a document), at the fixed download width unless a size is given. */
	svg: (m?: Partial<Masse>) => SVGSVGElement;
}

/** A figure the loaded data cannot fill, left out with the reason. */
export interface Entfallen {
	titel: string;
	grund: string;
}

export interface Kontext {
	stichtag: string;
	manifest: DatensatzManifest;
	tabelle: Indikatortabelle;
	geometrie: Bezirksgeometrie | null;
	bezirkName: ReadonlyMap<string, string>;
}

/** The tools of one Faktencheck's figures (built once in abbildungen.ts). */
export interface Figurbau {
	d: FaktencheckDaten;
	k: Kontext;
	/** The city's counts at every Stichtag, and at the one shown. */
	stadt: Zaehlung[];
	jetzt: Zaehlung;
	/** Whether the data set breaks its counts down (age, nationality, length of stay). */
	aufgeschluesselt: boolean;
	wert: (z: Zaehlung, g: Zaehlgroesse) => Zahl;
	/** The counts of `gs` the data lack, for the note naming the column that would fill them. */
	fehlend: (z: Zaehlung, gs: readonly Zaehlgroesse[]) => Zaehlgroesse[];
	/** The four groups by migration status; Germans without migration background as residents minus MH. */
	gruppen: (z: Zaehlung) => Record<Status, Zahl>;
	fussnoten: (hinweise?: string[]) => string[];
	/** The figure's frame (title with its number, city and Stichtag, legend, source and notice). */
	rahmen: (titel: string, inhalt: (m: Masse) => SVGSVGElement, legende?: { farbe: string; text: string }[], anmerkung?: string | null) => (m?: Partial<Masse>) => SVGSVGElement;
	zeige: (a: Omit<Abbildung, 'nr'>) => void;
	entfaellt: (e: Entfallen) => void;
}

export const jahr = (t: string) => t.slice(0, 4);
/** The counts behind a city share, so its sentence can judge a change against random variation. */
export const zaehlung = (zaehler: number | null | undefined, nenner: number | null | undefined) => (zaehler == null || nenner == null ? {} : { zaehler, nenner });
const alsZahl = (a: Angabe): Zahl => (a.art === 'wert' ? a.wert : a.art === 'gesperrt' ? GESPERRT : null);
export const zelle = (x: Zahl): number | string => (x === null ? OHNE_ANGABE : x);
export const istZahl = (x: Zahl): x is number => typeof x === 'number';
export const nurSaetze = (xs: (string | null)[]): string[] => xs.filter((x): x is string => x !== null);
export const nurZahl = (x: Zahl): number | null => (istZahl(x) ? x : null);
/** A sum of cells is withheld ("•") when one of them is (null here), never counted as 0. */
export const summeVon = (xs: readonly (number | null)[]): Zahl => (xs.some((x) => x === null) ? GESPERRT : xs.reduce<number>((s, x) => s + x!, 0));
export const quote = (teil: Zahl, ganz: Zahl): Zahl => (istZahl(teil) && istZahl(ganz) ? prozentAnteil(teil, ganz) : teil === null || ganz === null ? null : GESPERRT);

/** The tools for the figures of `d`, the lists they fill, and how a figure's number enters its title. */
export function figurbau(d: FaktencheckDaten, k: Kontext): { bau: Figurbau; liste: Omit<Abbildung, 'nr'>[]; entfallen: Entfallen[]; nummer: (nr: number) => void } {
	const fuss = [`Quelle: ${k.manifest.quelle}; Stichtag ${formatStichtag(k.stichtag)}.`, ...(k.manifest.beispieldaten ? [`${k.manifest.hinweis}.`] : [])];
	const fussnoten = (hinweise: string[] = []) => [`Stichtag: ${formatStichtag(k.stichtag)}`, `Quelle: ${k.manifest.quelle}`, ...(k.manifest.beispieldaten ? [`Hinweis: ${k.manifest.hinweis}`] : []), ...hinweise];
	const stadt = d.zaehlungen.filter((z) => z.code === GESAMTSTADT);
	const jetzt = stadt.find((z) => z.stichtag === k.stichtag)!;
	const wert = (z: Zaehlung, g: Zaehlgroesse) => alsZahl(angabe(z, g));
	const fehlend = (z: Zaehlung, gs: readonly Zaehlgroesse[]) => gs.filter((g) => angabe(z, g).art === 'fehlt');
	const aufgeschluesselt = hatAufschluesselung(k.manifest);
	const gruppen = (z: Zaehlung): Record<Status, Zahl> => {
		const e = wert(z, 'einwohner');
		const m = wert(z, 'mh');
		return {
			deutsch: istZahl(e) && istZahl(m) ? e - m : e === null || m === null ? null : GESPERRT,
			eingebuergert: wert(z, 'eingebuergert'),
			aussiedler: wert(z, 'aussiedler'),
			auslaender: wert(z, 'auslaender')
		};
	};
	// The figure's number goes into its title, so a downloaded figure still says which one it is.
	let praefix = '';
	const rahmen = (titel: string, inhalt: (m: Masse) => SVGSVGElement, legende?: { farbe: string; text: string }[], anmerkung?: string | null) => (m?: Partial<Masse>) =>
		gerahmt({ titel: `${praefix}${titel}`, untertitel: `${k.manifest.stadt}, Stichtag ${formatStichtag(k.stichtag)}`, legende, fuss: anmerkung ? [anmerkung, ...fuss] : fuss }, masse(m), inhalt);

	const liste: Omit<Abbildung, 'nr'>[] = [];
	const entfallen: Entfallen[] = [];
	return {
		bau: { d, k, stadt, jetzt, aufgeschluesselt, wert, fehlend, gruppen, fussnoten, rahmen, zeige: (a) => liste.push(a), entfaellt: (e) => entfallen.push(e) },
		liste,
		entfallen,
		nummer: (nr) => (praefix = `Abbildung ${nr}: `)
	};
}
