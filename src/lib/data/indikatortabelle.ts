/**
 * Every indicator for every Stadtbezirk, the city and every Stichtag: a few thousand numbers. It is
 * what the atlas's map, legend, table and profile read, so every one of their interactions works
 * without a query; a prepared data set ships it (computed at build time by the same SQL), otherwise
 * DuckDB answers it once after loading.
 */
import type { Database } from './database';

export interface Indikatortabelle {
	stichtage: string[];
	/** District codes and GESAMTSTADT. */
	codes: string[];
	indikatoren: string[];
	/** Value of (stichtag s, indikator i, code c) at (s · indikatoren + i) · codes + c; null = no value. */
	werte: (number | null)[];
	/** Why a value is withheld, at the same index (see Sperre); null = not withheld. */
	sperren: (Sperre | null)[];
}

/**
 * Statistical confidentiality: "wert" = computed from a count below the threshold (or one that would
 * reveal such a count); "bezirk" = a share of a district below the minimum population.
 */
export type Sperre = 'wert' | 'bezirk';

interface Zeile {
	stichtag: string;
	indikator: string;
	code: string;
	wert: number | null;
	sperre: Sperre | null;
}

/** A table that arrives as a file (prepared, stored) is read only if it has the shape the views read. */
export function istIndikatortabelle(t: unknown): t is Indikatortabelle {
	if (typeof t !== 'object' || t === null) return false;
	const x = t as Partial<Indikatortabelle>;
	return (
		Array.isArray(x.stichtage) &&
		Array.isArray(x.codes) &&
		Array.isArray(x.indikatoren) &&
		Array.isArray(x.werte) &&
		Array.isArray(x.sperren) &&
		x.werte.length === x.stichtage.length * x.codes.length * x.indikatoren.length &&
		x.sperren.length === x.werte.length
	);
}

export const INDIKATORTABELLE_SQL = `SELECT stichtag, indikator, code, wert, sperre FROM indikator_wert ORDER BY stichtag, indikator, code`;

export async function frageIndikatortabelle(db: Database): Promise<Indikatortabelle> {
	return indikatortabelleAus(await db.query<Zeile>(INDIKATORTABELLE_SQL));
}

export function indikatortabelleAus(zeilen: readonly Zeile[]): Indikatortabelle {
	const stichtage = [...new Set(zeilen.map((z) => z.stichtag))].sort();
	const indikatoren = [...new Set(zeilen.map((z) => z.indikator))].sort();
	const codes = [...new Set(zeilen.map((z) => z.code))].sort();
	const si = new Map(stichtage.map((s, k) => [s, k]));
	const ii = new Map(indikatoren.map((s, k) => [s, k]));
	const ci = new Map(codes.map((s, k) => [s, k]));
	const n = stichtage.length * indikatoren.length * codes.length;
	const werte: (number | null)[] = new Array(n).fill(null);
	const sperren: (Sperre | null)[] = new Array(n).fill(null);
	for (const z of zeilen) {
		const k = (si.get(z.stichtag)! * indikatoren.length + ii.get(z.indikator)!) * codes.length + ci.get(z.code)!;
		werte[k] = z.wert;
		sperren[k] = z.sperre ?? null;
	}
	return { stichtage, codes, indikatoren, werte, sperren };
}
