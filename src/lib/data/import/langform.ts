/**
 * Long tables as statistics offices publish them: a row per area, Stichtag and characteristic
 * (`raum_id, raum, jahr, tabelle, zeile, zahl`), several tables and years in one file. The user says
 * which characteristic value is which count (guessed from the labels offices write: "Einwohner
 * insgesamt", "mit Migrationshintergrund", "Ausländer", "darunter weiblich"); `alsBreit` then turns
 * the rows into the wide table the district conversion reads. This is the one place where long
 * becomes wide, so both forms pass the very same conversion and checks.
 */
import { fehler, type Meldung } from '../meldungen';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { alsText, leseCode, leseZahl } from './zahlen';
import { normiere, ZAEHLFELDER, ZAEHL_LABEL, ZAEHL_SYNONYME, type Langform, type Zuordnung } from './zuordnung';

/** Joins the cells of several characteristic columns into one value ("Einwohner nach Geschlecht | Weiblich"). */
export const MERKMAL_TRENNER = ' | ';

export function merkmalVon(r: readonly Zelle[], merkmale: readonly number[]): string {
	return merkmale.map((i) => alsText(r[i] ?? null)).join(MERKMAL_TRENNER);
}

/** The distinct characteristic values in the order they first appear, with their number of rows. */
export function merkmalswerte(roh: Rohtabelle, merkmale: readonly number[]): { wert: string; zeilen: number }[] {
	const n = new Map<string, number>();
	for (const r of roh.zeilen) {
		const w = merkmalVon(r, merkmale);
		n.set(w, (n.get(w) ?? 0) + 1);
	}
	return [...n].map(([wert, zeilen]) => ({ wert, zeilen }));
}

/** Words that say "people" … */
const PERSONEN = new Set(['einwohner', 'einwohnerinnen', 'einwohnerzahl', 'bevoelkerung', 'hauptwohnsitzbevoelkerung', 'personen', 'ew', 'population', 'inhabitants', 'residents', 'persons', 'people']);
/** … and words that qualify nothing. */
const FUELL = new Set(['insgesamt', 'gesamt', 'zusammen', 'summe', 'total', 'all', 'alle', 'darunter', 'davon', 'anzahl', 'in', 'im', 'der', 'die', 'das', 'den', 'und', 'mit', 'von', 'aus', 'hauptwohnsitz', 'jahre', 'jahren', 'jaehrige', 'of', 'with', 'and', 'number', 'count']);
/** "deutsch und nichtdeutsch" qualifies nothing: it is everyone. */
const ALLE = /\bdeutsche? und nichtdeutsche?\b/g;
const kern = (text: string) => normiere(text).replace(ALLE, '').split(' ').filter((w) => w && !PERSONEN.has(w) && !FUELL.has(w));
const gleich = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w) => b.includes(w));

/** A count and the larger group it is part of, so that "Einwohner mit Migrationshintergrund | Ausländer" is the Ausländer*innen. */
const TEIL_VON: Record<string, string> = { auslaender: 'mh', eingebuergert: 'mh', aussiedler: 'mh', flucht: 'mh', auslaender_eu: 'auslaender', auslaender_dritt: 'auslaender', neuzugewandert: 'auslaender', kinder: 'unter18', jugendliche: 'unter18' };
const KOMBINIERT: Record<string, string> = { 'mh+unter18': 'mh_unter18' };

/** One label's count: its words beyond "people" and fillers must be exactly a synonym's. */
function rateTeil(text: string): string | 'personen' | 'fuell' | null {
	const k = kern(text);
	if (!k.length) return normiere(text).split(' ').some((w) => PERSONEN.has(w)) ? 'einwohner' : 'fuell';
	for (const feld of ZAEHLFELDER) if ([feld.replaceAll('_', ' '), ...ZAEHL_SYNONYME[feld]].some((s) => gleich(kern(s), k))) return feld;
	return normiere(text).split(' ').some((w) => PERSONEN.has(w)) ? 'personen' : null;
}

