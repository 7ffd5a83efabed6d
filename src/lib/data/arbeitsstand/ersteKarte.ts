/**
 * The first-paint table of the own data: the districts and the indicator table, computed by DuckDB
 * when the own data are taken over and kept beside them, as the build prepares them for the default
 * data set (laden/vorbereitet.ts). After a reload the first map is painted from it while DuckDB still
 * starts and loads the tables. It belongs to exactly one state of the own data: any other import,
 * removal or setting (a threshold!) makes it unusable, and then it is computed afresh.
 */
import type { DatensatzManifest } from '../manifest';
import { istIndikatortabelle, type Indikatortabelle } from '../indikatortabelle';
import type { Stadtbezirk } from '../schema';
import type { Arbeitsstand } from './arbeitsstand';

export interface ErsteKarte {
	stadtbezirke: Stadtbezirk[];
	indikatortabelle: Indikatortabelle;
	/** The Stadtteile's table (data/abfragen/stadtteile.ts), where the districts lie in some. */
	stadtteiltabelle?: Indikatortabelle;
}

export interface GespeicherteErsteKarte extends ErsteKarte {
	schluessel: string;
}

/** A handed-on workspace's published tables, as a short FNV-1a hash of their text. */
function fingerabdruck(v: NonNullable<Arbeitsstand['veroeffentlicht']>): string {
	let h = 0x811c9dc5;
	for (const t of Object.keys(v.tabellen).sort()) for (let i = 0; i < v.tabellen[t as keyof typeof v.tabellen].length; i++) h = Math.imul(h ^ v.tabellen[t as keyof typeof v.tabellen].charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}

/**
 * What the table depends on: every source (by id and import time), the settings, the parts left out,
 * the published tables a handed-on workspace brought, and the built-in data set whose files fill the gaps.
 */
export function schluesselVon(a: Arbeitsstand, standard: Pick<DatensatzManifest, 'id' | 'stichtage' | 'dateien'>): string {
	return JSON.stringify([a.quellen.map((q) => `${q.id}@${q.importiert}`), a.einstellungen, [...a.ohne].sort(), !!a.eigeneStadt, standard.id, standard.stichtage, standard.dateien, a.veroeffentlicht ? fingerabdruck(a.veroeffentlicht) : null]);
}

/** A stored table is used only for the same state and only if it has the shape the views read. */
export function pruefeErsteKarte(roh: unknown, schluessel: string): ErsteKarte | null {
	if (typeof roh !== 'object' || roh === null) return null;
	const v = roh as Partial<GespeicherteErsteKarte>;
	const gueltig =
		v.schluessel === schluessel &&
		Array.isArray(v.stadtbezirke) &&
		v.stadtbezirke.every((b) => typeof b?.code === 'string' && typeof b?.name === 'string') &&
		istIndikatortabelle(v.indikatortabelle) &&
		(v.stadtteiltabelle === undefined || istIndikatortabelle(v.stadtteiltabelle));
	return gueltig ? { stadtbezirke: v.stadtbezirke!, indikatortabelle: v.indikatortabelle!, ...(v.stadtteiltabelle ? { stadtteiltabelle: v.stadtteiltabelle } : {}) } : null;
}
