/**
 * The Statusbericht's plan: which dates it compares, and the numbers of its figures and tables in the
 * order they appear, so that every reference ("Abb. 4", "Tab. 7") is the one printed.
 */
import { HANDLUNGSFELD_CODES, HANDLUNGSFELDER, type Handlungsfeld } from '../../data/schema';
import type { Verlauf } from '../../data/kik/stand';
import type { Zielsetzung } from '../../data/kik/ziel';
import type { Inhaltseintrag } from '../../ui/Inhalt.svelte';

/** The date of the previous report: the latest day before the last day with records up to `stichtag`. */
export function vorigerBerichtstag(v: Verlauf, stichtag: string): string | null {
	const tage = [...new Set(v.map((e) => e.geaendertAm.slice(0, 10)).filter((t) => t <= stichtag))].sort();
	return tage.at(-2) ?? null;
}

export interface Nummern {
	statusAbb: string;
	statusTab: string;
	zieleTab: string;
	wechselTab: string;
	neuTab: string;
	zielwechselTab: string;
	zielAbb: Map<Zielsetzung, string>;
	feldTab: Record<Handlungsfeld, string>;
	karteAbb: string;
	lueckenTab: string;
}

export function nummeriere(ziele: readonly Zielsetzung[], mitAbbildung: (z: Zielsetzung) => boolean): Nummern {
	let abb = 0;
	let tab = 0;
	const a = () => `Abb. ${++abb}`;
	const t = () => `Tab. ${++tab}`;
	const statusAbb = a();
	const statusTab = t();
	const zieleTab = t();
	const wechselTab = t();
	const neuTab = t();
	const zielwechselTab = t();
	const zielAbb = new Map<Zielsetzung, string>();
	const feldTab = {} as Record<Handlungsfeld, string>;
	for (const hf of HANDLUNGSFELD_CODES) {
		for (const z of ziele) if (z.ziel.startsWith(`${hf} `) && mitAbbildung(z)) zielAbb.set(z, a());
		feldTab[hf] = t();
	}
	return { statusAbb, statusTab, zieleTab, wechselTab, neuTab, zielwechselTab, zielAbb, feldTab, karteAbb: a(), lueckenTab: t() };
}

/** The chapters as numbered in the report: summary, changes, one per Handlungsfeld, the Sozialraum, the annex. */
export const KAPITELNUMMERN = { sozialraum: HANDLUNGSFELD_CODES.length + 3, anhang: HANDLUNGSFELD_CODES.length + 4 } as const;

/** Every chapter's anchor and numbered heading, in the report's order: the headings and the contents read them. */
export const KAPITEL: readonly { ziel: string; titel: string }[] = [
	{ ziel: 'zusammenfassung', titel: '1 Zusammenfassung' },
	{ ziel: 'aenderungen', titel: '2 Änderungen seit dem letzten Bericht' },
	...HANDLUNGSFELD_CODES.map((hf, i) => ({ ziel: `hf-${hf}`, titel: `${i + 3} ${HANDLUNGSFELDER[hf]}` })),
	{ ziel: 'sozialraum', titel: `${KAPITELNUMMERN.sozialraum} Maßnahmen im Sozialraum` },
	{ ziel: 'methoden', titel: `${KAPITELNUMMERN.anhang} Anhang: Methoden und Quellen` },
	{ ziel: 'zeichen', titel: 'Zeichenerklärung' },
	{ ziel: 'impressum', titel: 'Impressum' }
];

export const kapiteltitel = (ziel: string): string => KAPITEL.find((k) => k.ziel === ziel)!.titel;

/**
 * The printed contents; each entry is found in the PDF by its numbered heading, which stands nowhere
 * else after the contents (scripts/druck.ts fills in the pages).
 */
export function inhaltsverzeichnis(): Inhaltseintrag[] {
	return KAPITEL.map(({ ziel, titel }) => ({ ziel, text: titel, suche: titel, ebene: 1 }));
}
