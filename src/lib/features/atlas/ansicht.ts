/**
 * The atlas view as URL parameters, so that a copied link reproduces it (Rill's url-state idea). A link
 * always carries its Stichtag, so it keeps its meaning when newer data arrive. Parsing never fails:
 * a value that is not allowed falls back to the default and is reported (ersetzt), and values only the
 * loaded data can confirm (Stichtag, district) are checked again in `passeAn`.
 */
import { INDIKATOREN, indikator as findIndikator, STANDARD_INDIKATOR } from '../../data/indikatoren';
import { CODE_MUSTER } from '../../data/schema';
import { MAX_KLASSEN, METHODEN, METHODE_LABEL, MIN_KLASSEN, type Methode } from '../../analysis/klassifikation';
import { PALETTEN, SEQUENTIELL, type SequentiellePalette } from '../../analysis/farben';
import { formatStichtag } from '../../analysis/format';
import { BESCHRIFTUNGSARTEN, type Beschriftungsart } from '../../map/beschriftungsebene';
import { GLAETTUNG_LABEL, type Glaettung } from '../../analysis/statistik/anteilsstatistik';
import { alsParameter, UrlLeser, type Ersetzung, type UrlSeite } from '../../ui/url';
import { BERECHNETE, BERECHNETE_LABEL } from '../angebote/berechnet';
import { ANGEBOTE_SCHLUESSEL, leseAngebote, schreibeAngebote, type AngebotsAnsicht } from '../angebote/ansicht';

export type Darstellung = 'stand' | 'veraenderung';
/** The areas the atlas shows: the districts, or the Stadtteile they lie in (gebietsebene.svelte.ts). */
export const GEBIETSEBENEN = ['bezirk', 'stadtteil'] as const;
export type Gebietsebene = (typeof GEBIETSEBENEN)[number];
export const GEBIETSEBENE_LABEL: Record<Gebietsebene, string> = { bezirk: 'Stadtbezirke', stadtteil: 'Stadtteile' };
/** What the districts are coloured by: an indicator, or need against coverage (bivariate). */
export type Kartenart = 'indikator' | 'bivariat';

export interface AtlasAnsicht {
	karte: Kartenart;
	indikator: string;
	/** ISO date; null = latest Stichtag of the data. */
	stichtag: string | null;
	darstellung: Darstellung;
	/** Base of a change; null = the Stichtag before. */
	basis: string | null;
	methode: Methode;
	klassen: number;
	/** Inner class bounds the user fixed (ascending); null = from the method. */
	grenzen: number[] | null;
	palette: SequentiellePalette;
	/** Selected Stadtbezirk code, or null. */
	bezirk: string | null;
	beschriftung: Beschriftungsart;
	/** A share as counted or empirical-Bayes smoothed (map, table and Handlungsbedarf alike). */
	glaettung: Glaettung;
	/** The areas shown: the districts, or the Stadtteile they lie in. */
	ebene: Gebietsebene;
}

export const STANDARD_ANSICHT: AtlasAnsicht = {
	karte: 'indikator',
	indikator: STANDARD_INDIKATOR,
	stichtag: null,
	darstellung: 'stand',
	basis: null,
	methode: 'jenks',
	klassen: 5,
	grenzen: null,
	palette: 'ylgnbu',
	bezirk: null,
	beschriftung: 'nummern',
	glaettung: 'roh',
	ebene: 'bezirk'
};

const CODE = new RegExp(CODE_MUSTER);
const INDIKATOR_IDS = [...INDIKATOREN.map((i) => i.id), ...BERECHNETE];
const indikatorLabel = (id: string) => findIndikator(id)?.label ?? BERECHNETE_LABEL[id as (typeof BERECHNETE)[number]];

