/**
 * A table as the user's file holds it, before anything is interpreted: the header row it found, the
 * data rows as cells, and for every data row the row number the spreadsheet shows. Title rows and blank
 * lines above the header, and notes below the table, are left out (and said so).
 */
import type { Meldung } from '../meldungen';
import { fehler, warnung } from '../meldungen';

export type Zelle = string | number | boolean | Date | null;

export interface Rohtabelle {
	datei: string;
	/** Sheet of a workbook, if any, and the others it has. */
	blatt?: string;
	blaetter?: string[];
	kopf: string[];
	/** Row (or record) number of the header. */
	kopfzeile: number;
	/** The rows above the header (titles, a group row whose merged cells may carry a Stichtag), as cells. */
	titelzeilen?: Zelle[][];
	zeilen: Zelle[][];
	/** Spreadsheet row of each data row (header row = the row it is in). */
	zeileVon: number[];
	/** A table pivoted from a long one: the row of the user's file each cell came from. */
	zeileJeZelle?: number[][];
	/** "Zeile" in a spreadsheet, "Datensatz" in a Parquet file. */
	zeilenwort: 'Zeile' | 'Datensatz';
	hinweise: Meldung[];
	/** Detected text encoding and delimiter, for the preview. */
	format?: string;
	/** A text file's dialect, for reading it again in DuckDB (a register extract). */
	text?: { trenner: string; kodierung: string };
	/** Only the first rows were read (a large file): enough to map it, not to convert it in JavaScript. */
	vorschau?: boolean;
}

const leer = (z: Zelle) => z === null || (typeof z === 'string' && z.trim() === '');
const gefuellt = (zeile: readonly Zelle[]) => zeile.filter((z) => !leer(z)).length;

/**
 * Finds the header among the first rows: the first row with at least two filled cells whose width the
 * rows below share. `zeilen` are all rows of the sheet or file, row 1 first.
 */
export function alsRohtabelle(datei: string, zeilen: Zelle[][], zeilenwort: Rohtabelle['zeilenwort'] = 'Zeile', erste = 1): Omit<Rohtabelle, 'format'> {
	const hinweise: Meldung[] = [];
	const breite = (z: readonly Zelle[]) => {
		let n = z.length;
		while (n > 0 && leer(z[n - 1])) n--;
		return n;
	};
	// The header: the first row that fills at least half as many cells as the rows below it are wide
	// (a title row fills one; a table's own rows are at most a column wider when a row is broken).
	let kopfIndex = -1;
	for (let i = 0; i < Math.min(zeilen.length, 50); i++) {
		const z = zeilen[i];
		if (gefuellt(z) < 2) continue;
		const folgende = zeilen.slice(i + 1, i + 6).filter((f) => gefuellt(f) > 0).map(breite).sort((a, b) => a - b);
		const typisch = folgende[Math.floor(folgende.length / 2)] ?? 0;
		if (gefuellt(z) * 2 >= typisch) {
			kopfIndex = i;
			break;
		}
	}
	if (kopfIndex < 0) return { datei, kopf: [], kopfzeile: 0, zeilen: [], zeileVon: [], zeilenwort, hinweise };
	const text = (k: Zelle) => String(k).replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();
	const zweite = zweiteKopfzeile(zeilen[kopfIndex], zeilen[kopfIndex + 1], zeilen[kopfIndex + 2]);
	const kopfZeile = zweite ? verbindeKopf(zeilen[kopfIndex], zeilen[kopfIndex + 1], text) : zeilen[kopfIndex];
	const n = breite(kopfZeile);
	// A header cell left empty under a vertically merged one ("Stadtgebiet" over rows 2–4) takes that name.
	// A title row above (one cell) names the table, not a column.
	const gruppenzeile = kopfIndex > 0 && gefuellt(zeilen[kopfIndex - 1]) >= 2 ? zeilen[kopfIndex - 1] : [];
	const darueber = (i: number) => gruppenzeile[i] ?? null;
	const kopf = kopfZeile.slice(0, n).map((k, i) => (leer(k) ? (leer(darueber(i)) ? `Spalte ${i + 1}` : text(darueber(i))) : text(k)));
	if (kopfIndex > 0) hinweise.push(warnung(datei, `Die ${kopfIndex === 1 ? 'erste Zeile wird' : `ersten ${kopfIndex} Zeilen werden`} als Titel übersprungen; die Kopfzeile ist ${zeilenwort} ${kopfIndex + erste}.`));
	if (zweite) hinweise.push(warnung(datei, `Die Kopfzeile steht in zwei Zeilen (${zeilenwort} ${kopfIndex + erste} und ${kopfIndex + erste + 1}); die Spaltennamen werden zusammengesetzt, z. B. „${kopf.find((k, i) => !leer(zeilen[kopfIndex + 1][i] ?? null) && k.includes(' ')) ?? kopf[0]}“.`));
	const unterKopf = kopfIndex + (zweite ? 2 : 1);
	const beschreibung = beschreibungszeile(zeilen[unterKopf], zeilen.slice(unterKopf + 1, unterKopf + 6));
	if (beschreibung) hinweise.push(warnung(datei, `${zeilenwort} ${unterKopf + erste} beschreibt die Spalten (Text, wo darunter Zahlen stehen, z. B. „${text(beschreibung)}“) und wird nicht als Daten gelesen.`));
	const erstedaten = unterKopf + (beschreibung ? 1 : 0);
	let ende = zeilen.length;
	while (ende > erstedaten && gefuellt(zeilen[ende - 1]) <= 1) ende--;
	const fuss = zeilen.slice(ende).filter((z) => gefuellt(z) === 1).length;
	if (fuss > 0) hinweise.push(warnung(datei, `${fuss === 1 ? 'Eine Zeile' : `${fuss} Zeilen`} unter der Tabelle (Fußnoten) ${fuss === 1 ? 'wird' : 'werden'} nicht gelesen.`));
	const daten: Zelle[][] = [];
	const zeileVon: number[] = [];
	let zuBreit = 0;
	for (let i = erstedaten; i < ende; i++) {
		if (gefuellt(zeilen[i]) === 0) continue;
		if (breite(zeilen[i]) > n && ++zuBreit <= 3)
			hinweise.push(fehler(datei, `Die Zeile hat ${breite(zeilen[i])} Felder, die Kopfzeile ${n} (ein Trennzeichen zu viel, oder ein Text mit Trennzeichen ohne Anführungszeichen?).`, { zeile: i + erste }));
		daten.push(Array.from({ length: n }, (_, k) => zeilen[i][k] ?? null));
		zeileVon.push(i + erste);
	}
	return { datei, kopf, kopfzeile: kopfIndex + erste, ...(kopfIndex > 0 ? { titelzeilen: zeilen.slice(0, kopfIndex) } : {}), zeilen: daten, zeileVon, zeilenwort, hinweise };
}

