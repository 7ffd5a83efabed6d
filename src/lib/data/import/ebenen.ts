/**
 * Several area levels in one file – the city, its Stadtbezirke and its Stadtteile side by side (Köln:
 * 000, 001–009, 101–909). A level is told by a level column where the file has one, otherwise by the
 * form of the code once leading zeros are dropped ("001" has one digit, "101" three). Only the chosen
 * level is counted as districts; the city's own row is never a district, it checks the districts' sum.
 */
import { warnung, type Meldung } from '../meldungen';
import { codefolge } from '../codefolge';
import type { Rohtabelle } from './rohtabelle';
import { alsText, leseCode } from './zahlen';
import { normiere, type Zuordnung } from './zuordnung';

export const STADT = 'stadt';

/** A row that totals the districts ("Insgesamt", "Stadt gesamt", "Stadt Köln") is not a district. */
export const SUMMENZEILE = /^(summe|insgesamt|gesamt|gesamtstadt|stadt( gesamt| insgesamt)?|total|zusammen|alle bezirke)\b/i;
const STADTEBENE = /^(stadt|gesamtstadt|stadt gesamt|stadt insgesamt|gemeinde|city|0)$/i;

/** The level of a row: `stadt`, a level column's value, or the form of its code ("99" for 10 … 84). */
export function ebeneVon(code: string, name: string, ebeneZelle?: string): string {
	if (SUMMENZEILE.test(code) || (!code && SUMMENZEILE.test(name)) || /^0+$/.test(code)) return STADT;
	if (ebeneZelle !== undefined) return STADTEBENE.test(ebeneZelle) ? STADT : `spalte:${ebeneZelle}`;
	// Digits alone: their number, once leading zeros are dropped, tells the level; with letters, the pattern ("A9" for A1 … A12).
	if (/^\d+$/.test(code)) return `form:${code.replace(/^0+(?=\d)/, '').replace(/\d/g, '9')}`;
	return `form:${code.replace(/\p{L}+/gu, 'A').replace(/\d+/g, '9')}`;
}

/** Code and name in one cell ("01 Altstadt - Lehel"): the number is the code, the rest its name. */
function codeUndName(zelle: string): { code: string; name?: string } {
	const m = /^(\d+)\s+(?:-\s+)?(\p{L}.*)$/u.exec(zelle);
	return m ? { code: m[1], name: m[2] } : { code: zelle };
}

/** Rows of a table keyed by names: those of the loaded districts, and the other areas it names. */
const NAMEN_BEKANNT = 'namen:bekannt';
const NAMEN_ANDERE = 'namen:andere';

/**
 * Each row's area code and level as mapped. A table keyed by names gets the loaded districts' codes;
 * a name given again for the same Stichtag is another area of that name (Hamburg's Bezirk Eimsbüttel
 * below its Stadtteil Eimsbüttel), so only its first row is the district.
 */
export function gebieteDerZeilen(roh: Rohtabelle, z: Zuordnung): { code: string; ebene: string; name?: string }[] {
	const sp = z.spalten;
	const zelle = (r: Rohtabelle['zeilen'][number], feld: string) => (sp[feld] === undefined ? undefined : alsText(r[sp[feld]]));
	const namen = z.namen;
	if (!namen || sp.stadtbezirk === undefined)
		return roh.zeilen.map((r) => {
			const { code, name } = codeUndName(sp.stadtbezirk === undefined ? '' : leseCode(r[sp.stadtbezirk]));
			return { code, name, ebene: ebeneVon(code, zelle(r, 'name') ?? name ?? '', zelle(r, 'ebene')) };
		});
	const gesehen = new Set<string>();
	return roh.zeilen.map((r) => {
		const name = alsText(r[sp.stadtbezirk]);
		const code = namen[normiere(name)];
		const schluessel = `${code}\u0000${zelle(r, 'stichtag') ?? ''}`;
		if (code !== undefined && !gesehen.has(schluessel)) {
			gesehen.add(schluessel);
			return { code, ebene: NAMEN_BEKANNT };
		}
		return { code: name, ebene: SUMMENZEILE.test(name) ? STADT : NAMEN_ANDERE };
	});
}

export interface Ebene {
	schluessel: string;
	label: string;
	/** Distinct codes of the level. */
	gebiete: number;
	/** How many of them the loaded district list or boundaries know. */
	bekannt: number;
	/** The row levels (`ebeneVon`) it takes in: more than one where a run of numbers was merged. */
	formen: string[];
}

