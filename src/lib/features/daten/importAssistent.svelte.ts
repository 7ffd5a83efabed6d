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
import { quelleAusGeometrie, quelleAusTabelle, type Vorschlag } from '../../data/import/quelle';
import { alsUtf8 } from '../../data/import/register';
import { type Quelle } from '../../data/arbeitsstand/arbeitsstand';
import { bezirkeDerQuelle, istFremd, plane, type Plan } from '../../data/arbeitsstand/neueStadt';
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
	kandidat = $state.raw<{ plan: Plan; quelle: Quelle } | null>(null);
	/** The name of a city of its own, asked with the question that begins it. */
	stadtname = $state('');
	arbeitet = $state(false);

	constructor(private s: Sitzung) {}

	/**
	 * Codes of the districts loaded now, of a city still being begun too (the atlas shows the demo until
	 * then): a table's area level and a boundary file's code field are guessed by them.
	 */
	get bekannteCodes(): Set<string> {
		return this.s.bezirkscodes();
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
				this.zuordnung = erkenneZuordnung(e.roh, this.bekannteCodes, gespeichert, this.s.bezirke());
				this.meldungen = e.roh.hinweise;
				this.schritt = 'zuordnung';
			} else {
				const codeFeld = rateCodeFeld(e.geo, this.bekannteCodes) ?? '';
				const namenskandidaten = e.geo.eigenschaften.filter((x) => x !== codeFeld);
				this.geometriewahl = { codeFeld, nameFeld: namenskandidaten.find((x) => /name/i.test(x)) ?? namenskandidaten.find((x) => /bez/i.test(x)) };
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
			const bekannt = this.s.bezirkscodes();
			let v: Vorschlag;
			if (e.art === 'tabelle') {
				v = await quelleAusTabelle(e.roh, $state.snapshot(this.zuordnung)!, await this.s.verbindung(), this.zuordnung?.ziel === 'register' ? alsUtf8(e.roh, new Uint8Array(await this.datei!.arrayBuffer())) : undefined);
			} else {
				const wahl = $state.snapshot(this.geometriewahl);
				const eigene = new Set(e.geo.features.map((f) => String(f.properties?.[wahl.codeFeld] ?? '').trim()));
				const eigen = !!this.s.arbeitsstand?.eigeneStadt;
				// Boundaries of another city are compared with nothing of the demo's: they begin a list of their own.
				const fremd = !eigen && istFremd([...eigene].map((code) => ({ code, name: code })), bekannt);
				v = quelleAusGeometrie(e.geo, wahl, fremd ? eigene : bekannt, fremd || this.s.fehlt.length ? null : this.s.geometrie, bezugDerEigenenDaten(this.s.arbeitsstand, this.s.geometrie));
			}
			this.doppelte = v.doppelte ?? null;
			if (!v.quelle) {
				this.meldungen = einmal(v.meldungen);
				return;
			}
			const plan = plane(this.s.arbeitsstand, this.s.manifest, v.quelle, bezirkeDerQuelle(v.quelle, (v.stadtbezirke ?? []).map((b) => ({ ...b, name: b.name ?? b.code }))), bekannt);
			this.stadtname = '';
			let pruefung: Meldung[];
			try {
				pruefung = await this.s.pruefe(plan.arbeitsstand);
			} catch (error) {
				if (!(error instanceof Ladefehler)) throw error;
				pruefung = [...error.meldungen];
			}
			this.meldungen = einmal([...v.meldungen, ...pruefung]);
			this.kandidat = { plan, quelle: v.quelle };
			this.schritt = 'geprueft';
		} catch (error) {
			this.meldungen = [fehler(this.datei?.name ?? '', `Die Prüfung ist fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`)];
		} finally {
			this.arbeitet = false;
		}
	}

	/** Ways on from a code given twice: join the parts, leave out the later areas, or take another attribute as the code. */
	async lasseDoppelteWeg(): Promise<void> {
		this.geometriewahl = { ...this.geometriewahl, doppelteWeglassen: true, doppelteVereinen: false };
		await this.pruefe();
	}

	async vereineDoppelte(): Promise<void> {
		this.geometriewahl = { ...this.geometriewahl, doppelteVereinen: true, doppelteWeglassen: false };
		await this.pruefe();
	}

	async nimmCodeFeld(feld: string): Promise<void> {
		this.geometriewahl = { ...this.geometriewahl, codeFeld: feld, doppelteWeglassen: false, doppelteVereinen: false };
		await this.pruefe();
	}

	async uebernimm(): Promise<void> {
		const k = this.kandidat;
		if (!k || !this.fehlerfrei) return;
		this.arbeitet = true;
		try {
			const a = k.plan.arbeitsstand;
			await this.s.uebernimm(k.plan.art === 'neueStadt' ? { ...a, einstellungen: { ...a.einstellungen, stadt: this.stadtname.trim() } } : a);
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