const zahlartig = (z: Zelle) => typeof z === 'number' || z instanceof Date || (typeof z === 'string' && /^[\s\d.,%+\-–/]+$/.test(z));

/**
 * A row of column descriptions under the header ("Anzahl der Einwohnerinnen und Einwohner" over the
 * counts): words in at least two columns where every row below has a number, and no number itself.
 * Returns one of its texts, or null.
 */
function beschreibungszeile(zeile: readonly Zelle[] | undefined, darunter: readonly Zelle[][]): Zelle | null {
	const rows = darunter.filter((z) => gefuellt(z) > 0);
	if (!zeile || rows.length === 0 || zeile.some((z) => !leer(z) && zahlartig(z))) return null;
	const zahlenspalten = zeile.map((_, i) => i).filter((i) => rows.every((r) => !leer(r[i] ?? null) && zahlartig(r[i])));
	const beschrieben = zahlenspalten.filter((i) => typeof zeile[i] === 'string' && /\p{L}{3,}/u.test(zeile[i] as string));
	return zahlenspalten.length >= 2 && beschrieben.length === zahlenspalten.length ? zeile[beschrieben[0]] : null;
}

/**
 * A second header row under the first, as workbooks have them: the upper row's cells merged over
 * several columns ("Einwohner" over "insgesamt" and "darunter Ausländer"), so the upper row is empty
 * where the lower one names a column, and the lower row holds only text. Rows of data have numbers.
 */
function zweiteKopfzeile(oben: readonly Zelle[], unten: readonly Zelle[] | undefined, danach: readonly Zelle[] | undefined): boolean {
	if (!unten || !danach || gefuellt(unten) < 2 || gefuellt(danach) === 0) return false;
	if (unten.some((z) => !leer(z) && zahlartig(z))) return false;
	let linksGefuellt = false;
	for (let i = 0; i < unten.length; i++) {
		if (leer(oben[i] ?? null) && !leer(unten[i]) && linksGefuellt) return true;
		if (!leer(oben[i] ?? null)) linksGefuellt = true;
	}
	return false;
}

/** "Einwohner" | "" over "insgesamt" | "darunter Ausländer" → "Einwohner insgesamt" | "Einwohner darunter Ausländer". */
function verbindeKopf(oben: readonly Zelle[], unten: readonly Zelle[], text: (z: Zelle) => string): Zelle[] {
	let ueber = '';
	return Array.from({ length: Math.max(oben.length, unten.length) }, (_, i) => {
		const o = oben[i] ?? null;
		const u = unten[i] ?? null;
		if (!leer(o)) ueber = text(o);
		else if (leer(u)) ueber = '';
		const teile = [leer(o) ? (leer(u) ? '' : ueber) : text(o), leer(u) ? '' : text(u)].filter(Boolean);
		return teile.length === 2 && teile[0] === teile[1] ? teile[0] : teile.join(' ') || null;
	});
}
