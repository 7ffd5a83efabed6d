/**
 * Reading the indicator table: one indicator's values at a Stichtag for every district and the city,
 * with the change against a base Stichtag the user picks (a difference of the two values: percentage
 * points for shares). Pure functions over the table, so the map, legend, table and profile agree.
 */
import type { Indikatortabelle, Sperre } from '../data/indikatortabelle';
import { GESAMTSTADT } from '../data/schema';

export interface IndikatorWert {
	code: string;
	wert: number | null;
	/** Change against the base Stichtag; null without a base or without both values. */
	veraenderung: number | null;
	/** Withheld for confidentiality (shown as "•"); a change is withheld when either value is. */
	sperre?: Sperre | null;
}

// A code's position, looked up once per table: searching the list for every value made reading one
// indicator for all 1 000 areas of an own city a million comparisons (about 100 ms per indicator switch).
const codeStellen = new WeakMap<readonly string[], { laenge: number; stellen: Map<string, number> }>();

function codeStelle(codes: readonly string[], code: string): number {
	let index = codeStellen.get(codes);
	if (!index || index.laenge !== codes.length) {
		const stellen = new Map<string, number>();
		codes.forEach((c, k) => {
			if (!stellen.has(c)) stellen.set(c, k);
		});
		index = { laenge: codes.length, stellen };
		codeStellen.set(codes, index);
	}
	return index.stellen.get(code) ?? -1;
}

/** Where (stichtag, indikator, code) stands in the table's flat arrays; -1 if the table lacks it. */
function stelle(t: Indikatortabelle, stichtag: string, indikator: string, code: string): number {
	const s = t.stichtage.indexOf(stichtag);
	const i = t.indikatoren.indexOf(indikator);
	const c = codeStelle(t.codes, code);
	return s < 0 || i < 0 || c < 0 ? -1 : (s * t.indikatoren.length + i) * t.codes.length + c;
}

/** Why the value of (stichtag, indikator, code) is withheld, if it is. */
export function sperreAus(t: Indikatortabelle, stichtag: string, indikator: string, code: string): Sperre | null {
	const k = stelle(t, stichtag, indikator, code);
	return k < 0 ? null : t.sperren[k];
}

export function wertAus(t: Indikatortabelle, stichtag: string, indikator: string, code: string): number | null {
	const k = stelle(t, stichtag, indikator, code);
	return k < 0 ? null : t.werte[k];
}

/** Values of every code (districts and GESAMTSTADT) in the table's code order. */
export function werteFuer(t: Indikatortabelle, stichtag: string, indikator: string, basis: string | null = null): IndikatorWert[] {
	const s = t.stichtage.indexOf(stichtag);
	const b = basis === null ? -1 : t.stichtage.indexOf(basis);
	const i = t.indikatoren.indexOf(indikator);
	if (s < 0 || i < 0) return [];
	const n = t.codes.length;
	const zeile = (k: number) => (k * t.indikatoren.length + i) * n;
	return t.codes.map((code, c) => {
		const wert = t.werte[zeile(s) + c];
		const vorher = b < 0 ? null : t.werte[zeile(b) + c];
		const sperre = t.sperren[zeile(s) + c] ?? (b < 0 ? null : t.sperren[zeile(b) + c]);
		return { code, wert, veraenderung: wert === null || vorher === null ? null : wert - vorher, sperre };
	});
}

/** The Stichtag before `stichtag`, the default base of a change; null for the first. */
export function vorherigerStichtag(stichtage: readonly string[], stichtag: string): string | null {
	const k = stichtage.indexOf(stichtag);
	return k > 0 ? stichtage[k - 1] : null;
}

/** City values of every indicator at a Stichtag. */
export function stadtwerte(t: Indikatortabelle, stichtag: string): Map<string, number | null> {
	return new Map(t.indikatoren.map((i) => [i, wertAus(t, stichtag, i, GESAMTSTADT)]));
}
