/**
 * Catchment coverage: which people live within a walking distance of at least one offer, per district
 * and for the city, and how far the nearest offer is (population-weighted median). Walking distance
 * is the straight line times a detour factor (no street network can be loaded offline); the distance
 * function is the one place to replace for a network distance later.
 * The nearest offer of every residential point comes from a spatial index (Flatbush), not from an
 * all-pairs loop: about 5 000 points against 1 000 offers take a few milliseconds.
 * These are the raw estimates; views show them only through the rule in schaetzschutz.ts.
 */
import Flatbush from 'flatbush';
import type { Bevoelkerungspunkte } from './bevoelkerungspunkte';
import type { Gruppe } from './zielgruppen';
import { formatDezimal } from './format';

export interface Standort {
	x: number;
	y: number;
}

export interface Reichweite {
	/** Walking distance the user sets (metres). */
	distanzM: number;
	/** Walking distance = straight line × this factor. */
	umwegfaktor: number;
}

export const STANDARD_REICHWEITE: Reichweite = { distanzM: 500, umwegfaktor: 1.3 };
export const DISTANZ_GRENZEN = { min: 200, max: 2000, schritt: 50 };
export const UMWEG_GRENZEN = { min: 1, max: 2, schritt: 0.05 };

/** Walking distance from a straight-line one. */
export function fussweg(luftlinieM: number, r: Reichweite): number {
	return luftlinieM * r.umwegfaktor;
}

/** The rule in words, wherever a walking distance is stated ("Luftlinie × 1,3"). */
export const fusswegRegel = (r: Reichweite) => `Luftlinie × ${formatDezimal(r.umwegfaktor)}`;

/** Straight-line radius that a walking distance reaches. */
export function luftlinienradius(r: Reichweite): number {
	return r.distanzM / r.umwegfaktor;
}

/** Straight-line distance (m) from every residential point to its nearest offer; Infinity without offers. */
export function naechsteEntfernung(p: Bevoelkerungspunkte, standorte: readonly Standort[]): Float64Array {
	const ergebnis = new Float64Array(p.n).fill(Infinity);
	if (standorte.length === 0) return ergebnis;
	const index = new Flatbush(standorte.length);
	for (const s of standorte) index.add(s.x, s.y, s.x, s.y);
	index.finish();
	for (let i = 0; i < p.n; i++) {
		const [j] = index.neighbors(p.x[i], p.y[i], 1);
		ergebnis[i] = Math.hypot(standorte[j].x - p.x[i], standorte[j].y - p.y[i]);
	}
	return ergebnis;
}

export interface Abdeckung {
	/** People of the group in the area. */
	gesamt: number;
	/** Of them within reach of an offer. */
	erreicht: number;
	/** Per cent reached; null without people. */
	anteil: number | null;
	/** Population-weighted median walking distance to the nearest offer (m); null without people or offers. */
	medianM: number | null;
	/** Residential points where the group lives (the protection's minimum for distances counts them). */
	orte: number;
}

export interface Erreichbarkeit {
	gruppe: Gruppe;
	je: Map<string, Abdeckung>;
	stadt: Abdeckung;
}

/** A millimetre of slack, so a point exactly at the distance is not lost to rounding in the projection. */
const TOLERANZ_M = 0.001;

export function inReichweite(wegM: number, r: Reichweite): boolean {
	return wegM <= r.distanzM + TOLERANZ_M;
}

function abdeckung(indizes: readonly number[], w: Float64Array, weg: Float64Array, r: Reichweite): Abdeckung {
	let gesamt = 0;
	let erreicht = 0;
	for (const i of indizes) {
		gesamt += w[i];
		if (inReichweite(weg[i], r)) erreicht += w[i];
	}
	if (gesamt <= 0) return { gesamt: 0, erreicht: 0, anteil: null, medianM: null, orte: 0 };
	const sortiert = indizes.filter((i) => w[i] > 0).sort((a, b) => weg[a] - weg[b]);
	let kumuliert = 0;
	let medianM: number | null = null;
	for (const i of sortiert) {
		kumuliert += w[i];
		if (kumuliert >= gesamt / 2) {
			medianM = Number.isFinite(weg[i]) ? weg[i] : null;
			break;
		}
	}
	return { gesamt, erreicht, anteil: (100 * erreicht) / gesamt, medianM, orte: sortiert.length };
}

/** Coverage of `gruppe` per district and for the city, from the straight-line distances to the nearest offer. */
export function erreichbarkeit(p: Bevoelkerungspunkte, luftlinie: Float64Array, gruppe: Gruppe, r: Reichweite): Erreichbarkeit {
	const weg = luftlinie.map((d) => fussweg(d, r));
	const w = p.gewicht[gruppe];
	const jeBezirk: number[][] = p.codes.map(() => []);
	for (let i = 0; i < p.n; i++) jeBezirk[p.bezirk[i]].push(i);
	const je = new Map<string, Abdeckung>();
	p.codes.forEach((code, b) => {
		if (!p.ohneOrte.includes(code)) je.set(code, abdeckung(jeBezirk[b], w, weg, r));
	});
	return { gruppe, je, stadt: abdeckung(Array.from({ length: p.n }, (_, i) => i), w, weg, r) };
}
