/**
 * The user's own data as a data set: the imported tables from the browser's storage, the built-in
 * data set's files for the rest (fetched from the site itself). Loading goes through the same loader
 * and checks as every data set; findings name the user's files, rows and columns. The protected tables
 * that load made are handed back to be kept (arbeitsstand/schutztabellen.ts); a later opening of the same
 * state inserts those instead: they are what the same checks, derivation and protection of the same
 * files gave, so nothing is checked or protected twice.
 */
import type { Database } from '../database';
import { leseManifest } from '../manifest';
import { fehler, warnung, type Meldung } from '../meldungen';
import { pruefeGeometrie, type Bezirksgeometrie } from '../laden/geometrie';
import { ladeTabellen, type LiesText } from '../laden/tabellen';
import { frageIndikatortabelle } from '../indikatortabelle';
import { STADTBEZIRKE_SQL } from '../abfragen/stadtbezirke';
import type { Stadtbezirk } from '../schema';
import { liesZusammengestellt, stelleZusammen, type Arbeitsstand } from '../arbeitsstand/arbeitsstand';
import { schluesselVon, type ErsteKarte } from '../arbeitsstand/ersteKarte';
import type { Schutztabellen } from '../arbeitsstand/schutztabellen';
import { ladeVorbereitet, VORBEREITETE_TABELLEN, vorbereiteteTabellen } from '../laden/vorbereitet';
import { pruefeVeroeffentlicht, tabellenBytes } from '../arbeitsstand/weitergabe';
import { Abruf, ladefehlerMeldungen, MANIFEST_DATEI, type GeoeffneterDatensatz } from './statisch';

/** The built-in data set's files as the site serves them. */
export const vomServer = (ordnerUrl: string): LiesText => new Abruf(ordnerUrl).text;

export type GeoeffneterArbeitsstand = GeoeffneterDatensatz & {
	pruefe(db: Database): Promise<Meldung[]>;
	/** The state of the own data the first-paint table belongs to. */
	schluessel: string;
};

/** What was kept of a state of the own data at its take-over, by its key (ersteKarte.ts). */
export interface Ablage {
	ersteKarte?(schluessel: string): Promise<ErsteKarte | null>;
	schutztabellen?(schluessel: string): Promise<Schutztabellen | null>;
}

const WEITERGEGEBEN = 'Arbeitsbereich zum Weitergeben';

const TABELLEN_SELBST = Object.fromEntries(VORBEREITETE_TABELLEN.map((t) => [t, t])) as Record<(typeof VORBEREITETE_TABELLEN)[number], string>;

/** `liesStandard` reads a file of the built-in data set (from the site; in tests from disk). */
export async function oeffneArbeitsstand(a: Arbeitsstand, liesStandard: LiesText, ablage: Ablage = {}): Promise<GeoeffneterArbeitsstand> {
	const standard = leseManifest(await liesStandard(MANIFEST_DATEI), MANIFEST_DATEI);
	const z = stelleZusammen(a, standard);
	const schluessel = schluesselVon(a, standard);
	const erste = ablage.ersteKarte?.(schluessel) ?? Promise.resolve(null);
	const geschuetzt = ablage.schutztabellen?.(schluessel) ?? Promise.resolve(null);
	const liesText = liesZusammengestellt(z, liesStandard);
	const meldungen: Meldung[] = [];
	const weiter = a.veroeffentlicht;
	let geometrie: Bezirksgeometrie | null = null;
	// A city of its own may have no boundaries yet: the atlas then shows the table without a map.
	if (a.eigeneStadt && z.geometrie === null) meldungen.push(warnung('Bezirksgrenzen', 'Noch keine Bezirksgrenzen geladen; der Atlas zeigt die Werte ohne Karte, bis eine Grenzdatei (GeoJSON oder Shapefile als ZIP) übernommen ist.'));
	else try {
		const roh = JSON.parse(await liesText(z.manifest.dateien.geometrie));
		const p = pruefeGeometrie(roh, a.quellen.findLast((q) => q.teil === 'geometrie')?.datei ?? z.manifest.dateien.geometrie);
		geometrie = p.geometrie;
		meldungen.push(...p.meldungen);
	} catch (error) {
		meldungen.push(...(error instanceof SyntaxError ? [fehler(z.manifest.dateien.geometrie, 'Die Datei ist kein gültiges JSON.')] : ladefehlerMeldungen(error, z.manifest.dateien.geometrie)));
	}
	const geometrieDatei = a.quellen.findLast((q) => q.teil === 'geometrie')?.datei ?? z.manifest.dateien.geometrie;
	// Boundaries and districts are compared inside the load, against the districts being loaded.
	const zusatzpruefung = async (db: Database) => {
		if (!geometrie) return [];
		const bezirke = await db.query<{ code: string }>('SELECT code FROM stadtbezirk');
		return pruefeGeometrie(geometrie, geometrieDatei, new Set(bezirke.map((b) => b.code))).meldungen;
	};
	const lade = (db: Database, nurPruefen: boolean, fortschritt?: (anteil: number) => void) =>
		ladeTabellen(db, z.manifest, liesText, { manifestDatei: 'Einstellungen der eigenen Daten', herkunft: z.herkunft, nurPruefen, zusatzpruefung, schutz: { fortschritt } });
	const bereit = async (db: Database, meldungen: Meldung[]) => ({ stadtbezirke: await db.query<Stadtbezirk>(STADTBEZIRKE_SQL), indikatortabelle: await frageIndikatortabelle(db), meldungen });
	return {
		manifest: z.manifest,
		geometrie,
		vorbereitung: null,
		ersteKarte: await erste,
		schluessel,
		meldungen,
		/** Every check, nothing changed: the import's step before the user accepts. */
		async pruefe(db) {
			if (!weiter) return [...meldungen, ...(await lade(db, true))];
			await pruefeVeroeffentlicht(db, weiter, a.einstellungen.schwelle, WEITERGEGEBEN);
			return meldungen;
		},
		async ladeInDatenbank(db, fortschritt) {
			// A handed-on workspace: its published tables as they are, checked first; nothing derived or protected.
			if (weiter) {
				await pruefeVeroeffentlicht(db, weiter, a.einstellungen.schwelle, WEITERGEGEBEN);
				const tabellen = tabellenBytes(weiter, WEITERGEGEBEN);
				await ladeVorbereitet(db, { tabellen: TABELLEN_SELBST }, async (t) => tabellen[t as keyof typeof TABELLEN_SELBST]);
				return bereit(db, []);
			}
			const gespeichert = await geschuetzt;
			if (gespeichert) {
				const ok = await ladeVorbereitet(db, { tabellen: TABELLEN_SELBST }, async (t) => gespeichert.tabellen[t as keyof typeof TABELLEN_SELBST]).then(() => true, () => false);
				// Damaged kept tables changed nothing: they are computed afresh, as if none were kept.
				if (ok) return bereit(db, gespeichert.meldungen);
			}
			const warnungen = await lade(db, false, fortschritt);
			return { ...(await bereit(db, warnungen)), schutztabellen: { tabellen: await vorbereiteteTabellen(db), meldungen: warnungen } };
		}
	};
}
