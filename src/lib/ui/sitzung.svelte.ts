/**
 * The data-set session: the one loaded data set every view reads (geometry, districts, the indicator
 * table, and once DuckDB has the tables, the query coordinator). Created once in the root layout and
 * shared through context, so moving between pages keeps the database. Loading another data set
 * replaces the session's contents only when the new data loaded completely.
 *
 * DuckDB starts when a view asks for it (verlangeDatenbank): the atlas asks after its first map is
 * on screen, so the engine's start does not compete with the first paint.
 */
import { getContext, setContext } from 'svelte';
import { version } from '$app/environment';
import { browserDatabase } from '../data/duckdb/browser';
import { Koordinator } from '../data/abfragen/koordinator';
import { stadtteiltabelleVon } from '../data/abfragen/stadtteile';
import { MANIFEST_DATEI, oeffneStatischenDatensatz, type GeoeffneterDatensatz } from '../data/quellen/statisch';
import { leseManifest } from '../data/manifest';
import { oeffneArbeitsstand, vomServer, type GeoeffneterArbeitsstand } from '../data/quellen/arbeitsstand';
import { fehlendeTeile, type Arbeitsstand, type Teil } from '../data/arbeitsstand/arbeitsstand';
import { bezirkeDerQuelle } from '../data/arbeitsstand/neueStadt';
import { ladeErsteKarte, ladeGespeichert, ladeSchutztabellen, speichere, speichereErsteKarte, speichereKik, speichereSchutztabellen } from '../data/arbeitsstand/speicher';
import { massnahmenliste } from '../data/kik/standard';
import type { Database } from '../data/database';
import type { DatensatzManifest } from '../data/manifest';
import type { GeladeneDaten } from '../data/quellen/statisch';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import type { Indikatortabelle } from '../data/indikatortabelle';
import type { Stadtbezirk } from '../data/schema';
import { alsText, Ladefehler, warnung, type Meldung } from '../data/meldungen';

export type Datenbankstatus = 'wartet' | 'startet' | 'bereit' | 'fehler';

export class Sitzung {
	/** The data set could not be opened at all (manifest missing or invalid). */
	fehler = $state<string | null>(null);
	manifest = $state.raw<DatensatzManifest | null>(null);
	geometrie = $state.raw<Bezirksgeometrie | null>(null);
	stadtbezirke = $state.raw<Stadtbezirk[]>([]);
	indikatortabelle = $state.raw<Indikatortabelle | null>(null);
	/** The Stadtteile's table as the build or the take-over kept it; null = asked of DuckDB when shown. */
	stadtteiltabelle = $state.raw<Indikatortabelle | null>(null);
	koordinator = $state.raw<Koordinator | null>(null);
	datenbank = $state<Datenbankstatus>('wartet');
	datenbankFehler = $state<string | null>(null);
	/** Findings of the checks (errors and warnings), shown on the page. */
	meldungen = $state.raw<readonly Meldung[]>([]);
	/** The atlas's view as its URL query, for the workspace file. */
	atlasAnsicht = $state('');
	/** The user's own data in use; null = the built-in data set. */
	arbeitsstand = $state.raw<Arbeitsstand | null>(null);
	/** The share (0–1) of the joint protection done while a load runs it; null when none runs. */
	schutzFortschritt = $state<number | null>(null);
	#ordner = '';
	/** The version of the stored own data this tab loaded or saved last (speicher.ts). */
	#fassung = 0;
	#importverbindung: Promise<Database> | null = null;

	#gewuenscht!: () => void;
	#wunsch = new Promise<void>((resolve) => (this.#gewuenscht = resolve));
	/** The first load has ended (loaded or failed): only then may an import write tables. */
	#geladen!: () => void;
	#ersteLadung = new Promise<void>((resolve) => (this.#geladen = resolve));

	/** What a city of its own still lacks; until then its views show what it has, never the built-in data set. */
	fehlt = $derived<Teil[]>(this.arbeitsstand ? fehlendeTeile(this.arbeitsstand) : []);
	/** A city of its own begun and not yet complete: its name, its files so far and its boundaries, if loaded. */
	begonneneStadt = $derived.by(() => {
		const a = this.arbeitsstand;
		if (!a?.eigeneStadt || !this.fehlt.length) return null;
		const grenzen = a.quellen.find((q) => q.teil === 'geometrie');
		return { name: a.einstellungen.stadt, quellen: a.quellen, geometrie: grenzen ? (JSON.parse(grenzen.inhalt) as Bezirksgeometrie) : null };
	});
	stadt = $derived(this.manifest?.stadt ?? '');
	bezirkName = $derived(new Map(this.stadtbezirke.map((b) => [b.code, b.name])));

	/** Whose measures the loaded data hold: the KIK entries kept in this browser belong to them. */
	massnahmenliste = $derived(massnahmenliste(this.arbeitsstand));

