/**
 * Where the people of each district live, as weighted points in the city's metric plane: the data
 * set's residential points (a generated grid, or address points or Baublöcke a city imports), scaled
 * so that every district's points add up exactly to its count of each group at the chosen Stichtag.
 * A point's own group counts give the spread within the district; where a district's points carry
 * no count of a group, the group is spread like the inhabitants (and marked as estimated).
 */
import type { Gruppenzahlen, WohnortZeile } from '../data/abfragen/angebote';
import { zuMetern, type Ebene } from './projektion';
import { GRUPPE_IDS, type Gruppe } from './zielgruppen';

export interface Bevoelkerungspunkte {
	n: number;
	x: Float64Array;
	y: Float64Array;
	/** Index into `codes` of each point's district. */
	bezirk: Int32Array;
	codes: string[];
	/** Persons of each group at each point (scaled to the district counts). */
	gewicht: Record<Gruppe, Float64Array>;
	/** Districts with inhabitants but no residential point: their coverage is unknown. */
	ohneOrte: string[];
	/** Groups spread like the inhabitants in at least one district (no counts at its points). */
	geschaetzt: Set<Gruppe>;
}

export function bevoelkerungspunkte(zeilen: readonly WohnortZeile[], zahlen: ReadonlyMap<string, Gruppenzahlen>, ebene: Ebene): Bevoelkerungspunkte {
	const codes = [...zahlen.keys()];
	const index = new Map(codes.map((c, i) => [c, i]));
	const punkte = zeilen.filter((z) => index.has(z.stadtbezirk));
	const n = punkte.length;
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	const bezirk = new Int32Array(n);
	const jeBezirk: number[][] = codes.map(() => []);
	punkte.forEach((p, i) => {
		[x[i], y[i]] = zuMetern(ebene, p.lon, p.lat);
		bezirk[i] = index.get(p.stadtbezirk)!;
		jeBezirk[bezirk[i]].push(i);
	});
	const geschaetzt = new Set<Gruppe>();
	const gewicht = {} as Record<Gruppe, Float64Array>;
	for (const g of GRUPPE_IDS) {
		const w = new Float64Array(n);
		codes.forEach((code, b) => {
			const liste = jeBezirk[b];
			const soll = zahlen.get(code)![g] ?? 0;
			if (liste.length === 0 || soll === 0) return;
			const eigene = g !== 'einwohner' && liste.every((i) => punkte[i].gruppen[g] !== null);
			if (g !== 'einwohner' && !eigene) geschaetzt.add(g);
			let roh = liste.map((i) => (eigene ? punkte[i].gruppen[g as Exclude<Gruppe, 'einwohner'>]! : punkte[i].einwohner));
			// A district whose points name nobody of the group still has its people somewhere.
			if (roh.every((v) => v === 0)) roh = liste.map((i) => punkte[i].einwohner);
			if (roh.every((v) => v === 0)) roh = liste.map(() => 1);
			const summe = roh.reduce((a, v) => a + v, 0);
			liste.forEach((i, k) => (w[i] = (roh[k] * soll) / summe));
		});
		gewicht[g] = w;
	}
	const ohneOrte = codes.filter((c, b) => jeBezirk[b].length === 0 && (zahlen.get(c)!.einwohner ?? 0) > 0);
	return { n, x, y, bezirk, codes, gewicht, ohneOrte, geschaetzt };
}
