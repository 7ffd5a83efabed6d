/**
 * The own data and the confirmed column mappings kept in the browser (IndexedDB), so they survive
 * reloads and browser restarts without leaving the machine. A stored state that no longer passes the
 * checks is never half used: the last good one takes its place, with a notice.
 * Every saved state carries a version number, checked and raised in the same transaction: a tab that
 * saves over a state another tab saved since it loaded is refused and told to reload, so neither
 * import is lost silently. A database of the same name without this store (another tool on the same
 * origin, an older layout) is detected and given the store.
 */
import { del, get, promisifyRequest, set, update, type UseStore } from 'idb-keyval';
import { fehler, Ladefehler } from '../meldungen';
import type { Arbeitsstand } from './arbeitsstand';
import { pruefeArbeitsstand } from './gespeichert';
import type { Zuordnung } from '../import/zuordnung';
import { pruefeKikStand, type KikStand } from '../kik/kikstand';
import type { Massnahmenliste } from '../kik/standard';
import { pruefeErsteKarte, type ErsteKarte, type GespeicherteErsteKarte } from './ersteKarte';
import { pruefeSchutztabellen, type GespeicherteSchutztabellen, type Schutztabellen } from './schutztabellen';

const NAME = 'sozialraumatlas';
const SPEICHER = 'daten';
const KIK_SCHLUESSEL: Record<Massnahmenliste, string> = { datensatz: 'kik', eigen: 'kik-eigene-massnahmen' };

/** Set when the database had to be repaired; shown once by the data page. */
export let repariert = false;

/** Opens the database, adding the store if a database of this name lacks it. */
function oeffne(): Promise<IDBDatabase> {
	const anfrage = indexedDB.open(NAME);
	anfrage.onupgradeneeded = () => anfrage.result.createObjectStore(SPEICHER);
	return promisifyRequest(anfrage).then((db) => {
		// Another tab repairing the database asks this one to let go.
		db.onversionchange = () => {
			db.close();
			verbindung = null;
		};
		if (db.objectStoreNames.contains(SPEICHER)) return db;
		const version = db.version + 1;
		db.close();
		repariert = true;
		const neu = indexedDB.open(NAME, version);
		neu.onupgradeneeded = () => neu.result.createObjectStore(SPEICHER);
		return promisifyRequest(neu);
	});
}

let verbindung: Promise<IDBDatabase> | null = null;
const ablage = (): UseStore => (modus, tun) =>
	(verbindung ??= oeffne()).then((db) => tun(db.transaction(SPEICHER, modus).objectStore(SPEICHER)));

/** What is kept: the state with its version, and the state before it, which loaded. */
interface Eintrag {
	fassung: number;
	stand: unknown;
	vorher?: unknown;
}

const alsEintrag = (roh: unknown): Eintrag | null =>
	roh && typeof roh === 'object' && 'fassung' in roh ? (roh as Eintrag) : roh ? { fassung: 0, stand: roh } : null;

export interface Gespeichert {
	stand: Arbeitsstand | null;
	/** The version this tab loaded; a save names it. */
	fassung: number;
	/** The last good state, should the current one fail to load. */
	vorher: Arbeitsstand | null;
	/** A German notice when the stored state could not be used as it was. */
	hinweis: string | null;
}

export async function ladeGespeichert(): Promise<Gespeichert> {
	try {
		const e = alsEintrag(await get('arbeitsstand', ablage()));
		const reparatur = repariert ? 'Eine fremde Datenbank gleichen Namens in diesem Browser wurde erkannt und für den Atlas ergänzt.' : null;
		if (!e || e.stand === null) return { stand: null, fassung: e?.fassung ?? 0, vorher: null, hinweis: reparatur };
		const stand = pruefeArbeitsstand(e.stand);
		const vorher = e.vorher ? pruefeArbeitsstand(e.vorher) : null;
		if (stand) return { stand, fassung: e.fassung, vorher, hinweis: reparatur };
		return { stand: vorher, fassung: e.fassung, vorher: null, hinweis: `Der gespeicherte Stand der eigenen Daten ist beschädigt; ${vorher ? 'der letzte gute Stand' : 'der eingebaute Datensatz'} wurde geladen.` };
	} catch {
		return { stand: null, fassung: -1, vorher: null, hinweis: 'Der Speicher des Browsers ist nicht lesbar; der eingebaute Datensatz wurde geladen.' };
	}
}

export const ANDERER_TAB = 'Die eigenen Daten wurden inzwischen in einem anderen Tab geändert. Bitte laden Sie diese Seite neu, bevor Sie weiter importieren; nichts wurde überschrieben.';

/**
 * Saves the state over version `fassung` and returns the new version; refuses (a Ladefehler) if
 * another tab saved since. Null = back to the built-in data set: the own data, their first-paint and
 * protected tables, the mappings they brought and the entries on their own measures go.
 */
export async function speichere(a: Arbeitsstand | null, fassung: number): Promise<number> {
	let neu = fassung + 1;
	await update(
		'arbeitsstand',
		(roh) => {
			const alt = alsEintrag(roh);
			if ((alt?.fassung ?? 0) !== fassung) throw new Ladefehler([fehler('Eigene Daten', ANDERER_TAB)]);
			neu = (alt?.fassung ?? 0) + 1;
			return { fassung: neu, stand: a, vorher: alt?.stand ?? null } satisfies Eintrag;
		},
		ablage()
	);
	// Back to the demo: the own data leave this browser, with the entries on their own measures.
	if (a === null) await Promise.all([del('erste-karte', ablage()), del('schutztabellen', ablage()), del('zuordnungen', ablage()), del(KIK_SCHLUESSEL.eigen, ablage())]);
	return neu;
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

/** The protected tables of the own data in the state `schluessel`, made by the build `programm` (schutztabellen.ts). */
export async function ladeSchutztabellen(schluessel: string, programm: string): Promise<Schutztabellen | null> {
	try {
		return pruefeSchutztabellen(await get('schutztabellen', ablage()), schluessel, programm);
	} catch {
		return null;
	}
}

/** A full store only costs the next reload its speed: the tables are then computed again. */
export async function speichereSchutztabellen(t: GespeicherteSchutztabellen): Promise<void> {
	await set('schutztabellen', t, ablage()).catch(() => undefined);
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
