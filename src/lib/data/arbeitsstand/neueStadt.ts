/**
 * A city starts clean: a file whose district codes are not those loaded so far does not get composed
 * with the demo's parts (whose district list, population, offers and residential points would then
 * fail every cross-check) but begins a data set of its own. Its district list is derived from the
 * file itself – from a boundary file's code and name attributes, or from a statistics table's codes
 * (and names, where the table has them) – so no step needs the demo's codes and no order of files
 * (boundaries, statistics or district list first) ends in a refusal. Pure functions.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import type { DatensatzManifest } from '../manifest';
import { fuegeHinzu, leererArbeitsstand, STATISTIK, TEIL_LABEL, type Arbeitsstand, type Quelle, type Teil } from './arbeitsstand';

export interface Bezirk {
	code: string;
	name: string;
	/** The coarser area it lies in, where the source says. */
	stadtteil?: string;
}

/** `b` with what `von` knows and `b` lacks: a name where `b` only numbers itself, the coarser area it lies in. */
function ergaenzt(b: Bezirk, von: Bezirk | undefined): Bezirk {
	if (!von) return b;
	const name = b.name === b.code && von.name.trim() ? von.name.trim() : b.name;
	const stadtteil = b.stadtteil || von.stadtteil;
	return { ...b, name, ...(stadtteil ? { stadtteil } : {}) };
}

/** Leading zeros do not make a code foreign ("010" and "10" are the same district, named by the check). */
const ohneNullen = (c: string) => c.replace(/^0+(?=.)/, '');

/**
 * The districts a source names, once each, in the order they first appear. `namen` are the names a
 * statistics table gives beside its codes (and the coarser areas it places them in); a code without a
 * name is named by itself.
 */
export function bezirkeDerQuelle(q: Quelle, namen: readonly Bezirk[] = []): Bezirk[] {
	const gesehen = new Map<string, Bezirk>();
	if (q.teil === 'geometrie') {
		const fc = JSON.parse(q.inhalt) as { features: { properties: { code: string; name?: string } }[] };
		for (const f of fc.features) if (!gesehen.has(f.properties.code)) gesehen.set(f.properties.code, { code: f.properties.code, name: f.properties.name?.trim() || f.properties.code });
	} else {
		// Rows, not objects: d3-dsv builds row objects with `new Function`, which the site's CSP forbids.
		const [kopf = [], ...zeilen] = csvParseRows(q.inhalt);
		const c = kopf.indexOf(q.teil === 'stadtbezirk' ? 'code' : 'stadtbezirk');
		const n = q.teil === 'stadtbezirk' ? kopf.indexOf('name') : -1;
		const t = q.teil === 'stadtbezirk' ? kopf.indexOf('stadtteil') : -1;
		for (const z of zeilen) {
			const code = z[c]?.trim();
			const stadtteil = t >= 0 ? z[t]?.trim() : '';
			if (code && !gesehen.has(code)) gesehen.set(code, { code, name: (n >= 0 ? z[n]?.trim() : '') || code, ...(stadtteil ? { stadtteil } : {}) });
		}
		for (const b of namen) if (gesehen.has(b.code)) gesehen.set(b.code, ergaenzt(gesehen.get(b.code)!, b));
	}
	return [...gesehen.values()];
}

/** Foreign: fewer than half of the file's districts are among those known so far. */
export function istFremd(bezirke: readonly Bezirk[], bekannt: ReadonlySet<string>): boolean {
	if (bezirke.length === 0) return false;
	const b = new Set([...bekannt].map(ohneNullen));
	return bezirke.filter((x) => b.has(ohneNullen(x.code))).length * 2 < bezirke.length;
}

/** The district list of a city of its own as a source, derived from `von` (named after its file). */
export function bezirkslisteAus(von: Quelle, bezirke: readonly Bezirk[]): Quelle {
	return {
		id: `${von.id}-bezirke`,
		teil: 'stadtbezirk',
		datei: von.datei,
		format: `abgeleitet aus ${von.teil === 'geometrie' ? 'den Attributen der Bezirksgrenzen' : 'den Bezirksnummern der Statistik'}`,
		importiert: von.importiert,
		zeilen: bezirke.length,
		stichtage: [],
		inhalt: csvFormatRows([['code', 'name', 'stadtteil', 'flaeche_km2'], ...bezirke.map((b) => [b.code, b.name, b.stadtteil ?? '', ''])]) + '\n',
		abgeleitet: von.teil
	};
}

/** The built-in data set's parts a city of its own replaces, as the question names them. */
export function ersetzteBeispielteile(standard: DatensatzManifest): string[] {
	const d = standard.dateien as Record<string, string | undefined>;
	const teile: Teil[] = ['stadtbezirk', d.bevoelkerung ? 'bevoelkerung' : 'bezirkszahl', 'einrichtung', 'wohnort', 'massnahme', 'geometrie'];
	return teile.filter((t) => d[t]).map((t) => TEIL_LABEL[t]);
}

export type Plan =
	/** The file fits what is loaded: added as before. */
	| { art: 'passt'; arbeitsstand: Arbeitsstand; ersetzt: Quelle[] }
	/** Its codes are foreign to the demo's: a city of its own begins, with this district list. */
	| { art: 'neueStadt'; arbeitsstand: Arbeitsstand; ersetzt: Quelle[]; bezirke: Bezirk[]; beispielteile: string[] }
	/** A city of its own whose district list lacks codes of this statistics table: the table's codes become the list. */
	| { art: 'bezirksliste'; arbeitsstand: Arbeitsstand; ersetzt: Quelle[]; bezirke: Bezirk[]; neu: string[] };

