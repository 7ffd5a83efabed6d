/**
 * What the atlas shows of a share beyond the raw value: the empirical-Bayes smoothed value (map, table,
 * Handlungsbedarf), the Wilson interval and rank span (table, profile) and whether a change between two
 * Stichtage lies within random variation (change map, table). Everything rests on anteilszaehlungen, so
 * a withheld district keeps its marker, gets no value and enters no other district's figure.
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { GESAMTSTADT } from '../../data/schema';
import { werteFuer, type IndikatorWert } from '../indikatorwerte';
import { anteilNach, anteilsstatistik, intervalleUndRaenge, veraenderungsintervall, type Glaettung, type Veraenderungsintervall } from './anteilsstatistik';
import { nachbarschaft, type Nachbarschaft } from './gewichte';
import type { Rangspanne } from './rangstabilitaet';
import type { Intervall } from './wilson';
import { anteilszaehlungen, istAnteil } from './zaehlungen';

/** The districts of the table in the order of anteilszaehlungen (GESAMTSTADT left out). */
export const bezirkscodes = (t: Indikatortabelle) => t.codes.filter((c) => c !== GESAMTSTADT);

/**
 * Queen neighbours of the table's districts, by their index among `bezirkscodes`; a district the
 * boundaries lack has none (its spatial smoothing then falls back on its own share).
 */
export function queenNachbarn(t: Indikatortabelle, geometrie: Bezirksgeometrie | null): Nachbarschaft {
	const codes = bezirkscodes(t);
	const aus: Nachbarschaft = codes.map(() => []);
	if (!geometrie) return aus;
	const stelle = codes.map((c) => geometrie.features.findIndex((f) => f.properties.code === c));
	const da = stelle.flatMap((k, i) => (k < 0 ? [] : [i]));
	const nb = nachbarschaft(
		da.map((i) => geometrie.features[stelle[i]]),
		'queen'
	);
	da.forEach((i, j) => (aus[i] = nb[j].map((m) => da[m])));
	return aus;
}

/**
 * The indicator's values as werteFuer gives them, with each district's share replaced by the smoothed
 * one; a change is the difference of the smoothed shares. The city value stays as counted (smoothing
 * is about small districts). Withheld districts keep their marker and no value.
 */
export function geglaetteteWerte(t: Indikatortabelle, stichtag: string, indikatorId: string, glaettung: Glaettung, nachbarn: Nachbarschaft, basis: string | null): IndikatorWert[] {
	const roh = werteFuer(t, stichtag, indikatorId, basis);
	if (glaettung === 'roh' || !istAnteil(indikatorId)) return roh;
	const codes = bezirkscodes(t);
	// The global smoother needs no neighbours; a caller of it may pass none.
	const nb = codes.map((_, i) => nachbarn[i] ?? []);
	const jetzt = anteilsstatistik(anteilszaehlungen(t, stichtag, indikatorId), nb);
	const vorher = basis ? anteilsstatistik(anteilszaehlungen(t, basis, indikatorId), nb) : null;
	const neu = new Map(
		codes.map((c, i) => {
			const w = anteilNach(jetzt[i], glaettung);
			const v = vorher ? anteilNach(vorher[i], glaettung) : null;
			return [c, { wert: w, veraenderung: w === null || v === null ? null : w - v }];
		})
	);
	// A change is withheld when either Stichtag's value is (werteFuer's marker); the level only with its own.
	return roh.map((r) => (r.code === GESAMTSTADT ? r : { ...r, ...neu.get(r.code)!, ...(r.sperre ? { veraenderung: null } : {}) }));
}

export interface Anteilsdetail {
	/** 95 % Wilson interval of the share as counted, in percent. */
	intervall: Intervall | null;
	rang: Rangspanne | null;
	/** The change since `basis` with its Newcombe interval; null without a base. */
	veraenderung: Veraenderungsintervall | null;
}

/** Interval, rank span and change interval per district code; empty for an indicator that is no share. */
export function anteilsdetails(t: Indikatortabelle, stichtag: string, indikatorId: string, basis: string | null): Map<string, Anteilsdetail> {
	if (!istAnteil(indikatorId) || !t.stichtage.includes(stichtag)) return new Map();
	const z = anteilszaehlungen(t, stichtag, indikatorId);
	const vorher = basis && t.stichtage.includes(basis) ? anteilszaehlungen(t, basis, indikatorId) : null;
	const s = intervalleUndRaenge(z);
	return new Map(z.map((x, i) => [x.code, { intervall: s[i].intervall, rang: s[i].rang, veraenderung: vorher ? veraenderungsintervall(x, vorher[i]) : null }]));
}

/** Districts whose change lies within random variation (its 95 % interval includes zero). */
export function zufallsschwankung(details: ReadonlyMap<string, Anteilsdetail>): Set<string> {
	return new Set([...details].flatMap(([code, d]) => (d.veraenderung?.zufall ? [code] : [])));
}