export function leseAnsicht(params: URLSearchParams): { ansicht: AtlasAnsicht; ersetzt: Ersetzung[] } {
	const u = new UrlLeser(params);
	const ansicht: AtlasAnsicht = {
		karte: u.wahl('m', ['indikator', 'bivariat'] as const, 'indikator', 'Karteninhalt', () => 'Indikator'),
		indikator: u.wahl('i', INDIKATOR_IDS, STANDARD_INDIKATOR, 'Indikator', indikatorLabel),
		stichtag: u.datum('t', 'Stichtag', 'der neueste Stichtag'),
		darstellung: u.wahl('d', ['stand', 'veraenderung'] as const, 'stand', 'Darstellung', () => 'Stand am Stichtag'),
		basis: u.datum('v', 'Vergleichsstichtag', 'der vorherige Stichtag'),
		methode: u.wahl('k', METHODEN, STANDARD_ANSICHT.methode, 'Klassenbildung', (m) => METHODE_LABEL[m]),
		klassen: u.ganzzahl('n', MIN_KLASSEN, MAX_KLASSEN, STANDARD_ANSICHT.klassen, 'Anzahl Klassen'),
		grenzen: leseGrenzen(u, params.get('kg')),
		palette: u.wahl('p', PALETTEN, STANDARD_ANSICHT.palette, 'Farbschema', (p) => SEQUENTIELL[p].label),
		bezirk: u.muster('b', CODE, 'Stadtbezirk', 'kein Bezirk ausgewählt'),
		beschriftung: u.wahl('l', BESCHRIFTUNGSARTEN, STANDARD_ANSICHT.beschriftung, 'Beschriftung', (b) => b),
		glaettung: u.wahl('gl', Object.keys(GLAETTUNG_LABEL) as Glaettung[], STANDARD_ANSICHT.glaettung, 'Glättung', (g) => GLAETTUNG_LABEL[g]),
		ebene: u.wahl('ge', GEBIETSEBENEN, STANDARD_ANSICHT.ebene, 'Gebiete', (e) => GEBIETSEBENE_LABEL[e])
	};
	return { ansicht, ersetzt: u.ersetzt };
}

export function ansichtParameter(a: AtlasAnsicht): [string, string | number | null][] {
	return [
		['m', a.karte === 'indikator' ? null : a.karte],
		['i', a.indikator],
		['t', a.stichtag],
		['d', a.darstellung],
		['v', a.basis],
		['k', a.methode],
		['n', a.klassen],
		['kg', a.grenzen ? a.grenzen.join(',') : null],
		['p', a.palette],
		['b', a.bezirk],
		['l', a.beschriftung],
		['gl', a.glaettung === 'roh' ? null : a.glaettung],
		['ge', a.ebene === 'bezirk' ? null : a.ebene]
	];
}

/** Fixed bounds: 1 to 8 ascending numbers ("20,30,40" in the URL). */
export function leseGrenzen(u: UrlLeser, roh: string | null): number[] | null {
	if (roh === null) return null;
	const zahlen = roh.split(',').map(Number);
	const gueltig = zahlen.length >= 1 && zahlen.length <= MAX_KLASSEN + 1 && zahlen.every((z, i) => Number.isFinite(z) && (i === 0 || z > zahlen[i - 1]));
	if (gueltig) return zahlen;
	u.ersetzt.push({ was: 'Klassengrenzen', wert: roh, stattdessen: 'aus der Klassenbildung' });
	return null;
}

export function schreibeAnsicht(a: AtlasAnsicht): URLSearchParams {
	return alsParameter(ansichtParameter(a));
}

/**
 * What the level allows: Stadtteile only where the districts lie in some; at their level only the
 * catalogue's indicators, since offers, coverage and need are computed per district.
 */
