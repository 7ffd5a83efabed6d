/**
 * The first guess of a mapping from the whole read table, not only its headers: a long table and its
 * characteristics, a `Jahr` column that is a year and never a district code, a Stichtag in the file's
 * name, and the area level whose codes the atlas already knows. A mapping saved for the same headers
 * wins; only the Stichtag of this year's file name replaces the one saved last year.
 */
import type { Rohtabelle } from './rohtabelle';
import { alsText, leseCode } from './zahlen';
import { normiere, rateSpalten, rateZuordnung, type Zuordnung } from './zuordnung';
import { erkenneLangform, alsBreit } from './langform';
import { ebenen, gebieteDerZeilen, rateEbene } from './ebenen';

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

/**
 * A Stichtag in the headings above the columns, as a workbook's group row carries it over its counts
 * ("Bevölkerung und Haushalte 31.12.2013" merged over B:V): the heading nearest to the left of the
 * inhabitants' column, else the only date among the headings.
 */
export function stichtagAusTitel(roh: Rohtabelle, spalte: number | undefined): string | undefined {
	const datum = (t: string) => {
		const m = /(?<!\d)(\d\d)\.(\d\d)\.((?:19|20)\d\d)(?!\d)/.exec(t);
		return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
	};
	const zeilen = roh.titelzeilen ?? [];
	if (spalte !== undefined)
		for (const z of [...zeilen].reverse()) {
			let i = Math.min(spalte, z.length - 1);
			while (i > 0 && !alsText(z[i] ?? null)) i--;
			const d = datum(alsText(z[i] ?? null));
			if (d) return d;
		}
	const alle = new Set(zeilen.flat().flatMap((c) => datum(alsText(c)) ?? []));
	return alle.size === 1 ? [...alle][0] : undefined;
}

/**
 * The column of a table that names its areas without codes: the one naming most of the loaded
 * districts (at least two, and half of them), with the names → codes it is read by.
 */
function namensspalte(roh: Rohtabelle, bezirke: readonly { code: string; name: string }[]): { spalte: number; namen: Record<string, string> } | undefined {
	const namen = Object.fromEntries(bezirke.filter((b) => b.name && b.name !== b.code).map((b) => [normiere(b.name), b.code]));
	const n = Object.keys(namen).length;
	if (n < 2) return undefined;
	let beste: { spalte: number; treffer: number } | undefined;
	roh.kopf.forEach((_, spalte) => {
		const treffer = new Set(roh.zeilen.map((r) => normiere(alsText(r[spalte]))).filter((t) => t in namen)).size;
		if (treffer >= 2 && treffer * 2 >= n && treffer > (beste?.treffer ?? 0)) beste = { spalte, treffer };
	});
	return beste && { spalte: beste.spalte, namen };
}

/** "Name Basiswert" names what the column "Basiswert" counts, not the area. */
const benenntSpalte = (roh: Rohtabelle, spalte: number) => roh.kopf.some((k) => normiere(`Name ${k}`) === normiere(roh.kopf[spalte]));

export function erkenneZuordnung(roh: Rohtabelle, bekannt: ReadonlySet<string> = new Set(), gespeichert?: Zuordnung, bezirke: readonly { code: string; name: string }[] = []): Zuordnung {
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
			const spalten = rateSpalten(roh.kopf, 'bezirkszahl', (feld, spalte) => keinCode(feld, spalte) || (feld === 'stadtbezirk' && merke(einmalig, spalte, eindeutig)) || (feld === 'name' && benenntSpalte(roh, spalte)) || !ohneZahlen.includes(feld) || feld === 'einwohner');
			const lang = erkenneLangform(roh, new Set(Object.values(spalten)));
			if (lang) z = { ziel: 'bezirkszahl', spalten, lang };
		}
	}
	if ((z.ziel === 'bezirkszahl' || z.ziel === 'register') && z.spalten.stichtag === undefined) {
		const belegt = new Set(Object.values(z.spalten));
		const jahrspalte = roh.kopf.findIndex((_, i) => !belegt.has(i) && merke(jahr, i, jahresspalte));
		if (jahrspalte >= 0) z = { ...z, spalten: { ...z.spalten, stichtag: jahrspalte } };
	}
	const ausTitel = z.ziel === 'bezirkszahl' && z.spalten.stichtag === undefined ? stichtagAusTitel(roh, z.spalten.einwohner) : undefined;
	if (ausTitel) z = { ...z, stichtag: ausTitel, stichtagAus: 'titel' };
	else if ((z.ziel === 'bezirkszahl' || z.ziel === 'register') && z.spalten.stichtag === undefined && ausName) z = { ...z, stichtag: ausName, stichtagAus: 'dateiname' };
	if (z.ziel === 'bezirkszahl' && !z.lang && (z.spalten.stadtbezirk === undefined || !roh.zeilen.some((r) => bekannt.has(leseCode(r[z.spalten.stadtbezirk]))))) {
		const n = namensspalte(roh, bezirke);
		if (n) z = { ...z, spalten: { ...z.spalten, stadtbezirk: n.spalte, name: z.spalten.name ?? n.spalte }, namen: n.namen };
	}
	if (z.ziel === 'bezirkszahl') {
		const ebene = rateEbene(ebenenVon(roh, z, bekannt));
		if (ebene) z = { ...z, ebene };
	}
	return z;
}

/** The area levels of a district table as mapped (a long table pivoted first). */
export function ebenenVon(roh: Rohtabelle, z: Zuordnung, bekannt: ReadonlySet<string> = new Set()) {
	const breit = z.lang ? alsBreit(roh, z) : { roh, z };
	if (breit.z.spalten.stadtbezirk === undefined) return [];
	return ebenen(gebieteDerZeilen(breit.roh, breit.z), bekannt);
}