const liste = (a: Arbeitsstand) => a.quellen.find((q) => q.teil === 'stadtbezirk');

/** Replaces the district list, keeping the names and coarser areas the old list knew where the new one lacks them. */
function mitListe(a: Arbeitsstand, von: Quelle, bezirke: readonly Bezirk[]): Arbeitsstand {
	const alt = liste(a);
	const bisher = new Map(alt ? bezirkeDerQuelle(alt).map((b) => [b.code, b]) : []);
	const benannt = bezirke.map((b) => ergaenzt(b, bisher.get(b.code)));
	return fuegeHinzu(a, bezirkslisteAus(von, benannt)).arbeitsstand;
}

/**
 * What adding `q` means. `bezirke`: the districts `q` names (bezirkeDerQuelle); `bekannt`: the codes
 * of the district list in use (the demo's, or the own city's).
 */
export function plane(a: Arbeitsstand | null, standard: DatensatzManifest, q: Quelle, bezirke: readonly Bezirk[], bekannt: ReadonlySet<string>): Plan {
	const bisher = a ?? leererArbeitsstand(standard);
	const mitDistrikten = q.teil === 'geometrie' || q.teil === 'stadtbezirk' || STATISTIK.includes(q.teil) || q.teil === 'wohnort';
	if (!bisher.eigeneStadt) {
		if (!mitDistrikten || !istFremd(bezirke, bekannt)) return { art: 'passt', ...fuegeHinzu(bisher, q) };
		const leer: Arbeitsstand = { ...leererArbeitsstand(standard), einstellungen: { ...bisher.einstellungen, stadt: '' }, eigeneStadt: true };
		const mitQuelle = fuegeHinzu(leer, q).arbeitsstand;
		return {
			art: 'neueStadt',
			arbeitsstand: q.teil === 'stadtbezirk' ? mitQuelle : mitListe(mitQuelle, q, bezirke),
			ersetzt: bisher.quellen,
			bezirke: [...bezirke],
			beispielteile: ersetzteBeispielteile(standard)
		};
	}
	const { arbeitsstand, ersetzt } = fuegeHinzu(bisher, q);
	const alt = liste(bisher);
	// New boundaries bring the list they were derived from up to date; a list from the statistics gains their names.
	if (q.teil === 'geometrie' && alt?.abgeleitet === 'geometrie') return { art: 'passt', arbeitsstand: mitListe(arbeitsstand, q, bezirke), ersetzt };
	if (q.teil === 'geometrie' && alt?.abgeleitet) {
		const neue = new Map(bezirke.map((b) => [b.code, b]));
		const bisherige = bezirkeDerQuelle(alt).map((b) => ergaenzt(b, neue.get(b.code)));
		return { art: 'passt', arbeitsstand: fuegeHinzu(arbeitsstand, { ...alt, inhalt: bezirkslisteAus(alt, bisherige).inhalt }).arbeitsstand, ersetzt };
	}
	const neu = bezirke.filter((b) => !bekannt.has(b.code)).map((b) => b.code);
	const paare = STATISTIK.includes(q.teil) && neu.length ? nullenAngleich(neu, bekannt) : null;
	if (paare) return { art: 'passt', arbeitsstand: { ...arbeitsstand, quellen: arbeitsstand.quellen.map((x) => umbenannt(x, paare)) }, ersetzt };
	if (STATISTIK.includes(q.teil) && neu.length) return { art: 'bezirksliste', arbeitsstand: mitListe(arbeitsstand, q, bezirke), ersetzt, bezirke: [...bezirke], neu };
	return { art: 'passt', arbeitsstand, ersetzt };
}

/**
 * Codes a statistics table writes with leading zeros where the loaded list has none ("001" beside "1",
 * a Shapefile's numeric attribute): old code → the table's code, as the office writes it. Null when any
 * new code has no such partner, or two would fall on one.
 */
function nullenAngleich(neu: readonly string[], bekannt: ReadonlySet<string>): Map<string, string> | null {
	const je = new Map([...bekannt].map((c) => [ohneNullen(c), c]));
	const paare = new Map<string, string>();
	for (const c of neu) {
		const alt = je.get(ohneNullen(c));
		if (alt === undefined || paare.has(alt)) return null;
		paare.set(alt, c);
	}
	return paare;
}

/** The boundaries and the district list keyed by the table's codes. */
function umbenannt(q: Quelle, paare: ReadonlyMap<string, string>): Quelle {
	if (q.teil === 'geometrie') {
		const fc = JSON.parse(q.inhalt) as { features: { properties: { code: string } }[] };
		for (const f of fc.features) f.properties.code = paare.get(f.properties.code) ?? f.properties.code;
		return { ...q, inhalt: JSON.stringify(fc) };
	}
	if (q.teil !== 'stadtbezirk') return q;
	const [kopf = [], ...zeilen] = csvParseRows(q.inhalt);
	const c = kopf.indexOf('code');
	return { ...q, inhalt: csvFormatRows([kopf, ...zeilen.map((z) => z.map((w, i) => (i === c ? (paare.get(w) ?? w) : w)))]) + '\n' };
}
