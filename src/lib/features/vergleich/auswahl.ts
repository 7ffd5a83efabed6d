/**
 * The comparison's selection in the URL: up to four entries, each a district or a group of districts
 * with an optional name ("40+41+43~Nord,54,61"). Codes are checked against the loaded districts. A `+`
 * typed into a query is a space to the browser, so a space joins codes as well.
 */
import { CODE_MUSTER } from '../../data/schema';
import { INDIKATOREN } from '../../data/indikatoren';
import type { Bezirksgruppe } from '../../data/abfragen/gruppen';
import type { UrlSeite } from '../../ui/url';

export const MAX_AUSWAHL = 4;
const CODE = new RegExp(CODE_MUSTER);

export function leseAuswahl(roh: string | null, namen: ReadonlyMap<string, string>): { gruppen: Bezirksgruppe[]; verworfen: string[] } {
	const gruppen: Bezirksgruppe[] = [];
	const verworfen: string[] = [];
	for (const teil of (roh ?? '').split(',').filter(Boolean)) {
		const [codesText, name] = teil.split('~');
		const codes = codesText.split(/[+ ]/);
		if (gruppen.length >= MAX_AUSWAHL || codes.length === 0 || !codes.every((c) => CODE.test(c) && namen.has(c))) {
			verworfen.push(teil.replace(/^[^~]*/, (c) => c.replace(/ /g, '+')));
			continue;
		}
		gruppen.push(gruppe(codes, name?.trim() || undefined, namen));
	}
	return { gruppen, verworfen };
}

/**
 * The selection as the link holds it and the Stichtag (both checked against the loaded data once they
 * are there; no Stichtag = the latest) and the indicator of the time series.
 */
export interface VergleichLink {
	auswahl: string | null;
	indikator: string;
	stichtag: string | null;
}

export const VERGLEICH_URL: UrlSeite<VergleichLink> = {
	pfad: '/vergleich',
	schluessel: { a: 'Auswahl', i: 'Indikator', t: 'Stichtag' },
	lese: (u) => ({
		auswahl: u.params.get('a'),
		indikator: u.wahl('i', INDIKATOREN.map((i) => i.id), 'mh_anteil', 'Indikator', (id) => INDIKATOREN.find((i) => i.id === id)!.label),
		stichtag: u.datum('t', 'Stichtag', 'der neueste Stichtag')
	}),
	schreibe: (w) => [
		['a', w.auswahl],
		['i', w.indikator],
		['t', w.stichtag]
	]
};

/** What the link named that the loaded districts do not have, for the notice. */
export const verworfenHinweis = (verworfen: readonly string[]) => verworfen.map((wert) => ({ was: 'Auswahl', wert, stattdessen: 'nicht berücksichtigt' }));

export function gruppe(codes: readonly string[], name: string | undefined, namen: ReadonlyMap<string, string>): Bezirksgruppe {
	const eindeutig = [...new Set(codes)];
	return {
		id: eindeutig.join('+'),
		codes: eindeutig,
		name: name ?? (eindeutig.length === 1 ? `${eindeutig[0]} ${namen.get(eindeutig[0]) ?? ''}`.trim() : eindeutig.join(' + '))
	};
}

export function schreibeAuswahl(gruppen: readonly Bezirksgruppe[], namen: ReadonlyMap<string, string>): string {
	return gruppen.map((g) => (g.name === gruppe(g.codes, undefined, namen).name ? g.id : `${g.id}~${g.name.replace(/[,~]/g, ' ')}`)).join(',');
}

/**
 * An example group from the loaded districts, for the page's explanation: districts whose names share a
 * part before a dash ("Nord – Ost", "Nord – West"), else a Stadtteil, else the first three districts;
 * null with fewer than two districts.
 */
export function beispielgruppe(bezirke: readonly { code: string; name: string; stadtteil?: string | null }[]): { name: string; codes: string[] } | null {
	if (bezirke.length < 2) return null;
	const passend = (je: Map<string, string[]>) => [...je].find(([, codes]) => codes.length >= 2 && codes.length <= 4);
	const nach = (schluessel: (b: (typeof bezirke)[number]) => string | null) => {
		const je = new Map<string, string[]>();
		for (const b of bezirke) {
			const k = schluessel(b);
			if (k) je.set(k, [...(je.get(k) ?? []), b.code]);
		}
		return passend(je);
	};
	const vorsilbe = nach((b) => /^(.+?)\s+[–-]\s+\S/.exec(b.name)?.[1] ?? null);
	if (vorsilbe) return { name: vorsilbe[0], codes: vorsilbe[1] };
	const stadtteil = nach((b) => b.stadtteil || null);
	if (stadtteil) return { name: /^\d+$/.test(stadtteil[0]) ? `Stadtteil ${stadtteil[0]}` : stadtteil[0], codes: stadtteil[1] };
	return { name: 'Gruppe', codes: bezirke.slice(0, 3).map((b) => b.code) };
}
