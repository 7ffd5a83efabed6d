/**
 * The first guess of a mapping from the whole read table, not only its headers: a long table and its
 * characteristics, a `Jahr` column that is a year and never a district code, a Stichtag in the file's
 * name, and the area level whose codes the atlas already knows. A mapping saved for the same headers
 * wins; only the Stichtag of this year's file name replaces the one saved last year.
 */
import type { Rohtabelle } from './rohtabelle';
import { alsText } from './zahlen';
import { rateSpalten, rateZuordnung, type Zuordnung } from './zuordnung';
import { erkenneLangform, alsBreit } from './langform';
import { ebenen, ebeneVon, rateEbene } from './ebenen';
import { leseCode } from './zahlen';

/** A Stichtag in a file name: a date ("…-2020-12-31…", "31.12.2020") or one year ("bevoelkerung-2020.csv" → 31.12.2020). */
export function stichtagAusName(datei: string): string | undefined {
	const iso = /(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/.exec(datei);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const de = /(?<!\d)(\d\d)\.(\d\d)\.((?:19|20)\d\d)(?!\d)/.exec(datei);
	if (de) return `${de[3]}-${de[2]}-${de[1]}`;
	const jahre = new Set([...datei.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => m[1]));
	return jahre.size === 1 ? `${[...jahre][0]}-12-31` : undefined;
}

/** A column whose filled cells are all years (1900–2099): a Stichtag, never a district code. */
function jahresspalte(roh: Rohtabelle, spalte: number): boolean {
	const probe = roh.zeilen.slice(0, 500).map((r) => alsText(r[spalte])).filter(Boolean);
	return probe.length > 0 && probe.every((t) => /^(19|20)\d\d(\.0)?$/.test(t));
}

/** A column with a different value in every row (a row id) cannot be the code of a long table, whose areas repeat. */
function eindeutig(roh: Rohtabelle, spalte: number): boolean {
	return roh.zeilen.length > 1 && new Set(roh.zeilen.map((r) => alsText(r[spalte]))).size === roh.zeilen.length;
}

export function erkenneZuordnung(roh: Rohtabelle, bekannt: ReadonlySet<string> = new Set(), gespeichert?: Zuordnung): Zuordnung {
	const ausName = stichtagAusName(roh.datei);
	if (gespeichert) {
		if (gespeichert.spalten.stichtag !== undefined || !gespeichert.stichtag) return gespeichert;
		// Last year's fixed date is not this file's: the new name gives it, or the user is asked again.
		return ausName ? { ...gespeichert, stichtag: ausName, stichtagAus: 'dateiname' } : { ...gespeichert, stichtag: undefined, stichtagAus: undefined };
	}
	let z = rateZuordnung(roh.kopf);
	const jahr = new Map<number, boolean>();
	const einmalig = new Map<number, boolean>();
	const merke = (m: Map<number, boolean>, spalte: number, f: (r: Rohtabelle, s: number) => boolean) => m.get(spalte) ?? m.set(spalte, f(roh, spalte)).get(spalte)!;
	const keinCode = (feld: string, spalte: number) => feld === 'stadtbezirk' && merke(jahr, spalte, jahresspalte);
	if (z.spalten.stadtbezirk !== undefined && keinCode('stadtbezirk', z.spalten.stadtbezirk)) z = { ...z, spalten: rateSpalten(roh.kopf, z.ziel, keinCode) };
	if (z.ziel === 'bezirkszahl' || z.ziel === 'stadtbezirk') {
		const ohneZahlen = ['einwohner', 'stichtag', 'stadtbezirk', 'name', 'ebene'];
		// A long table's headers name no count: it looks like a district list, or like counts of only the inhabitants.
		if (z.ziel === 'stadtbezirk' || Object.keys(z.spalten).every((f) => ohneZahlen.includes(f))) {
			const spalten = rateSpalten(roh.kopf, 'bezirkszahl', (feld, spalte) => keinCode(feld, spalte) || (feld === 'stadtbezirk' && merke(einmalig, spalte, eindeutig)) || !ohneZahlen.includes(feld) || feld === 'einwohner');
			const lang = erkenneLangform(roh, new Set(Object.values(spalten)));
			if (lang) z = { ziel: 'bezirkszahl', spalten, lang };
		}
	}
	if ((z.ziel === 'bezirkszahl' || z.ziel === 'register') && z.spalten.stichtag === undefined) {
		const belegt = new Set(Object.values(z.spalten));
		const jahrspalte = roh.kopf.findIndex((_, i) => !belegt.has(i) && merke(jahr, i, jahresspalte));
		if (jahrspalte >= 0) z = { ...z, spalten: { ...z.spalten, stichtag: jahrspalte } };
	}
	if ((z.ziel === 'bezirkszahl' || z.ziel === 'register') && z.spalten.stichtag === undefined && ausName) z = { ...z, stichtag: ausName, stichtagAus: 'dateiname' };
	if (z.ziel === 'bezirkszahl') {
		const ebene = rateEbene(ebenenVon(roh, z, bekannt));
		if (ebene) z = { ...z, ebene };
	}
	return z;
}

/** The area levels of a district table as mapped (a long table pivoted first). */
export function ebenenVon(roh: Rohtabelle, z: Zuordnung, bekannt: ReadonlySet<string> = new Set()) {
	const breit = z.lang ? alsBreit(roh, z) : { roh, z };
	const sp = breit.z.spalten;
	if (sp.stadtbezirk === undefined) return [];
	return ebenen(
		breit.roh.zeilen.map((r) => {
			const code = leseCode(r[sp.stadtbezirk]);
			return { code, ebene: ebeneVon(code, sp.name === undefined ? '' : alsText(r[sp.name]), sp.ebene === undefined ? undefined : alsText(r[sp.ebene])) };
		}),
		bekannt
	);
}
