/**
 * The data set's own KIK files beside its manifest: the actors named by the concept
 * (`kik-akteure.csv`), example or published measure states (`kik-massnahmenstand.csv`) and goals
 * (`kik-ziele.csv`). Each is optional: a city without them starts with every measure "nicht erfasst".
 * They pass the same checks as an import.
 */
import { csvParseRows } from 'd3-dsv';
import type { Meldung } from '../meldungen';
import { textTabelle } from '../import/textTabelle';
import { leseMassnahmenstand, leseZiele, type Bezug, type Zielbezug } from './einlesen';
import type { KikStand } from './kikstand';
import { fehlendeTeile, type Arbeitsstand } from '../arbeitsstand/arbeitsstand';

export const KIK_DATEIEN = { akteure: 'kik-akteure.csv', stand: 'kik-massnahmenstand.csv', ziele: 'kik-ziele.csv' } as const;

/**
 * Whose measures are loaded: the data set's own (its KIK files describe them) or the office's own
 * list (imported, or none yet in a city of its own), which starts with no states and no goals. The
 * two are kept apart in the browser, so a city of its own never inherits the demo's entries. A city
 * still being put together shows the built-in data set, and so its measures.
 */
export type Massnahmenliste = 'datensatz' | 'eigen';

export function massnahmenliste(a: Arbeitsstand | null): Massnahmenliste {
	if (!a || fehlendeTeile(a).length) return 'datensatz';
	return a.eigeneStadt || a.ohne.includes('massnahme') || a.quellen.some((q) => q.teil === 'massnahme') ? 'eigen' : 'datensatz';
}

export interface Akteur {
	akteur: string;
	handlungsfelder: string[];
}

/** Rows, not objects: d3's object parser compiles a function from the header, which the CSP forbids. */
export function leseAkteure(text: string): Akteur[] {
	const [kopf = [], ...zeilen] = csvParseRows(text.replace(/^\uFEFF/, ''));
	const a = kopf.indexOf('akteur');
	const h = kopf.indexOf('handlungsfelder');
	return zeilen.map((z) => ({ akteur: (z[a] ?? '').trim(), handlungsfelder: (z[h] ?? '').split(';').filter(Boolean) })).filter((x) => x.akteur);
}

/** `lies` gives a file's text, or null when the data set has no such file. */
export async function leseKikStandard(lies: (datei: string) => Promise<string | null>, bezug: Omit<Bezug, 'akteure'>, zielbezug: Zielbezug): Promise<{ stand: KikStand; akteure: Akteur[]; meldungen: Meldung[] }> {
	const [a, s, z] = await Promise.all([lies(KIK_DATEIEN.akteure), lies(KIK_DATEIEN.stand), lies(KIK_DATEIEN.ziele)]);
	const akteure = a ? leseAkteure(a) : [];
	const voll: Bezug = { ...bezug, akteure: new Set(akteure.map((x) => x.akteur)) };
	const kodiert = (datei: string, text: string) => textTabelle(datei, new TextEncoder().encode(text));
	const st = s ? leseMassnahmenstand(kodiert(KIK_DATEIEN.stand, s), voll) : { eintraege: [], meldungen: [] };
	const zi = z ? leseZiele(kodiert(KIK_DATEIEN.ziele, z), zielbezug) : { eintraege: [], meldungen: [] };
	return { stand: { version: 1, verlauf: st.eintraege, ziele: zi.eintraege }, akteure, meldungen: [...st.meldungen, ...zi.meldungen] };
}