	/** URL of the built-in data set's folder (its optional files, e.g. the KIK's, are read from there). */
	get ordner(): string {
		return this.#ordner;
	}

	/** The district list new files are compared with: the own city's, else the one loaded. */
	bezirke(): { code: string; name: string }[] {
		const liste = this.arbeitsstand?.eigeneStadt ? this.arbeitsstand.quellen.find((q) => q.teil === 'stadtbezirk') : undefined;
		return liste ? bezirkeDerQuelle(liste) : this.stadtbezirke.map((b) => ({ code: b.code, name: b.name }));
	}

	bezirkscodes(): Set<string> {
		return new Set(this.bezirke().map((b) => b.code));
	}

	verlangeDatenbank(): void {
		this.#gewuenscht();
	}

	/** The own data kept in this browser if there are any, otherwise the built-in data set. */
	async starte(ordnerUrl: string): Promise<void> {
		this.#ordner = ordnerUrl;
		const g = await ladeGespeichert();
		this.#fassung = g.fassung;
		const hinweise = g.hinweis ? [warnung('Eigene Daten', g.hinweis)] : [];
		let a = g.stand;
		// A stored state that no longer opens gives way to the last good one, with a notice.
		if (a && !fehlendeTeile(a).length && g.vorher) {
			const geoeffnet = await oeffneArbeitsstand(a, vomServer(ordnerUrl)).then(() => true, () => false);
			if (!geoeffnet) {
				a = g.vorher;
				hinweise.push(warnung('Eigene Daten', 'Der gespeicherte Stand der eigenen Daten ließ sich nicht laden; der letzte gute Stand wurde geladen.'));
			}
		}
		this.arbeitsstand = a;
		const stand = a;
		const mitHinweisen = async (o: Promise<GeoeffneterDatensatz>) => {
			const d = await o;
			return { ...d, meldungen: [...hinweise, ...d.meldungen] } as GeoeffneterDatensatz;
		};
		if (!stand || fehlendeTeile(stand).length) return this.lade(() => mitHinweisen(oeffneStatischenDatensatz(ordnerUrl)));
		return this.lade(() => mitHinweisen(oeffneArbeitsstand(stand, vomServer(ordnerUrl), { ersteKarte: ladeErsteKarte, schutztabellen: (k) => ladeSchutztabellen(k, version) })));
	}

