/**
 * The KIK cycle on a page: the measure states and goals (as stored in this browser, else the data
 * set's own files), the concept's measures, actors, offers and districts they are checked against,
 * and what the analysis derives — current state, key-figure series, judgements. A save appends to the
 * history and stores the whole at once; nothing earlier is changed.
 */
import bbox from '@turf/bbox';
import { einrichtungen, gruppenzahlen, massnahmen, wohnorte, type Massnahme } from '../../data/abfragen/angebote';
import { ladeKik, speichereKik } from '../../data/arbeitsstand/speicher';
import { leseKikStandard, type Akteur } from '../../data/kik/standard';
import type { KikStand } from '../../data/kik/kikstand';
import { haengeAn, standAm, type Massnahmenstand, type Verlauf } from '../../data/kik/stand';
import type { Zielsetzung } from '../../data/kik/ziel';
import { leseMassnahmenstand, leseZiele, type Bezug, type Zielbezug } from '../../data/kik/einlesen';
import { fehler, type Meldung } from '../../data/meldungen';
import type { Rohtabelle } from '../../data/import/rohtabelle';
import { KENNZAHL_IDS, kennzahlReihe, vereinige, type Kennzahlgrundlage } from '../../analysis/kik/kennzahlen';
import { beurteile, type Beurteilung } from '../../analysis/kik/zielpfad';
import { ebeneUm } from '../../analysis/projektion';
import { Abfrage } from '../../ui/abfrage.svelte';
import type { Sitzung } from '../../ui/sitzung.svelte';

const LEER: KikStand = { version: 1, verlauf: [], ziele: [] };

export type Herkunft = 'gespeichert' | 'datensatz' | 'leer';

export const zielSchluessel = (z: Zielsetzung) => `${z.ziel} · ${z.kennzahl === 'eigen' ? z.bezeichnung : z.kennzahl}`;

export class KikZustand {
	private s!: Sitzung;
	massnahmen!: Abfrage<Massnahme[]>;
	#angebote!: Abfrage<Awaited<ReturnType<typeof einrichtungen>>>;
	#wohnorte!: Abfrage<Awaited<ReturnType<typeof wohnorte>>>;
	zahlenJe!: Abfrage<Map<string, Awaited<ReturnType<typeof gruppenzahlen>>>>;

	stand = $state.raw<KikStand | null>(null);
	akteure = $state.raw<Akteur[]>([]);
	herkunft = $state<Herkunft>('leer');
	meldungen = $state.raw<Meldung[]>([]);

