/**
 * The Faktencheck as a printed publication: its tables (numbered after the figures, each with the
 * figure it belongs to), the table of districts × indicators with the city row, and the contents with
 * the text each entry's page is found by in the printed PDF (scripts/druck.ts). Pure, so the page,
 * its print and the command show the same numbers.
 */
import { GESAMTSTADT } from '../../data/schema';
import { indikator, type Indikator } from '../../data/indikatoren';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { OHNE_ANGABE } from '../../data/angaben';
import { nachkommastellen, GESPERRT } from '../../analysis/format';
import { werteFuer } from '../../analysis/indikatorwerte';
import type { Exporttabelle, Zelle } from '../../export/csv';
import type { Inhaltseintrag } from '../../ui/Inhalt.svelte';
import type { Abbildung } from './abbildungen';

export interface Tabelle {
	nr: number;
	titel: string;
	tabelle: Exporttabelle;
	/** The figures whose data it holds. */
	zu: number[];
}

const BEZIRKSSPALTEN = ['einwohner', 'mh_anteil', 'auslaender_anteil', 'eingebuergert_anteil', 'aussiedler_anteil', 'flucht_anteil', 'unter18_anteil', 'neuzugewandert_anteil'];

/** Districts × indicators at the Stichtag, the city last; only indicators the data hold. */
export function bezirkstabelle(t: Indikatortabelle, stichtag: string, bezirkName: ReadonlyMap<string, string>, fussnoten: string[]): Exporttabelle {
	const spalten = BEZIRKSSPALTEN.map((id) => indikator(id)!).filter((i) => werteFuer(t, stichtag, i.id).some((w) => w.wert !== null || w.sperre));
	const werte = new Map(spalten.map((i) => [i.id, new Map(werteFuer(t, stichtag, i.id).map((w) => [w.code, w]))]));
	const zelle = (i: Indikator, code: string): Zelle => {
		const w = werte.get(i.id)!.get(code);
		return w?.wert ?? (w?.sperre ? GESPERRT : OHNE_ANGABE);
	};
	const codes = [...t.codes.filter((c) => c !== GESAMTSTADT), GESAMTSTADT];
	return {
		kopf: ['Nr.', 'Stadtbezirk', ...spalten.map((i) => (i.einheit === 'prozent' ? `${i.kurz} (%)` : i.kurz))],
		zeilen: codes.map((c) => [c === GESAMTSTADT ? '' : c, c === GESAMTSTADT ? 'Gesamtstadt' : (bezirkName.get(c) ?? ''), ...spalten.map((i) => zelle(i, c))]),
		stellen: [0, 0, ...spalten.map((i) => nachkommastellen(i.einheit))],
		fussnoten: [...fussnoten, 'Anteile in Prozent der jeweiligen Bezugsgruppe (siehe Begriffe und Methoden).']
	};
}

const GESCHLECHT: Record<string, string> = { m: 'Männer', w: 'Frauen' };
const untereGrenze = (z: Zelle) => Number.parseInt(String(z), 10);

/**
 * The age pyramid's long list (one row per age group, sex and group) as a grid a page holds: one row per
 * age group from the youngest, one column per sex and group.
 */
function alsRaster(t: Exporttabelle): Exporttabelle {
	const schluessel = (z: Zelle[]) => z.slice(1, -1).map((x) => GESCHLECHT[String(x)] ?? x).join(': ');
	const spalten = [...new Set(t.zeilen.map(schluessel))];
	const zeilen = [...new Set(t.zeilen.map((z) => z[0]))].sort((a, b) => untereGrenze(a) - untereGrenze(b));
	return {
		kopf: [t.kopf[0], ...spalten],
		zeilen: zeilen.map((r) => [r, ...spalten.map((sp) => t.zeilen.find((z) => z[0] === r && schluessel(z) === sp)?.at(-1) ?? null)]),
		stellen: [0, ...spalten.map(() => t.stellen?.at(-1) ?? 0)],
		fussnoten: t.fussnoten
	};
}

/**
 * The tables section: one table per figure, except the maps, whose values stand together in the table
 * of districts × indicators (last).
 */
export function tabellenteil(abbildungen: readonly Abbildung[], bezirke: Exporttabelle | null): Tabelle[] {
	const eigene = abbildungen.filter((a) => !a.id.startsWith('karte-'));
	const karten = abbildungen.filter((a) => a.id.startsWith('karte-')).map((a) => a.nr);
	const liste: Tabelle[] = eigene.map((a, i) => ({ nr: i + 1, titel: a.titel, tabelle: a.id === 'alterspyramide' ? alsRaster(a.tabelle) : a.tabelle, zu: [a.nr] }));
	if (bezirke) liste.push({ nr: liste.length + 1, titel: 'Ausgewählte Indikatoren je Stadtbezirk', tabelle: bezirke, zu: karten });
	return liste;
}

export const abbildungsTitel = (a: Pick<Abbildung, 'nr' | 'titel'>) => `Abbildung ${a.nr}: ${a.titel}`;
export const tabellenTitel = (t: Pick<Tabelle, 'nr' | 'titel'>) => `Tabelle ${t.nr}: ${t.titel}`;

export const KAPITEL = { ueberblick: '1 Auf einen Blick', abbildungen: '2 Abbildungen', tabellen: '3 Tabellen', anhang: '4 Begriffe und Methoden', zeichen: 'Zeichenerklärung', impressum: 'Impressum' } as const;

export function inhaltsverzeichnis(abbildungen: readonly Abbildung[], tabellen: readonly Tabelle[]): Inhaltseintrag[] {
	const kapitel = (k: keyof typeof KAPITEL): Inhaltseintrag => ({ ziel: `kapitel-${k}`, text: KAPITEL[k], suche: KAPITEL[k], ebene: 1 });
	return [
		kapitel('ueberblick'),
		kapitel('abbildungen'),
		...abbildungen.map((a): Inhaltseintrag => ({ ziel: `abb-${a.id}`, text: abbildungsTitel(a), suche: `Abbildung ${a.nr}:`, ebene: 2 })),
		kapitel('tabellen'),
		...tabellen.map((t): Inhaltseintrag => ({ ziel: `tabelle-${t.nr}`, text: tabellenTitel(t), suche: `Tabelle ${t.nr}:`, ebene: 2 })),
		kapitel('anhang'),
		kapitel('zeichen'),
		kapitel('impressum')
	];
}

/** A table cell as shown and printed: numbers with the column's decimals and German grouping. */
export const zellText = (w: Zelle, stellen = 1): string =>
	typeof w === 'number' ? w.toLocaleString('de-DE', { maximumFractionDigits: stellen, minimumFractionDigits: stellen, useGrouping: 'always' }) : (w ?? '');