/**
 * The count a characteristic value means, or null. The last part that says something decides; the
 * parts before it may only name the people in general ("Einwohner nach Geschlecht"), the same count
 * or a group it is part of – "Ausländer | weiblich" are foreign women, not the women.
 */
export function rateMerkmal(wert: string): string | null {
	const teile = wert.split(MERKMAL_TRENNER).map(rateTeil).filter((t) => t !== 'fuell');
	const letzter = teile.pop();
	if (!letzter || letzter === 'personen') return null;
	let feld = letzter;
	for (const t of teile) {
		if (t === 'personen' || t === 'einwohner' || t === feld) continue;
		if (t && KOMBINIERT[`${t}+${feld}`]) feld = KOMBINIERT[`${t}+${feld}`];
		else if (!t || TEIL_VON[feld] !== t) return null;
	}
	return feld;
}

/** Each count for the first value that means it (a second one stays for the user to assign). */
export function rateWerte(werte: readonly string[]): Record<string, string> {
	const ergebnis: Record<string, string> = {};
	const vergeben = new Set<string>();
	for (const w of werte) {
		const feld = rateMerkmal(w);
		if (feld && !vergeben.has(feld)) {
			ergebnis[w] = feld;
			vergeben.add(feld);
		}
	}
	return ergebnis;
}

const WERT_KOPF = ['zahl', 'wert', 'werte', 'anzahl', 'anz', 'basiswert', 'value', 'count', 'number', 'n', 'menge'];
const MERKMAL_KOPF = ['merkmal', 'merkmale', 'tabelle', 'zeile', 'kategorie', 'variable', 'indikator', 'auspraegung', 'merkmalsauspraegung', 'gruppe', 'characteristic', 'indicator', 'category', 'attribute'];

/** Share of a column's filled cells that are numbers. */
function zahlenanteil(roh: Rohtabelle, spalte: number): number {
	let zahlen = 0;
	let gefuellt = 0;
	for (const r of roh.zeilen.slice(0, 2000)) {
		const c = r[spalte];
		if (c === null || alsText(c) === '') continue;
		gefuellt++;
		const z = leseZahl(c);
		if (z.ok && z.wert !== null) zahlen++;
	}
	return gefuellt ? zahlen / gefuellt : 0;
}

function verschiedene(roh: Rohtabelle, spalte: number): number {
	return new Set(roh.zeilen.map((r) => alsText(r[spalte]))).size;
}

/**
 * Whether the table is long and how: a number column, characteristic columns (text that repeats) and
 * the values guessed. `belegt`: columns already taken (code, name, Stichtag, level).
 */
export function erkenneLangform(roh: Rohtabelle, belegt: ReadonlySet<number>): Langform | null {
	const frei = roh.kopf.map((_, i) => i).filter((i) => !belegt.has(i));
	const kopf = (i: number) => normiere(roh.kopf[i]);
	const wert = frei.find((i) => WERT_KOPF.includes(kopf(i)) && zahlenanteil(roh, i) >= 0.5) ?? null;
	if (wert === null) return null;
	const n = roh.zeilen.length;
	// A column naming the value ("Name Basiswert" beside "Basiswert") says alone what each number counts.
	const benannt = frei.find((i) => kopf(i) === normiere(`Name ${roh.kopf[wert]}`));
	const merkmale = benannt !== undefined ? [benannt] : frei.filter((i) => {
		if (i === wert) return false;
		if (MERKMAL_KOPF.includes(kopf(i))) return true;
		const v = verschiedene(roh, i);
		return zahlenanteil(roh, i) < 0.5 && v >= 2 && v <= 500 && v < n / 2;
	});
	if (!merkmale.length) return null;
	const werte = rateWerte(merkmalswerte(roh, merkmale).map((m) => m.wert));
	if (!Object.keys(werte).length && !merkmale.some((i) => MERKMAL_KOPF.includes(kopf(i)))) return null;
	return { merkmale, wert, werte };
}

