/**
 * The own data and the confirmed column mappings kept in the browser (IndexedDB), so they survive
 * reloads and browser restarts without leaving the machine. A stored state that no longer passes the
 * checks is ignored, never half used.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { Arbeitsstand } from './arbeitsstand';
import { pruefeArbeitsstand } from './datei';
import type { Zuordnung } from '../import/zuordnung';
import { pruefeKikStand, type KikStand } from '../kik/kikstand';
import type { Massnahmenliste } from '../kik/standard';
import { pruefeErsteKarte, type ErsteKarte, type GespeicherteErsteKarte } from './ersteKarte';

const ablage = () => createStore('sozialraumatlas', 'daten');
const KIK_SCHLUESSEL: Record<Massnahmenliste, string> = { datensatz: 'kik', eigen: 'kik-eigene-massnahmen' };

export async function ladeGespeichert(): Promise<Arbeitsstand | null> {
	try {
		const roh = await get('arbeitsstand', ablage());
		return roh ? pruefeArbeitsstand(roh) : null;
	} catch {
		return null;
	}
}

export async function speichere(a: Arbeitsstand | null): Promise<void> {
	// Back to the demo: the own data leave this browser, with the entries on their own measures.
	if (a === null) await Promise.all([del('arbeitsstand', ablage()), del('erste-karte', ablage()), del(KIK_SCHLUESSEL.eigen, ablage())]);
	else await set('arbeitsstand', a, ablage());
}

/** The first-paint table of the own data in the state `schluessel` (ersteKarte.ts), if one is kept. */
export async function ladeErsteKarte(schluessel: string): Promise<ErsteKarte | null> {
	try {
		return pruefeErsteKarte(await get('erste-karte', ablage()), schluessel);
	} catch {
		return null;
	}
}

export async function speichereErsteKarte(k: GespeicherteErsteKarte): Promise<void> {
	await set('erste-karte', k, ablage()).catch(() => undefined);
}

export async function gespeicherteZuordnungen(): Promise<Record<string, Zuordnung>> {
	return ((await get('zuordnungen', ablage()).catch(() => null)) as Record<string, Zuordnung> | undefined) ?? {};
}

export async function merkeZuordnung(schluessel: string, z: Zuordnung): Promise<void> {
	const alle = await gespeicherteZuordnungen();
	await set('zuordnungen', { ...alle, [schluessel]: z }, ablage());
}

/** The KIK's measure states and goals on `liste` as the office edited them; null = none edited yet. */
export async function ladeKik(liste: Massnahmenliste): Promise<KikStand | null> {
	try {
		return pruefeKikStand(await get(KIK_SCHLUESSEL[liste], ablage()));
	} catch {
		return null;
	}
}

export async function speichereKik(k: KikStand | null, liste: Massnahmenliste): Promise<void> {
	if (k === null) await del(KIK_SCHLUESSEL[liste], ablage());
	else await set(KIK_SCHLUESSEL[liste], k, ablage());
}
