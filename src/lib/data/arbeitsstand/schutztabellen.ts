/**
 * The protected tables of the own data: every table a view reads, as the joint protection left them,
 * computed once when the own data are taken over and kept beside them (as the build prepares them for
 * the default data set, laden/vorbereitet.ts). A reload then inserts them instead of checking, deriving
 * and protecting the imported files again. They belong to exactly one state of the own data (the key of
 * the first-paint table, which holds the threshold and the publisher's protection) and one build of the
 * atlas (another build may derive or protect differently): anything else and they are computed afresh.
 */
import type { Meldung } from '../meldungen';
import { istArrowStrom, VORBEREITETE_TABELLEN, type VorbereiteteTabelle } from '../laden/vorbereitet';

export interface Schutztabellen {
	tabellen: Record<VorbereiteteTabelle, Uint8Array>;
	/** The warnings of the load that made them: a reload shows them as the load did. */
	meldungen: Meldung[];
}

export interface GespeicherteSchutztabellen extends Schutztabellen {
	schluessel: string;
	/** The build of the atlas that made them. */
	programm: string;
}

/** Stored tables are used only for the same state and build, and only if every one is a whole Arrow stream. */
export function pruefeSchutztabellen(roh: unknown, schluessel: string, programm: string): Schutztabellen | null {
	if (typeof roh !== 'object' || roh === null) return null;
	const v = roh as Partial<GespeicherteSchutztabellen>;
	const tabellen = v.tabellen as Record<string, unknown> | undefined;
	const gueltig =
		v.schluessel === schluessel &&
		v.programm === programm &&
		Array.isArray(v.meldungen) &&
		v.meldungen.every((m) => typeof m?.text === 'string' && typeof m.datei === 'string' && m.schwere === 'warnung') &&
		!!tabellen &&
		VORBEREITETE_TABELLEN.every((t) => tabellen[t] instanceof Uint8Array && istArrowStrom(tabellen[t] as Uint8Array));
	return gueltig ? { tabellen: v.tabellen!, meldungen: v.meldungen! } : null;
}
