/**
 * The measure-state history and the goals written as the same tables the import reads (comma-separated,
 * UTF-8, lists with ";"), so that an export opened, edited and imported again loses nothing.
 */
import { dsvFormat } from 'd3-dsv';
import { STAND_SPALTEN, ZIEL_SPALTEN } from './spalten';
import type { Massnahmenstand } from './stand';
import { STADTWEIT } from './stand';
import type { Zielsetzung } from './ziel';

const komma = dsvFormat(',');
const zahl = (n: number | null) => (n === null ? '' : String(n));
const ja = (b: boolean) => (b ? 'ja' : '');

export function standZeilen(v: readonly Massnahmenstand[]): string[][] {
	return v.map((e) => [
		e.massnahme,
		e.status,
		zahl(e.umsetzungsgrad),
		e.federfuehrung,
		e.partner.join(';'),
		e.zielgruppen.join(';'),
		e.stadtweit ? STADTWEIT : e.bezirke.join(';'),
		e.beginn ?? '',
		e.ende ?? '',
		e.angebote.join(';'),
		e.bewertung,
		e.bewertetVon,
		e.bewertetAm ?? '',
		e.geaendertAm,
		e.geaendertVon,
		ja(e.beispiel)
	]);
}

export function zielZeilen(z: readonly Zielsetzung[]): string[][] {
	return z.map((e) => [
		e.ziel,
		e.kennzahl,
		e.bezeichnung,
		e.messbar ? '' : 'nein',
		e.grund,
		zahl(e.ausgangswert),
		e.ausgangsStichtag ?? '',
		zahl(e.zielwert),
		zahl(e.zieljahr),
		e.richtung,
		e.werte.map((w) => `${w.stichtag}=${w.wert}`).join(';'),
		e.quelle,
		ja(e.beispiel)
	]);
}

export const STAND_KOPF = STAND_SPALTEN.map((s) => s.name);
export const ZIEL_KOPF = ZIEL_SPALTEN.map((s) => s.name);

/** CSV with the canonical header; a cell a spreadsheet would read as a formula gets an apostrophe. */
export function alsTabellentext(kopf: readonly string[], zeilen: readonly string[][]): string {
	const sicher = (t: string) => (/^[=+\-@\t\r]/.test(t) && !/^-?\d/.test(t) ? `'${t}` : t);
	return komma.formatRows([[...kopf], ...zeilen.map((z) => z.map(sicher))]) + '\n';
}
