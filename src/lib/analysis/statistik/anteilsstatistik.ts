/**
 * Per district, everything the views show about how sure a share is: the raw share, the global and the
 * spatial empirical-Bayes smoothed share, the Wilson interval, the span of its rank. Withheld districts
 * get none of these and enter no other district's figure (see zaehlungen.ts).
 */
import { anteil } from '../../data/kennzahlregeln';
import type { Anteilszaehlung } from './zaehlungen';
import { ebGlobal, ebRaeumlich } from './ebGlaettung';
import type { Nachbarschaft } from './gewichte';
import { rangspannen, type Rangspanne } from './rangstabilitaet';
import { newcombe, imRahmenDerZufallsschwankung, wilson, type Intervall } from './wilson';

/** Which share a view shows: the raw one or a smoothed one. */
export type Glaettung = 'roh' | 'eb_global' | 'eb_raeumlich';

export const GLAETTUNG_LABEL: Record<Glaettung, string> = {
	roh: 'Rohwert',
	eb_global: 'geglättet (Empirical Bayes, global)',
	eb_raeumlich: 'geglättet (Empirical Bayes, räumlich)'
};

export const GLAETTUNG_METHODE: Record<Glaettung, string> = {
	roh: 'Anteil wie gezählt.',
	eb_global: 'Empirical-Bayes-Glättung wie in GeoDa: der Anteil eines Bezirks wird umso stärker zum Anteil aller Bezirke gezogen, je weniger Menschen er umfasst.',
	eb_raeumlich: 'Räumliche Empirical-Bayes-Glättung wie in GeoDa: Bezugswert ist der Anteil des Bezirks und seiner Nachbarn (Queen-Nachbarschaft).'
};

export interface Anteilsstatistik {
	code: string;
	/** Shares in percent (0–100); null when withheld. */
	roh: number | null;
	ebGlobal: number | null;
	ebRaeumlich: number | null;
	/** 95 % Wilson interval, in percent. */
	intervall: Intervall | null;
	rang: Rangspanne | null;
	gesperrt: boolean;
	/** People the share rests on. */
	nenner: number | null;
}

const prozent = (v: number | null) => (v === null ? null : 100 * v);

/**
 * The raw share, its Wilson interval and the span of its rank, by index of `zaehlungen`: what the
 * table and the profile show of every share, without the smoothing they need only when it is chosen.
 */
export function intervalleUndRaenge(zaehlungen: readonly Anteilszaehlung[]): Pick<Anteilsstatistik, 'roh' | 'intervall' | 'rang'>[] {
	const intervalle = zaehlungen.map((z) => {
		const w = z.zaehler === null || z.nenner === null ? null : wilson(z.zaehler, z.nenner);
		return w && { unten: 100 * w.unten, oben: 100 * w.oben };
	});
	const roh = zaehlungen.map((z) => (z.zaehler === null ? null : anteil(z.zaehler, z.nenner)));
	const raenge = rangspannen(roh, intervalle);
	return zaehlungen.map((_, i) => ({ roh: roh[i], intervall: intervalle[i], rang: raenge[i] }));
}

/** `nachbarn` by index of `zaehlungen` (Queen by default, as GeoDa's spatial smoother). */
export function anteilsstatistik(zaehlungen: readonly Anteilszaehlung[], nachbarn: Nachbarschaft): Anteilsstatistik[] {
	const glob = ebGlobal(zaehlungen);
	const raum = ebRaeumlich(zaehlungen, nachbarn);
	const ir = intervalleUndRaenge(zaehlungen);
	return zaehlungen.map((z, i) => ({
		code: z.code,
		roh: ir[i].roh,
		ebGlobal: prozent(glob[i]),
		ebRaeumlich: prozent(raum[i]),
		intervall: ir[i].intervall,
		rang: ir[i].rang,
		gesperrt: z.gesperrt,
		nenner: z.nenner
	}));
}

export function anteilNach(s: Anteilsstatistik, g: Glaettung): number | null {
	return g === 'roh' ? s.roh : g === 'eb_global' ? s.ebGlobal : s.ebRaeumlich;
}

export interface Veraenderungsintervall {
	/** In percentage points. */
	intervall: Intervall;
	zufall: boolean;
}

/** The change of a district's share between two Stichtage with its Newcombe interval (percentage points). */
export function veraenderungsintervall(jetzt: Anteilszaehlung, vorher: Anteilszaehlung): Veraenderungsintervall | null {
	if (jetzt.gesperrt || vorher.gesperrt || jetzt.zaehler === null || jetzt.nenner === null || vorher.zaehler === null || vorher.nenner === null) return null;
	const d = newcombe(jetzt.zaehler, jetzt.nenner, vorher.zaehler, vorher.nenner);
	if (!d) return null;
	const intervall = { unten: 100 * d.unten, oben: 100 * d.oben };
	return { intervall, zufall: imRahmenDerZufallsschwankung(intervall) };
}
