/**
 * The steps of an import as state: read the file (in the worker), map its columns or attributes,
 * check the whole data set as it would be, then take it over. Until the user takes it over nothing
 * changes; a failed check leaves the loaded data as they were.
 */
import type { Sitzung } from '../../ui/sitzung.svelte';
import type { Eingelesen } from '../../data/import/lese';
import { zuordnungsSchluessel, type Zuordnung } from '../../data/import/zuordnung';
import { erkenneZuordnung } from '../../data/import/erkennung';
import { rateCodeFeld, type Doppelte, type Geometriewahl } from '../../data/import/geometrieImport';
import { bezugDerEigenenDaten } from '../../data/import/bezug';
import { quelleAusGeometrie, quelleAusTabelle } from '../../data/import/quelle';
import { alsUtf8 } from '../../data/import/register';
import { fuegeHinzu, leererArbeitsstand, type Arbeitsstand, type Quelle } from '../../data/arbeitsstand/arbeitsstand';
import { gespeicherteZuordnungen, merkeZuordnung } from '../../data/arbeitsstand/speicher';
import { fehler, Ladefehler, meldungstext, type Meldung } from '../../data/meldungen';
import { liesDatei } from './leser';

export type Schritt = 'wahl' | 'lesen' | 'zuordnung' | 'geometrie' | 'geprueft' | 'fertig';

/** Each finding once (a check of the whole data set may repeat one of the file's own). */
function einmal(m: readonly Meldung[]): Meldung[] {
	const gesehen = new Set<string>();
	return m.filter((x) => !gesehen.has(meldungstext(x)) && !!gesehen.add(meldungstext(x)));
}

export class ImportAssistent {
	schritt = $state<Schritt>('wahl');
	datei = $state.raw<File | null>(null);
	stand = $state(0);
	eingelesen = $state.raw<Eingelesen | null>(null);
	zuordnung = $state<Zuordnung | null>(null);
	geometriewahl = $state<Geometriewahl>({ codeFeld: '' });
	/** The last check found a code twice: the ways on it offers. */
	doppelte = $state.raw<Doppelte | null>(null);
	/** The mapping came from an earlier import of a file with the same headers. */
	gemerkt = $state(false);
	meldungen = $state.raw<Meldung[]>([]);
	kandidat = $state.raw<{ arbeitsstand: Arbeitsstand; quelle: Quelle; ersetzt: Quelle[] } | null>(null);
	arbeitet = $state(false);

	constructor(private s: Sitzung) {}

	/** Codes of the districts loaded now: a table's area level and a boundary file's code field are guessed by them. */
	get bekannteCodes(): Set<string> {
		return new Set(this.s.stadtbezirke.map((b) => b.code));
	}

	get fehlerfrei(): boolean {
		return !this.meldungen.some((m) => m.schwere === 'fehler');
	}

	async lies(datei: File, blatt?: string): Promise<void> {
		this.datei = datei;
		this.schritt = 'lesen';
		this.stand = 0;
		this.meldungen = [];
		this.kandidat = null;
		this.doppelte = null;
		try {
			const e = await liesDatei(datei, blatt, (x) => (this.stand = x));
			this.eingelesen = e;
			if (e.art === 'tabelle') {
				const gespeichert = (await gespeicherteZuordnungen())[zuordnungsSchluessel(e.roh.kopf)];
				this.gemerkt = !!gespeichert;
				this.zuordnung = erkenneZuordnung(e.roh, this.bekannteCodes, gespeichert);
				this.meldungen = e.roh.hinweise;
				this.schritt = 'zuordnung';
			} else {
				const codes = new Set(this.s.stadtbezirke.map((b) => b.code));
				this.geometriewahl = { codeFeld: rateCodeFeld(e.geo, codes) ?? '', nameFeld: e.geo.eigenschaften.find((x) => /name|bez/i.test(x)) };
				this.meldungen = e.geo.hinweise;
				this.schritt = 'geometrie';
			}
		} catch (error) {
			this.meldungen = error instanceof Ladefehler ? [...error.meldungen] : [fehler(datei.name, String(error))];
			this.schritt = 'wahl';
		}
	}

	/** Converts with the chosen mapping and checks the whole data set as it would be. */
	async pruefe(): Promise<void> {
		const e = this.eingelesen;
		if (!e || !this.s.manifest) return;
		this.arbeitet = true;
		try {
			const v =
				e.art === 'tabelle'
					? await quelleAusTabelle(e.roh, $state.snapshot(this.zuordnung)!, await this.s.verbindung(), this.zuordnung?.ziel === 'register' ? alsUtf8(e.roh, new Uint8Array(await this.datei!.arrayBuffer())) : undefined)
					: quelleAusGeometrie(e.geo, $state.snapshot(this.geometriewahl), new Set(this.s.stadtbezirke.map((b) => b.code)), this.s.geometrie, bezugDerEigenenDaten(this.s.arbeitsstand, this.s.geometrie));
			this.doppelte = v.doppelte ?? null;
			if (!v.quelle) {
				this.meldungen = einmal(v.meldungen);
				return;
			}
			const { arbeitsstand, ersetzt } = fuegeHinzu(this.s.arbeitsstand ?? leererArbeitsstand(this.s.manifest), v.quelle);
			let pruefung: Meldung[];
			try {
				pruefung = await this.s.pruefe(arbeitsstand);
			} catch (error) {
				if (!(error instanceof Ladefehler)) throw error;
				pruefung = [...error.meldungen];
			}
			this.meldungen = einmal([...v.meldungen, ...pruefung]);
			this.kandidat = { arbeitsstand, quelle: v.quelle, ersetzt };
			this.schritt = 'geprueft';
		} catch (error) {
			this.meldungen = [fehler(this.datei?.name ?? '', `Die Prüfung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`)];
		} finally {
			this.arbeitet = false;
		}
	}

	/** Ways on from a code given twice: leave out the later areas, or take another attribute as the code. */
	async lasseDoppelteWeg(): Promise<void> {
		this.geometriewahl = { ...this.geometriewahl, doppelteWeglassen: true };
		await this.pruefe();
	}

	async nimmCodeFeld(feld: string): Promise<void> {
		this.geometriewahl = { ...this.geometriewahl, codeFeld: feld, doppelteWeglassen: false };
		await this.pruefe();
	}

	async uebernimm(): Promise<void> {
		const k = this.kandidat;
		if (!k || !this.fehlerfrei) return;
		this.arbeitet = true;
		try {
			await this.s.uebernimm(k.arbeitsstand);
			if (this.eingelesen?.art === 'tabelle' && this.zuordnung) await merkeZuordnung(zuordnungsSchluessel(this.eingelesen.roh.kopf), $state.snapshot(this.zuordnung));
			this.schritt = 'fertig';
		} catch (error) {
			this.meldungen = error instanceof Ladefehler ? [...error.meldungen] : [fehler(this.datei?.name ?? '', `Die Übernahme ist fehlgeschlagen; die bisherigen Daten bleiben geladen. ${String(error)}`)];
		} finally {
			this.arbeitet = false;
		}
	}

	verwerfe(): void {
		this.schritt = 'wahl';
		this.eingelesen = null;
		this.zuordnung = null;
		this.kandidat = null;
		this.doppelte = null;
		this.meldungen = [];
		this.datei = null;
	}
}
