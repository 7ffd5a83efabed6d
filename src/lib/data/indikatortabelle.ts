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
}

export const INDIKATORTABELLE_SQL = `SELECT stichtag, indikator, code, wert FROM indikator_wert ORDER BY stichtag, indikator, code`;

export async function frageIndikatortabelle(db: Database): Promise<Indikatortabelle> {
	const zeilen = await db.query<{ stichtag: string; indikator: string; code: string; wert: number | null }>(INDIKATORTABELLE_SQL);
	return indikatortabelleAus(zeilen);
}

export function indikatortabelleAus(zeilen: readonly { stichtag: string; indikator: string; code: string; wert: number | null }[]): Indikatortabelle {
	const stichtage = [...new Set(zeilen.map((z) => z.stichtag))].sort();
	const indikatoren = [...new Set(zeilen.map((z) => z.indikator))].sort();
	const codes = [...new Set(zeilen.map((z) => z.code))].sort();
	const si = new Map(stichtage.map((s, k) => [s, k]));
	const ii = new Map(indikatoren.map((s, k) => [s, k]));
	const ci = new Map(codes.map((s, k) => [s, k]));
	const werte: (number | null)[] = new Array(stichtage.length * indikatoren.length * codes.length).fill(null);
	for (const z of zeilen) werte[(si.get(z.stichtag)! * indikatoren.length + ii.get(z.indikator)!) * codes.length + ci.get(z.code)!] = z.wert;
	return { stichtage, codes, indikatoren, werte };
}
