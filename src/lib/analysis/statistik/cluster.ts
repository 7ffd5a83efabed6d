/**
 * The cluster analysis the views show: LISA classes of every district after the multiple-testing
 * correction, and the global Moran's I. Withheld districts are left out before anything is computed
 * (they are neither values nor neighbours), and districts left without a neighbour are not tested.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Anteilszaehlung } from './zaehlungen';
import { nachbarschaft, type Gewichtsart } from './gewichte';
import { korrigiere, type Korrektur } from './mehrfachtests';
import { moranGlobal, moranLokal, STANDARD_PERMUTATIONEN, type MoranGlobal, type Quadrant } from './moran';
import { STATISTIK_SEED } from './zufall';
import { anteil } from '../../data/kennzahlregeln';
import { formatDezimal } from '../format';

export const SIGNIFIKANZNIVEAU = 0.05;

export type Clusterklasse = Quadrant | 'ns' | 'gesperrt' | 'ohne_nachbarn';

export const CLUSTER_LABEL: Record<Clusterklasse, string> = {
	HH: 'Hoch–Hoch (hoher Wert, hohe Nachbarn)',
	LL: 'Niedrig–Niedrig',
	HL: 'Hoch–Niedrig (Ausreißer nach oben)',
	LH: 'Niedrig–Hoch (Ausreißer nach unten)',
	ns: 'nicht signifikant',
	ohne_nachbarn: 'ohne Nachbarn (nicht getestet)',
	gesperrt: 'geheim gehalten (•), nicht einbezogen'
};

export interface Clusterbezirk {
	code: string;
	klasse: Clusterklasse;
	I: number | null;
	p: number | null;
	/** p after the correction. */
	pKorrigiert: number | null;
}

export interface Clusteranalyse {
	bezirke: Clusterbezirk[];
	global: MoranGlobal | null;
	/** Districts in the analysis (withheld ones left out). */
	n: number;
	permutationen: number;
	seed: number;
	korrektur: Korrektur;
}

export interface Clusteroptionen {
	art: Gewichtsart;
	korrektur: Korrektur;
	k?: number;
	permutationen?: number;
	seed?: number;
}

/** `flaechen[i]` is the polygon of `zaehlungen[i]`. */
export function clusteranalyse(zaehlungen: readonly Anteilszaehlung[], flaechen: readonly Feature<Polygon | MultiPolygon, unknown>[], o: Clusteroptionen): Clusteranalyse {
	const permutationen = o.permutationen ?? STANDARD_PERMUTATIONEN;
	const seed = o.seed ?? STATISTIK_SEED;
	const behalten = zaehlungen.flatMap((z, i) => (z.gesperrt || z.zaehler === null || !z.nenner ? [] : [i]));
	const werte = behalten.map((i) => anteil(zaehlungen[i].zaehler!, zaehlungen[i].nenner)!);
	const w = nachbarschaft(flaechen, o.art, behalten, o.k);
	const bezirke: Clusterbezirk[] = zaehlungen.map((z) => ({ code: z.code, klasse: 'gesperrt', I: null, p: null, pKorrigiert: null }));
	if (behalten.length < 3) return { bezirke, global: null, n: behalten.length, permutationen, seed, korrektur: o.korrektur };
	const lokal = moranLokal(werte, w, permutationen, seed);
	const korrigiert = korrigiere(lokal.map((l) => l.p), o.korrektur);
	behalten.forEach((i, k) => {
		const l = lokal[k];
		const q = korrigiert[k];
		const klasse: Clusterklasse = l.p === null ? 'ohne_nachbarn' : q !== null && q <= SIGNIFIKANZNIVEAU && l.quadrant ? l.quadrant : 'ns';
		bezirke[i] = { code: zaehlungen[i].code, klasse, I: l.I, p: l.p, pKorrigiert: q };
	});
	return { bezirke, global: moranGlobal(werte, w, permutationen, seed), n: behalten.length, permutationen, seed, korrektur: o.korrektur };
}

/**
 * What the number of districts means for the test, in plain German: with few districts, a
 * permutation test can reach a small p only for a very clear pattern, and the correction raises the bar.
 */
export function teststaerkeHinweis(n: number, korrektur: Korrektur): string {
	const schranke = korrektur === 'bonferroni' ? SIGNIFIKANZNIVEAU / n : null;
	const teil = `${n} Bezirke gehen in den Test ein. Jeder lokale Test vergleicht einen Bezirk nur mit seinen wenigen Nachbarn; bei so wenigen Flächen erkennt er nur deutliche Muster, und ein „nicht signifikant“ heißt nicht, dass es kein Muster gibt.`;
	return schranke === null ? teil : `${teil} Mit der Bonferroni-Korrektur muss ein Bezirk p ≤ ${formatDezimal(schranke, 4)} erreichen.`;
}
