/**
 * The state of the atlas page: the loaded data set, the view (mirrored in the URL) and the answers
 * the views need. Views read it; only its methods change it. Query answers are kept in
 * `$state.raw` (no deep proxies on result arrays).
 */
import { browserDatabase } from '../data/duckdb/browser';
import { loadDatensatz } from '../data/load';
import { AtlasQueries, werteVon, type IndikatorWertZeile, type ProfilZeile, type StaatAnteil } from '../data/queries';
import { ladeStatischenDatensatz, type Bezirksgeometrie } from '../data/standarddaten';
import type { DatensatzManifest } from '../data/manifest';
import type { Stadtbezirk } from '../data/schema';
import { indikator as findIndikator, INDIKATOREN, type Indikator } from '../data/indikatoren';
import { choropleth } from '../analysis/choropleth';
import { STANDARD_ANSICHT, type AtlasAnsicht } from './url-state';
import { GESAMTSTADT } from '../data/schema';

export type Ladezustand = 'lade' | 'erstbild' | 'bereit' | 'fehler';

export class AtlasZustand {
	zustand = $state<Ladezustand>('lade');
	fehler = $state<string | null>(null);
	manifest = $state.raw<DatensatzManifest | null>(null);
	geometrie = $state.raw<Bezirksgeometrie | null>(null);
	stadtbezirke = $state.raw<Stadtbezirk[]>([]);
	ansicht = $state<AtlasAnsicht>({ ...STANDARD_ANSICHT });
	/** Values of all indicators (or, before DuckDB answers, of the prepared ones) for one Stichtag. */
	werte = $state.raw<{ stichtag: string; indikatoren: Set<string>; zeilen: IndikatorWertZeile[] } | null>(null);
	profil = $state.raw<{ key: string; zeilen: ProfilZeile[] } | null>(null);
	haeufigsteStaaten = $state.raw<{ stichtag: string; staaten: StaatAnteil[] } | null>(null);
	#queries: AtlasQueries | null = null;

	stichtage = $derived(this.manifest?.stichtage ?? []);
	stichtag = $derived(
		this.ansicht.stichtag && this.stichtage.includes(this.ansicht.stichtag) ? this.ansicht.stichtag : (this.stichtage.at(-1) ?? null)
	);
	indikator: Indikator = $derived(findIndikator(this.ansicht.indikator) ?? INDIKATOREN[0]);
	/** A change needs a previous Stichtag. */
	veraenderung = $derived(this.ansicht.darstellung === 'veraenderung' && this.stichtag !== this.stichtage[0]);
	werteKey = $derived(`${this.stichtag}|${this.indikator.id}`);
	aktuelleWerte = $derived(
		this.werte?.stichtag === this.stichtag && this.werte.indikatoren.has(this.indikator.id)
			? werteVon(this.werte.zeilen, this.indikator.id)
			: null
	);
	karte = $derived(
		this.aktuelleWerte
			? choropleth(this.aktuelleWerte, {
					veraenderung: this.veraenderung,
					methode: this.ansicht.methode,
					klassen: this.ansicht.klassen,
					palette: this.ansicht.palette
				})
			: null
	);
	/** City values of every indicator at the shown Stichtag, once DuckDB has answered for it. */
	stadtwerte = $derived(
		this.werte?.stichtag === this.stichtag && this.werte.indikatoren.size === INDIKATOREN.length
			? new Map(this.werte.zeilen.filter((z) => z.code === GESAMTSTADT).map((z) => [z.indikator, z.wert]))
			: null
	);
	bezirkName = $derived(new Map(this.stadtbezirke.map((b) => [b.code, b.name])));
	ausgewaehlt = $derived(this.ansicht.bezirk && this.bezirkName.has(this.ansicht.bezirk) ? this.ansicht.bezirk : null);

	async lade(ordnerUrl: string): Promise<void> {
		try {
			// DuckDB's start-up (compiling its wasm) is the long pole: begin it before anything else.
			const datenbank = browserDatabase();
			const datensatz = await ladeStatischenDatensatz(ordnerUrl);
			this.manifest = datensatz.manifest;
			this.geometrie = datensatz.geometrie;
			const erst = datensatz.erstbild;
			if (erst && erst.datensatz === datensatz.manifest.id) {
				this.stadtbezirke = erst.stadtbezirke;
				this.werte = {
					stichtag: erst.stichtag,
					indikatoren: new Set([erst.indikator]),
					zeilen: erst.werte.map((w) => ({ ...w, indikator: erst.indikator }))
				};
				this.zustand = 'erstbild';
			}
			const db = await datenbank;
			performance.mark('duckdb-gestartet');
			await loadDatensatz(db, datensatz.manifest, datensatz.lies);
			this.#queries = new AtlasQueries(db);
			this.stadtbezirke = await this.#queries.stadtbezirke();
			this.zustand = 'bereit';
			performance.mark('duckdb-bereit');
		} catch (error) {
			this.fehler = error instanceof Error ? error.message : String(error);
			this.zustand = 'fehler';
		}
	}

	/**
	 * Fetches what the current view needs; stale answers (the view moved on meanwhile) are dropped.
	 * Answers come from the coordinator's cache when unchanged, and state is replaced only when an
	 * answer is new, so an indicator switch within a Stichtag renders once, synchronously.
	 */
	async aktualisiere(): Promise<void> {
		const q = this.#queries;
		const stichtag = this.stichtag;
		if (!q || !stichtag) return;
		const bezirk = this.ausgewaehlt;
		const [zeilen, profil, staaten] = await Promise.all([
			q.alleIndikatorWerte(stichtag),
			bezirk ? q.bezirksprofil(stichtag, bezirk) : null,
			q.staatsangehoerigkeiten(stichtag, 5)
		]);
		if (stichtag !== this.stichtag) return;
		if (this.werte?.zeilen !== zeilen) this.werte = { stichtag, indikatoren: new Set(zeilen.map((z) => z.indikator)), zeilen };
		if (bezirk === this.ausgewaehlt) this.profil = profil && bezirk ? { key: `${stichtag}|${bezirk}`, zeilen: profil } : null;
		if (this.haeufigsteStaaten?.stichtag !== stichtag) this.haeufigsteStaaten = { stichtag, staaten };
	}

	setze(aenderung: Partial<AtlasAnsicht>): void {
		this.ansicht = { ...this.ansicht, ...aenderung };
	}
}
