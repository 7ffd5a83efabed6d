/**
 * The Statusbericht's plan: which dates it compares, and the numbers of its figures and tables in the
 * order they appear, so that every reference ("Abb. 4", "Tab. 7") is the one printed.
 */
import { HANDLUNGSFELD_CODES, type Handlungsfeld } from '../../data/schema';
import type { Verlauf } from '../../data/kik/stand';
import type { Zielsetzung } from '../../data/kik/ziel';

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