/** The levels among the rows (the city apart), finest first. */
export function ebenen(zeilen: readonly { code: string; ebene: string }[], bekannt: ReadonlySet<string> = new Set()): Ebene[] {
	const codes = new Map<string, Set<string>>();
	const formen = new Map<string, string[]>();
	for (const z of zeilen) if (z.ebene !== STADT && z.code) codes.set(z.ebene, (codes.get(z.ebene) ?? new Set()).add(z.code));
	// Districts numbered 1 … 12 without padding are one level, not a 1-digit and a 2-digit one: a run of
	// numbers that crosses a power of ten (…, 9, 10, …) is merged; padded codes ("01" … "08") only
	// where the padding gives them the longer codes' width (München's "01" … "25").
	for (let stellen = 1; stellen < 6; stellen++) {
		const kurz = codes.get(`form:${'9'.repeat(stellen)}`);
		const lang = codes.get(`form:${'9'.repeat(stellen + 1)}`);
		if (!kurz || !lang || [...kurz].some((c) => c.startsWith('0') && c.length !== stellen + 1)) continue;
		const grenze = 10 ** stellen;
		if (Math.max(...[...kurz].map(Number)) === grenze - 1 && Math.min(...[...lang].map(Number)) === grenze) {
			codes.set(`form:${'9'.repeat(stellen + 1)}`, new Set([...kurz, ...lang]));
			formen.set(`form:${'9'.repeat(stellen + 1)}`, [...(formen.get(`form:${'9'.repeat(stellen)}`) ?? [`form:${'9'.repeat(stellen)}`]), `form:${'9'.repeat(stellen + 1)}`]);
			codes.delete(`form:${'9'.repeat(stellen)}`);
		}
	}
	return [...codes]
		.map(([schluessel, c]) => {
			const sortiert = [...c].sort(codefolge);
			const bereich = sortiert.length > 1 ? `${sortiert[0]} bis ${sortiert[sortiert.length - 1]}` : sortiert[0];
			const form = schluessel.slice(5);
			const label =
				schluessel === NAMEN_BEKANNT
					? `Namen der geladenen Bezirke (${bereich})`
					: schluessel === NAMEN_ANDERE
						? `weitere Gebiete (${sortiert.slice(0, 3).join(', ')}${sortiert.length > 3 ? ' …' : ''})`
						: schluessel.startsWith('spalte:')
							? `„${schluessel.slice(7)}“ (${bereich})`
							: /^9+$/.test(form)
								? `${form.length}-stellige Nummern (${bereich})`
								: `Nummern der Form ${form.replaceAll('9', '0').replaceAll('A', 'X')} (${bereich})`;
			return { schluessel, label, formen: formen.get(schluessel) ?? [schluessel], gebiete: c.size, bekannt: sortiert.filter((x) => bekannt.has(x) || bekannt.has(x.replace(/^0+(?=.)/, ''))).length };
		})
		.sort((a, b) => b.gebiete - a.gebiete);
}

/** The level to propose: the one whose codes the atlas knows best, else the finest. None if there is no choice. */
export function rateEbene(e: readonly Ebene[]): string | undefined {
	if (e.length < 2) return undefined;
	return [...e].sort((a, b) => b.bekannt - a.bekannt || b.gebiete - a.gebiete)[0].schluessel;
}

export interface Abgleich {
	stichtag: string;
	feld: string;
	stadt: number;
	summe: number;
	/** Spreadsheet row of the city's value. */
	zeile: number;
}

/**
 * The city's row against the sum of the counted districts, per Stichtag and count. Only counts that
 * every counted district gives (none withheld or empty) are compared, since only those must add up.
 */
export class Stadtabgleich {
	#stadt = new Map<string, Map<string, { wert: number; zeile: number }>>();
	#summe = new Map<string, Map<string, number | null>>();

	stadtzeile(stichtag: string, feld: string, wert: number | null, zeile: number): void {
		if (wert === null) return;
		const s = this.#stadt.get(stichtag) ?? new Map();
		if (!s.has(feld)) s.set(feld, { wert, zeile });
		this.#stadt.set(stichtag, s);
	}

	gebiet(stichtag: string, feld: string, wert: number | null): void {
		const s = this.#summe.get(stichtag) ?? new Map<string, number | null>();
		const bisher = s.has(feld) ? s.get(feld)! : 0;
		s.set(feld, bisher === null || wert === null ? null : bisher + wert);
		this.#summe.set(stichtag, s);
	}

	get ergebnis(): Abgleich[] {
		return [...this.#stadt].flatMap(([stichtag, felder]) =>
			[...felder].flatMap(([feld, { wert, zeile }]) => {
				const summe = this.#summe.get(stichtag)?.get(feld);
				return summe === undefined || summe === null ? [] : [{ stichtag, feld, stadt: wert, summe, zeile }];
			})
		);
	}

	/** A warning for each difference (the first three, the third saying how many more). */
	meldungen(datei: string, gebiete: number, label: (feld: string) => string, spalte: (feld: string) => string): Meldung[] {
		const zahl = (x: number) => x.toLocaleString('de-DE');
		const datum = (d: string) => d.split('-').reverse().join('.');
		const abweichend = this.ergebnis.filter((a) => a.stadt !== a.summe);
		const m = abweichend.slice(0, 3).map((a) =>
			warnung(datei, `Die Zeile der Gesamtstadt nennt am ${datum(a.stichtag)} für „${label(a.feld)}“ ${zahl(a.stadt)}, die ${zahl(gebiete)} gezählten Gebiete ergeben zusammen ${zahl(a.summe)}, ${zahl(Math.abs(a.summe - a.stadt))} ${a.summe < a.stadt ? 'weniger' : 'mehr'}. Die Werte der Stadt werden aus den Gebieten summiert.`, { zeile: a.zeile, spalte: spalte(a.feld) })
		);
		if (abweichend.length > 3) m[2].weitere = abweichend.length - 3;
		return m;
	}
}