	constructor(s: Sitzung) {
		this.s = s;
		this.massnahmen = new Abfrage(s, () => massnahmen);
		this.#angebote = new Abfrage(s, () => einrichtungen);
		this.#wohnorte = new Abfrage(s, () => wohnorte);
		this.zahlenJe = new Abfrage(s, () => {
			const stichtage = s.indikatortabelle?.stichtage ?? [];
			return stichtage.length ? async (k) => new Map(await Promise.all(stichtage.map(async (st) => [st, await gruppenzahlen(k, st)] as const))) : null;
		});
		$effect(() => {
			if (this.massnahmen.wert && this.#angebote.wert && s.stadtbezirke.length && this.stand === null) void this.#lade();
		});
	}

	angebote = $derived(this.#angebote.wert ?? []);
	bezug = $derived<Bezug>({
		massnahmen: new Set((this.massnahmen.wert ?? []).map((m) => m.id)),
		bezirke: new Set(this.s.stadtbezirke.map((b) => b.code)),
		angebote: new Set(this.angebote.map((e) => e.id)),
		akteure: new Set(this.akteure.map((a) => a.akteur))
	});
	zielbezug = $derived<Zielbezug>({ kennzahlen: new Set(KENNZAHL_IDS), ziele: new Set((this.massnahmen.wert ?? []).map((m) => `${m.handlungsfeld} ${m.ziel_nr}`)) });

	async #lade() {
		const lies = async (datei: string) => {
			try {
				const r = await fetch(`${this.s.ordner}/${encodeURIComponent(datei)}`);
				return r.ok ? await r.text() : null;
			} catch {
				return null;
			}
		};
		// The folder's KIK files describe its own measures; another measure list starts empty.
		const liste = this.s.massnahmenliste;
		const standard = liste === 'datensatz' ? await leseKikStandard(lies, this.bezug, this.zielbezug) : { stand: LEER, akteure: [], meldungen: [] };
		this.akteure = standard.akteure;
		const gespeichert = await ladeKik(liste);
		this.stand = gespeichert ?? standard.stand;
		this.herkunft = gespeichert ? 'gespeichert' : standard.stand.verlauf.length || standard.stand.ziele.length ? 'datensatz' : 'leer';
		this.meldungen = standard.meldungen;
	}

	verlauf = $derived(this.stand?.verlauf ?? []);
	/** The source line of every view that shows measure states: whose entries, and whether examples are among them. */
	standQuelle = $derived.by(() => {
		const beispiele = this.verlauf.some((e) => e.beispiel);
		const eigene = this.verlauf.some((e) => !e.beispiel);
		return `Maßnahmenstand: ${eigene ? `Eintragungen der Integrationsarbeit${beispiele ? ' und Beispieleinträge' : ''}` : beispiele ? 'Beispieleinträge' : 'noch keine Einträge'}`;
	});
	ziele = $derived(this.stand?.ziele ?? []);
	aktuell = $derived(standAm(this.verlauf));
	bereit = $derived(this.stand !== null && this.massnahmen.wert !== undefined);

	/** Appends one record (dated now) and stores the whole; returns the record written. */
	async speichere(e: Omit<Massnahmenstand, 'geaendertAm'>): Promise<Massnahmenstand> {
		const eintrag: Massnahmenstand = { ...e, geaendertAm: new Date().toISOString(), beispiel: false };
		const neu: KikStand = { version: 1, verlauf: [...haengeAn(this.verlauf, eintrag)], ziele: this.ziele };
		await speichereKik(neu, this.s.massnahmenliste);
		this.stand = neu;
		this.herkunft = 'gespeichert';
		return eintrag;
	}

	/** An imported measure-state table is added to the history (an import never deletes records). */
	async importiereStand(roh: Rohtabelle): Promise<Meldung[]> {
		const r = leseMassnahmenstand(roh, this.bezug);
		if (r.meldungen.some((m) => m.schwere === 'fehler')) return r.meldungen;
		if (!r.eintraege.length) return [...r.meldungen, fehler(roh.datei, 'Die Tabelle enthält keine Einträge.')];
		const bekannt = new Set(this.verlauf.map((e) => `${e.massnahme}|${e.geaendertAm}`));
		const neu = r.eintraege.filter((e) => !bekannt.has(`${e.massnahme}|${e.geaendertAm}`));
		const k: KikStand = { version: 1, verlauf: [...neu.reduce<Verlauf>((v, e) => haengeAn(v, e), this.verlauf)], ziele: this.ziele };
		await speichereKik(k, this.s.massnahmenliste);
		this.stand = k;
		this.herkunft = 'gespeichert';
		return r.meldungen;
	}

	/** An imported goal table replaces the goals (goals are definitions, not a history). */
	async importiereZiele(roh: Rohtabelle): Promise<Meldung[]> {
		const r = leseZiele(roh, this.zielbezug);
		if (r.meldungen.some((m) => m.schwere === 'fehler')) return r.meldungen;
		const k: KikStand = { version: 1, verlauf: [...this.verlauf], ziele: r.eintraege };
		await speichereKik(k, this.s.massnahmenliste);
		this.stand = k;
		this.herkunft = 'gespeichert';
		return r.meldungen;
	}

	/** Back to the data set's own states and goals; the edited ones are deleted from this browser. */
	async verwerfe(): Promise<void> {
		await speichereKik(null, this.s.massnahmenliste);
		this.stand = null;
	}

	grundlage = $derived.by<Kennzahlgrundlage | null>(() => {
		const g = this.s.geometrie;
		if (!g || !this.#wohnorte.wert || !this.zahlenJe.wert || !this.#angebote.wert) return null;
		const [w, s, o, n] = bbox(g);
		return { stichtage: this.s.indikatortabelle?.stichtage ?? [], einrichtungen: this.#angebote.wert, wohnorte: this.#wohnorte.wert, zahlen: this.zahlenJe.wert, ebene: ebeneUm((w + o) / 2, (s + n) / 2), indikatortabelle: this.s.indikatortabelle };
	});

	/** Each goal's values per Stichtag: computed by the atlas, with the office's own values. */
	reihen = $derived.by(() => {
		const g = this.grundlage;
		const cache = new Map<string, ReturnType<typeof kennzahlReihe>>();
		return new Map(
			this.ziele.map((z) => {
				let berechnet = cache.get(z.kennzahl);
				if (!berechnet) {
					berechnet = z.kennzahl === 'eigen' || !g ? [] : kennzahlReihe(z.kennzahl, g);
					cache.set(z.kennzahl, berechnet);
				}
				return [zielSchluessel(z), vereinige(berechnet, z.werte)] as const;
			})
		);
	});
	/** Computed values exist only once the coverage inputs are loaded. */
	reihenBereit = $derived(this.ziele.every((z) => z.kennzahl === 'eigen') || this.grundlage !== null);

	beurteilung(z: Zielsetzung, bis?: string): Beurteilung {
		return beurteile(z, this.reihen.get(zielSchluessel(z)) ?? [], bis);
	}
}