export function aufEbene(a: AtlasAnsicht, stadtteile: boolean): { ansicht: AtlasAnsicht; ersetzt: Ersetzung[] } {
	const ersetzt: Ersetzung[] = [];
	const neu = { ...a };
	if (neu.ebene === 'stadtteil' && !stadtteile) {
		ersetzt.push({ was: 'Gebiete', wert: GEBIETSEBENE_LABEL.stadtteil, stattdessen: `${GEBIETSEBENE_LABEL.bezirk} (die Daten nennen keine Stadtteile)` });
		neu.ebene = 'bezirk';
	}
	if (neu.ebene !== 'stadtteil') return { ansicht: neu, ersetzt };
	if (neu.karte !== 'indikator') {
		ersetzt.push({ was: 'Karteninhalt', wert: 'Bedarf × Erreichbarkeit', stattdessen: 'Indikator (für Stadtteile nicht berechnet)' });
		neu.karte = 'indikator';
	}
	if (!findIndikator(neu.indikator)) {
		ersetzt.push({ was: 'Indikator', wert: indikatorLabel(neu.indikator), stattdessen: `${indikatorLabel(STANDARD_INDIKATOR)} (für Stadtteile nicht berechnet)` });
		neu.indikator = STANDARD_INDIKATOR;
		neu.grenzen = null;
	}
	return { ansicht: neu, ersetzt };
}

/**
 * Checks what only the data can confirm: a Stichtag the data lack becomes the latest one, a base that
 * is not earlier than the Stichtag becomes the one before, an unknown district is deselected, and the
 * level is one the data have (aufEbene).
 */
export function passeAn(a: AtlasAnsicht, stichtage: readonly string[], bezirke: ReadonlySet<string>, stadtteile = false): { ansicht: AtlasAnsicht; ersetzt: Ersetzung[] } {
	const { ansicht: neu, ersetzt } = aufEbene(a, stadtteile);
	const letzter = stichtage.at(-1) ?? null;
	if (neu.stichtag === null || !stichtage.includes(neu.stichtag)) {
		if (neu.stichtag !== null) ersetzt.push({ was: 'Stichtag', wert: neu.stichtag, stattdessen: letzter ? formatStichtag(letzter) : '–' });
		neu.stichtag = letzter;
	}
	if (neu.basis !== null && (!stichtage.includes(neu.basis) || neu.stichtag === null || neu.basis >= neu.stichtag)) {
		ersetzt.push({ was: 'Vergleichsstichtag', wert: neu.basis, stattdessen: 'der vorherige Stichtag' });
		neu.basis = null;
	}
	if (neu.bezirk !== null && bezirke.size > 0 && !bezirke.has(neu.bezirk)) {
		ersetzt.push({ was: 'Stadtbezirk', wert: neu.bezirk, stattdessen: 'kein Bezirk ausgewählt' });
		neu.bezirk = null;
	}
	return { ansicht: neu, ersetzt };
}

/** The atlas's link: its own view and the offers' part, in one URL without a key of both. */
export interface AtlasLink {
	atlas: AtlasAnsicht;
	angebote: AngebotsAnsicht;
}

export const ATLAS_URL: UrlSeite<AtlasLink> = {
	pfad: '/',
	schluessel: {
		m: 'Karteninhalt',
		i: 'Indikator',
		t: 'Stichtag',
		d: 'Darstellung',
		v: 'Vergleichsstichtag',
		k: 'Klassenbildung',
		n: 'Anzahl Klassen',
		kg: 'Klassengrenzen',
		p: 'Farbschema',
		b: 'Stadtbezirk',
		l: 'Beschriftung',
		gl: 'Glättung',
		ge: 'Gebiete',
		...ANGEBOTE_SCHLUESSEL
	},
	lese(u) {
		const atlas = leseAnsicht(u.params);
		const angebote = leseAngebote(u.params);
		u.ersetzt.push(...atlas.ersetzt, ...angebote.ersetzt);
		return { atlas: atlas.ansicht, angebote: angebote.ansicht };
	},
	schreibe: (w) => [...ansichtParameter(w.atlas), ...schreibeAngebote(w.angebote)]
};
