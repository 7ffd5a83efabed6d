/**
 * The key figures a KIK goal can be linked to and how the atlas computes them per Stichtag: coverage
 * of a kind of offer for a group (share within the walking distance, from the coverage analysis) or
 * the city value of an atlas indicator. One home for their ids, labels and definitions.
 */
import type { Einrichtung, Gruppenzahlen, WohnortZeile } from '../../data/abfragen/angebote';
import { GESAMTSTADT } from '../../data/schema';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { INDIKATOREN } from '../../data/indikatoren';
import type { Messwert } from '../../data/kik/ziel';
import { bevoelkerungspunkte } from '../bevoelkerungspunkte';
import { erreichbarkeit, naechsteEntfernung, STANDARD_REICHWEITE, type Reichweite } from '../erreichbarkeit';
import { hatLage } from '../angebotsfilter';
import { wertAus } from '../indikatorwerte';
import { zuMetern, type Ebene } from '../projektion';
import type { Gruppe } from '../zielgruppen';

export interface Erreichbarkeitskennzahl {
	id: string;
	label: string;
	typen: string[];
	gruppe: Gruppe;
	reichweite: Reichweite;
}

export const ZIELKENNZAHLEN: Erreichbarkeitskennzahl[] = [
	{ id: 'erreichbar_begegnungsstaette', label: 'Anteil der Einwohner*innen mit einer Begegnungsstätte in 500 m Fußweg', typen: ['Begegnungsstätte'], gruppe: 'einwohner', reichweite: STANDARD_REICHWEITE },
	{ id: 'erreichbar_sprachcafe_neuzugewandert', label: 'Anteil der Neuzugewanderten mit einem Sprach-/Kulturcafé in 500 m Fußweg', typen: ['Sprach-/Kulturcafé'], gruppe: 'neuzugewandert', reichweite: STANDARD_REICHWEITE },
	{ id: 'erreichbar_migrationsberatung_gefluechtete', label: 'Anteil der Geflüchteten mit einer Migrationsberatung in 500 m Fußweg', typen: ['Migrationsberatung'], gruppe: 'flucht', reichweite: STANDARD_REICHWEITE },
	{ id: 'erreichbar_familienzentrum_kinder', label: 'Anteil der Kinder mit einem Familienzentrum in 500 m Fußweg', typen: ['Familienzentrum'], gruppe: 'kinder', reichweite: STANDARD_REICHWEITE }
];

export const EIGENE_KENNZAHL = 'eigen';

/** Every id a goal may name: the coverage figures and the atlas's indicators (as city values). */
export const KENNZAHL_IDS: readonly string[] = [...ZIELKENNZAHLEN.map((k) => k.id), ...INDIKATOREN.map((i) => i.id)];

export function kennzahlLabel(id: string, bezeichnung = ''): string {
	if (bezeichnung) return bezeichnung;
	return ZIELKENNZAHLEN.find((k) => k.id === id)?.label ?? INDIKATOREN.find((i) => i.id === id)?.label ?? id;
}

export const istProzent = (id: string) => ZIELKENNZAHLEN.some((k) => k.id === id) || INDIKATOREN.find((i) => i.id === id)?.einheit === 'prozent';

export interface Kennzahlgrundlage {
	stichtage: readonly string[];
	einrichtungen: readonly Einrichtung[];
	wohnorte: readonly WohnortZeile[];
	/** Group counts per district, per Stichtag. */
	zahlen: ReadonlyMap<string, ReadonlyMap<string, Gruppenzahlen>>;
	ebene: Ebene;
	indikatortabelle: Indikatortabelle | null;
}

/**
 * The key figure's city value at every Stichtag of the data. Coverage uses today's offer table for
 * every Stichtag (offers carry no dates), so it changes over time only with where people live.
 */
export function kennzahlReihe(id: string, g: Kennzahlgrundlage): Messwert[] {
	const k = ZIELKENNZAHLEN.find((x) => x.id === id);
	if (k) {
		const standorte = g.einrichtungen.filter((e) => hatLage(e) && e.typen.some((t) => k.typen.includes(t))).map((e) => {
			const [x, y] = zuMetern(g.ebene, e.lon!, e.lat!);
			return { x, y };
		});
		return g.stichtage.flatMap((st) => {
			const zahlen = g.zahlen.get(st);
			if (!zahlen || !g.wohnorte.length) return [];
			const p = bevoelkerungspunkte(g.wohnorte, zahlen, g.ebene);
			const anteil = erreichbarkeit(p, naechsteEntfernung(p, standorte), k.gruppe, k.reichweite).stadt.anteil;
			return anteil === null ? [] : [{ stichtag: st, wert: anteil }];
		});
	}
	const t = g.indikatortabelle;
	if (!t || !INDIKATOREN.some((i) => i.id === id)) return [];
	return t.stichtage.flatMap((st) => {
		const w = wertAus(t, st, id, GESAMTSTADT);
		return w === null ? [] : [{ stichtag: st, wert: w }];
	});
}

/** Computed values and the office's own values together (an own value wins on the same Stichtag). */
export function vereinige(berechnet: readonly Messwert[], eigene: readonly Messwert[]): Messwert[] {
	const je = new Map(berechnet.map((m) => [m.stichtag, m]));
	for (const m of eigene) je.set(m.stichtag, m);
	return [...je.values()].sort((a, b) => a.stichtag.localeCompare(b.stichtag));
}