	/** The built-in data set's manifest: its publisher's protection is the floor for its counts. */
	async standardManifest(): Promise<DatensatzManifest> {
		return leseManifest(await vomServer(this.#ordner)(MANIFEST_DATEI), MANIFEST_DATEI);
	}

	/** A connection of its own for imports: checks run there while the views keep reading. */
	verbindung(): Promise<Database> {
		this.verlangeDatenbank();
		this.#importverbindung ??= this.#ersteLadung.then(() => browserDatabase()).then((db) => db.verbinde());
		return this.#importverbindung;
	}

	/** Every check of the own data as they would be, nothing changed; throws a Ladefehler with the findings. */
	async pruefe(a: Arbeitsstand): Promise<Meldung[]> {
		// A city of its own begun with its boundaries has nothing to cross-check until its statistics arrive.
		if (fehlendeTeile(a).length) return [];
		const o = await oeffneArbeitsstand(a, vomServer(this.#ordner));
		return o.pruefe(await this.verbindung());
	}

	/**
	 * Loads the own data (or, with null, the built-in data set again) in place of what is loaded, and
	 * keeps them in the browser. Only a complete load replaces anything.
	 */
	async uebernimm(a: Arbeitsstand | null): Promise<void> {
		// A city of its own begins with no measure states or goals, whatever an earlier own list had.
		if (a?.eigeneStadt && !this.arbeitsstand?.eigeneStadt) await speichereKik(null, 'eigen');
		// A city of its own still being put together changes nothing on screen while the built-in data set shows.
		if (a && fehlendeTeile(a).length && (!this.arbeitsstand || fehlendeTeile(this.arbeitsstand).length)) {
			this.#fassung = await speichere(a, this.#fassung);
			this.arbeitsstand = a;
			return;
		}
		const quelle = a && !fehlendeTeile(a).length ? await oeffneArbeitsstand(a, vomServer(this.#ordner)) : await oeffneStatischenDatensatz(this.#ordner);
		const db = await this.verbindung();
		const vorher = this.arbeitsstand;
		const daten = await this.#ladeGeschuetzt(quelle, db);
		try {
			this.#fassung = await speichere(a, this.#fassung);
		} catch (error) {
			// The tables were replaced already: the state this tab shows goes back in, so views and database agree.
			const zurueck = vorher && !fehlendeTeile(vorher).length ? await oeffneArbeitsstand(vorher, vomServer(this.#ordner)) : await oeffneStatischenDatensatz(this.#ordner);
			await zurueck.ladeInDatenbank(db);
			throw error;
		}
		const teile = quelle.vorbereitung ? quelle.vorbereitung.stadtteiltabelle : await stadtteiltabelleVon(new Koordinator(db), daten.stadtbezirke, quelle.manifest.geheimhaltung.mindestEinwohner);
		if (a && !fehlendeTeile(a).length) {
			const schluessel = (quelle as GeoeffneterArbeitsstand).schluessel;
			await speichereErsteKarte({ schluessel, stadtbezirke: daten.stadtbezirke, indikatortabelle: daten.indikatortabelle, ...(teile ? { stadtteiltabelle: teile } : {}) });
			if (daten.schutztabellen) await speichereSchutztabellen({ schluessel, programm: version, ...daten.schutztabellen });
		}
		this.arbeitsstand = a;
		this.manifest = quelle.manifest;
		this.geometrie = quelle.geometrie;
		this.stadtbezirke = daten.stadtbezirke;
		this.indikatortabelle = quelle.vorbereitung?.indikatortabelle ?? daten.indikatortabelle;
		this.stadtteiltabelle = teile ?? null;
		this.meldungen = [...quelle.meldungen, ...daten.meldungen];
		this.datenbankFehler = null;
		this.koordinator = new Koordinator(await browserDatabase());
		this.datenbank = 'bereit';
	}

	/** Loads into DuckDB, showing the joint protection's progress while it runs. */
	async #ladeGeschuetzt(quelle: GeoeffneterDatensatz, db: Database): Promise<GeladeneDaten> {
		try {
			return await quelle.ladeInDatenbank(db, (anteil) => (this.schutzFortschritt = anteil));
		} finally {
			this.schutzFortschritt = null;
		}
	}

	/** Opens a data set (the static default, later an import) and loads it into DuckDB when asked. */
	async lade(oeffne: () => Promise<GeoeffneterDatensatz>): Promise<void> {
		try {
			await this.#lade(oeffne);
		} finally {
			this.#geladen();
		}
	}

	async #lade(oeffne: () => Promise<GeoeffneterDatensatz>): Promise<void> {
		let quelle: GeoeffneterDatensatz;
		try {
			quelle = await oeffne();
		} catch (error) {
			this.fehler = alsText(error);
			this.meldungen = error instanceof Ladefehler ? error.meldungen : [];
			return;
		}
		this.manifest = quelle.manifest;
		this.geometrie = quelle.geometrie;
		this.meldungen = quelle.meldungen;
		const erste = quelle.ersteKarte ?? quelle.vorbereitung;
		if (erste) {
			this.stadtbezirke = erste.stadtbezirke;
			this.indikatortabelle = erste.indikatortabelle;
			this.stadtteiltabelle = erste.stadtteiltabelle ?? null;
		}
		// Without prepared values or without a map there is no first paint to wait for.
		if (!erste || !quelle.geometrie) this.verlangeDatenbank();

		await this.#wunsch;
		this.datenbank = 'startet';
		try {
			performance.mark('duckdb-start');
			const db = await browserDatabase();
			performance.mark('duckdb-gestartet');
			const daten = await this.#ladeGeschuetzt(quelle, db);
			// Own data loaded before their first-paint or protected tables were kept (an older build, a state
			// stored before they were): they are kept now, so the next start needs neither computed again.
			if ('schluessel' in quelle && typeof quelle.schluessel === 'string') {
				if (!quelle.ersteKarte) void speichereErsteKarte({ schluessel: quelle.schluessel, stadtbezirke: daten.stadtbezirke, indikatortabelle: daten.indikatortabelle });
				if (daten.schutztabellen) void speichereSchutztabellen({ schluessel: quelle.schluessel, programm: version, ...daten.schutztabellen });
			}
			this.stadtbezirke = daten.stadtbezirke;
			this.indikatortabelle ??= daten.indikatortabelle;
			this.meldungen = [...this.meldungen, ...daten.meldungen];
			this.koordinator = new Koordinator(db);
			this.datenbank = 'bereit';
			performance.mark('duckdb-bereit');
		} catch (error) {
			this.datenbankFehler = alsText(error);
			if (error instanceof Ladefehler) this.meldungen = [...this.meldungen, ...error.meldungen];
			this.datenbank = 'fehler';
		}
	}
}

const SCHLUESSEL = Symbol('sitzung');

export function stelleSitzungBereit(sitzung: Sitzung): void {
	setContext(SCHLUESSEL, sitzung);
}

/** The session of the surrounding layout; a view used outside it fails here, not later on a missing field. */
export function sitzung(): Sitzung {
	const s = getContext<Sitzung | undefined>(SCHLUESSEL);
	if (!s) throw new Error('Keine Datensatz-Sitzung: diese Ansicht muss innerhalb des Layouts (stelleSitzungBereit) stehen.');
	return s;
}
