/**
 * How stable a rank of the Handlungsbedarf ranking is. The ranking is recomputed for replicates in which
 * every share entering the need index is drawn anew from its sampling variation: the count x of n as a
 * normal draw around x with the binomial variance of Agresti–Coull's p̃ = (x + 2)/(n + 4), so that 0 %
 * and 100 % vary too. Each replicate standardises the components again, as bedarf.ts does. Coverage
 * comes from the modelled residences, not from a sample, and stays fixed. The span is the 2.5th to the
 * 97.5th percentile of the ranks a district takes, with the fixed seed of all statistics.
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { GESAMTSTADT } from '../../data/schema';
import type { Komponente } from '../bedarf';
import type { IndikatorWert } from '../indikatorwerte';
import { anteilszaehlungen, istAnteil, type Anteilszaehlung } from './zaehlungen';
import { STATISTIK_SEED, zufallszahlen } from './zufall';

export const REPLIKATE = 500;

export interface Bedarfskomponente {
	gewicht: number;
	/** The value the need index uses per district code (percent for a share); null where it has none. */
	werte: ReadonlyMap<string, number | null>;
	/** The counts behind a share; null for a component that is no share (it then stays fixed). */
	zaehlungen: readonly Anteilszaehlung[] | null;
}

export interface Rangbereich {
	bester: number;
	schlechtester: number;
}

function normal(zufall: () => number): () => number {
	return () => Math.sqrt(-2 * Math.log(1 - zufall())) * Math.cos(2 * Math.PI * zufall());
}

/** Standard error of a share in percentage points; 0 without counts. */
function streuung(z: Anteilszaehlung | undefined): number {
	if (!z || z.gesperrt || z.zaehler === null || z.nenner === null || z.nenner <= 0) return 0;
	const p = (z.zaehler + 2) / (z.nenner + 4);
	return 100 * Math.sqrt((p * (1 - p)) / z.nenner);
}

/**
 * `codes`: the ranked districts (in rank order); `zNichtErreicht`: their fixed coverage term. Returns
 * each district's span of ranks (1 = highest need).
 */
export function bedarfsrangbereiche(
	codes: readonly string[],
	zNichtErreicht: ReadonlyMap<string, number>,
	komponenten: readonly Bedarfskomponente[],
	replikate = REPLIKATE,
	seed = STATISTIK_SEED
): Map<string, Rangbereich> {
	const gauss = normal(zufallszahlen(seed));
	const summe = komponenten.reduce((a, k) => a + k.gewicht, 0);
	const teile = komponenten.map((k) => {
		const je = new Map((k.zaehlungen ?? []).map((z) => [z.code, z]));
		const mit = [...k.werte].flatMap(([code, w]) => (w === null ? [] : [{ code, w, sd: streuung(je.get(code)) }]));
		return { gewicht: k.gewicht, mit, stelle: new Map(mit.map((m, i) => [m.code, i])) };
	});
	const raenge = codes.map(() => new Int32Array(replikate));
	const gezogen = teile.map((t) => new Float64Array(t.mit.length));
	const wert = new Float64Array(codes.length);
	const ordnung = codes.map((_, i) => i);
	for (let r = 0; r < replikate; r++) {
		const z = teile.map((t, k) => {
			const x = gezogen[k];
			let s = 0;
			t.mit.forEach((m, i) => (s += x[i] = m.w + m.sd * gauss()));
			const mittel = s / (x.length || 1);
			let q = 0;
			for (const v of x) q += (v - mittel) ** 2;
			const sd = Math.sqrt(q / (x.length || 1));
			return (code: string) => (sd === 0 ? 0 : (x[t.stelle.get(code)!] - mittel) / sd);
		});
		codes.forEach((code, i) => {
			let b = 0;
			teile.forEach((t, k) => (b += t.gewicht * z[k](code)));
			wert[i] = b / summe + (zNichtErreicht.get(code) ?? 0);
		});
		ordnung.sort((a, b) => wert[b] - wert[a] || a - b);
		ordnung.forEach((i, rang) => (raenge[i][r] = rang + 1));
	}
	const unten = Math.floor(0.025 * replikate);
	const oben = Math.max(unten, Math.ceil(0.975 * replikate) - 1);
	return new Map(
		codes.map((code, i) => {
			const rs = raenge[i].sort();
			// The rank shown is always inside its span, whatever the draws.
			return [code, { bester: Math.min(rs[unten], i + 1), schlechtester: Math.max(rs[oben], i + 1) }];
		})
	);
}

/** The components as the need index used them (`werte` per indicator); a withheld value enters none. */
export function bedarfskomponenten(t: Indikatortabelle, stichtag: string, werte: ReadonlyMap<string, readonly IndikatorWert[]>, komponenten: readonly Komponente[]): Bedarfskomponente[] {
	return komponenten.map((k) => ({
		gewicht: k.gewicht,
		werte: new Map((werte.get(k.indikator) ?? []).flatMap((w) => (w.code === GESAMTSTADT ? [] : [[w.code, w.sperre ? null : w.wert] as const]))),
		zaehlungen: istAnteil(k.indikator) ? anteilszaehlungen(t, stichtag, k.indikator) : null
	}));
}