/** Column header of a count in the wide table made from a long one: the value column and the characteristic. */
export const breitKopf = (roh: Rohtabelle, l: Langform, feld: string) =>
	`${roh.kopf[l.wert]} (${Object.entries(l.werte).find(([, f]) => f === feld)?.[0] ?? ZAEHL_LABEL[feld]})`;

export interface Breit {
	roh: Rohtabelle;
	z: Zuordnung;
	/** Rows whose characteristic is assigned to no count (other tables of the file). */
	ohneZuordnung: number;
	meldungen: Meldung[];
}

/**
 * The pivot: a wide row per area, Stichtag and level, a column per assigned count. Every wide cell
 * remembers the row of the long table it came from, so a finding names the user's own row; a
 * characteristic given twice for the same area and Stichtag is an error naming both rows.
 */
export function alsBreit(roh: Rohtabelle, z: Zuordnung): Breit {
	const l = z.lang!;
	const sp = z.spalten;
	const felder = ZAEHLFELDER.filter((f) => Object.values(l.werte).includes(f));
	const schluesselSpalten = (['stadtbezirk', 'name', 'stichtag', 'ebene'] as const).filter((f) => sp[f] !== undefined);
	const kopf = [...schluesselSpalten.map((f) => roh.kopf[sp[f]]), ...felder.map((f) => breitKopf(roh, l, f))];
	const zeilen: Zelle[][] = [];
	const zeileVon: number[] = [];
	const zeileJeZelle: number[][] = [];
	const index = new Map<string, number>();
	const meldungen: Meldung[] = [];
	let doppelt = 0;
	let ohneZuordnung = 0;
	roh.zeilen.forEach((r, i) => {
		const feld = l.werte[merkmalVon(r, l.merkmale)];
		if (!feld) return void ohneZuordnung++;
		const code = sp.stadtbezirk === undefined ? '' : leseCode(r[sp.stadtbezirk]);
		if (!code) return;
		const schluessel = [code, ...(['stichtag', 'ebene'] as const).map((f) => (sp[f] === undefined ? '' : alsText(r[sp[f]])))].join('\u0000');
		let k = index.get(schluessel);
		if (k === undefined) {
			k = zeilen.length;
			index.set(schluessel, k);
			zeilen.push([...schluesselSpalten.map((f) => r[sp[f]]), ...felder.map(() => null)]);
			zeileVon.push(roh.zeileVon[i]);
			zeileJeZelle.push(kopf.map(() => roh.zeileVon[i]));
		}
		const spalte = schluesselSpalten.length + felder.indexOf(feld);
		if (zeilen[k][spalte] !== null) {
			if (++doppelt <= 3) meldungen.push(fehler(roh.datei, `Diese Zeile nennt „${merkmalVon(r, l.merkmale)}“ für Gebiet „${code}“${sp.stichtag === undefined ? '' : ` und ${alsText(r[sp.stichtag])}`} ein zweites Mal (zuerst in Zeile ${zeileJeZelle[k][spalte]}); jede Zahl darf nur einmal vorkommen.`, { zeile: roh.zeileVon[i], spalte: roh.kopf[l.wert] }));
			else meldungen[meldungen.length - 1].weitere = doppelt - 3;
			return;
		}
		zeilen[k][spalte] = r[l.wert];
		zeileJeZelle[k][spalte] = roh.zeileVon[i];
	});
	const spalten: Record<string, number> = {};
	schluesselSpalten.forEach((f, i) => (spalten[f] = i));
	felder.forEach((f, i) => (spalten[f] = schluesselSpalten.length + i));
	const breit: Zuordnung = { ...z, spalten };
	delete breit.lang;
	return {
		roh: { ...roh, kopf, zeilen, zeileVon, zeileJeZelle, hinweise: [] },
		z: breit,
		ohneZuordnung,
		meldungen
	};
}
