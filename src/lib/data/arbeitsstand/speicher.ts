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
import { pruefeErsteKarte, type ErsteKarte, type GespeicherteErsteKarte } from './ersteKarte';

const ablage = () => createStore('sozialraumatlas', 'daten');

export async function ladeGespeichert(): Promise<Arbeitsstand | null> {
	try {
		const roh = await get('arbeitsstand', ablage());
		return roh ? pruefeArbeitsstand(roh) : null;
	} catch {
		return null;
	}
}

/** Null = back to the built-in data set: the own data, their first-paint table and the mappings they brought go. */
export async function speichere(a: Arbeitsstand | null): Promise<void> {
	if (a === null) await Promise.all([del('arbeitsstand', ablage()), del('erste-karte', ablage()), del('zuordnungen', ablage())]);
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

/** The KIK's measure states and goals as the office edited them; null = the data set's defaults. */
export async function ladeKik(): Promise<KikStand | null> {
	try {
		return pruefeKikStand(await get('kik', ablage()));
	} catch {
		return null;
	}
}

export async function speichereKik(k: KikStand | null): Promise<void> {
	if (k === null) await del('kik', ablage());
	else await set('kik', k, ablage());
}
