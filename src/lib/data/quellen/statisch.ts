/**
 * A data set served as static files beside the site (the embedded default: static/data/kempten/).
 * Every fetch goes to the site's own origin, under its base path, by file names the manifest check
 * has already restricted to plain names in the data set's folder.
 *
 * Opening reads what the first map needs (manifest, geometry, the prepared index if there is one);
 * loading into DuckDB happens separately, so the map can be painted before the engine has started.
 */
import type { Database } from '../database';
import { leseManifest, type DatensatzManifest } from '../manifest';
import { fehler, Ladefehler, type Meldung } from '../meldungen';
import { pruefeGeometrie, type Bezirksgeometrie } from '../laden/geometrie';
import { ladeTabellen } from '../laden/tabellen';
import { ladeVorbereitet, pruefeVorbereitung, type Vorbereitung } from '../laden/vorbereitet';
import { frageIndikatortabelle, type Indikatortabelle } from '../indikatortabelle';
import { STADTBEZIRKE_SQL } from '../abfragen/stadtbezirke';
import type { Stadtbezirk } from '../schema';
import type { ErsteKarte } from '../arbeitsstand/ersteKarte';
import type { Schutztabellen } from '../arbeitsstand/schutztabellen';

export const MANIFEST_DATEI = 'datensatz.json';

export interface GeoeffneterDatensatz {
	manifest: DatensatzManifest;
	/** Null when the geometry file failed its checks (the error is in `meldungen`). */
	geometrie: Bezirksgeometrie | null;
	vorbereitung: Vorbereitung | null;
	/** Districts and indicator table for the first map before DuckDB has the tables (own data: kept from their take-over). */
	ersteKarte?: ErsteKarte | null;
	meldungen: Meldung[];
	/** Loads the tables into DuckDB; resolves with what the views need from there. `fortschritt`: the protection's share done. */
	ladeInDatenbank(db: Database, fortschritt?: (anteil: number) => void): Promise<GeladeneDaten>;
}

export interface GeladeneDaten {
	stadtbezirke: Stadtbezirk[];
	indikatortabelle: Indikatortabelle;
	meldungen: Meldung[];
	/** The protected tables this load computed (own data), to be kept for the next opening of the same state. */
	schutztabellen?: Schutztabellen;
}

export class Abruf {
	#texte = new Map<string, Promise<Response>>();
	constructor(readonly ordnerUrl: string) {}

	#hole(datei: string): Promise<Response> {
		let antwort = this.#texte.get(datei);
		if (!antwort) {
			antwort = fetch(`${this.ordnerUrl}/${encodeURIComponent(datei)}`).then((r) => {
				if (!r.ok) throw new Ladefehler([fehler(datei, `Die Datei ist auf dem Server nicht vorhanden (HTTP ${r.status}).`)]);
				return r;
			});
			// A download started early may fail before anyone reads it; the reader reports it.
			antwort.catch(() => undefined);
			this.#texte.set(datei, antwort);
		}
		return antwort;
	}

	text = (datei: string) => this.#hole(datei).then((r) => r.clone().text());
	binaer = (datei: string) => this.#hole(datei).then((r) => r.clone().arrayBuffer()).then((b) => new Uint8Array(b));
	/** Starts downloads while other work (DuckDB's start) goes on. */
	vorab = (dateien: string[]) => dateien.forEach((d) => void this.#hole(d));
}

async function leseJson(abruf: Abruf, datei: string): Promise<unknown> {
	const text = await abruf.text(datei);
	try {
		return JSON.parse(text);
	} catch {
		throw new Ladefehler([fehler(datei, 'Die Datei ist kein gültiges JSON.')]);
	}
}

export async function oeffneStatischenDatensatz(ordnerUrl: string): Promise<GeoeffneterDatensatz> {
	const abruf = new Abruf(ordnerUrl);
	const manifest = leseManifest(await abruf.text(MANIFEST_DATEI), MANIFEST_DATEI);
	const d = manifest.dateien;
	const [geoRoh, vorRoh] = await Promise.allSettled([
		leseJson(abruf, d.geometrie),
		d.vorbereitet ? leseJson(abruf, d.vorbereitet) : Promise.resolve(null)
	]);
	const vorbereitung = vorRoh.status === 'fulfilled' ? pruefeVorbereitung(vorRoh.value, manifest.id) : null;
	abruf.vorab(vorbereitung ? Object.values(vorbereitung.tabellen) : [d.stadtbezirk, d.staat, d.bevoelkerung ?? d.bezirkszahl!]);

	const meldungen: Meldung[] = [];
	let geometrie: Bezirksgeometrie | null = null;
	if (geoRoh.status === 'rejected') meldungen.push(...ladefehlerMeldungen(geoRoh.reason, d.geometrie));
	else {
		const codes = vorbereitung ? new Set(vorbereitung.stadtbezirke.map((b) => b.code)) : undefined;
		const pruefung = pruefeGeometrie(geoRoh.value, d.geometrie, codes);
		geometrie = pruefung.geometrie;
		meldungen.push(...pruefung.meldungen);
	}

	return {
		manifest,
		geometrie,
		vorbereitung,
		meldungen,
		async ladeInDatenbank(db, fortschritt) {
			if (vorbereitung) {
				await ladeVorbereitet(db, vorbereitung, abruf.binaer);
				return { stadtbezirke: vorbereitung.stadtbezirke, indikatortabelle: vorbereitung.indikatortabelle, meldungen: [] };
			}
			const warnungen = await ladeTabellen(db, manifest, abruf.text, { manifestDatei: MANIFEST_DATEI, schutz: { fortschritt } });
			const stadtbezirke = await db.query<Stadtbezirk>(STADTBEZIRKE_SQL);
			if (geometrie) warnungen.push(...pruefeGeometrie(geometrie, d.geometrie, new Set(stadtbezirke.map((b) => b.code))).meldungen);
			return { stadtbezirke, indikatortabelle: await frageIndikatortabelle(db), meldungen: warnungen };
		}
	};
}

export function ladefehlerMeldungen(error: unknown, datei: string): Meldung[] {
	if (error instanceof Ladefehler) return [...error.meldungen];
	return [fehler(datei, error instanceof Error ? error.message : String(error))];
}
