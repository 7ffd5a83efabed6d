/**
 * A user's table, mapped, becomes one of the atlas's canonical tables as CSV text, which then passes
 * the very loader and domain checks the built-in data set passes. Only what the canonical format
 * cannot say is decided here: number notation, suppression marks, dates, a total row, shares turned
 * into counts, coordinates into WGS84. Every problem names the user's file, row and column.
 */
import { csvFormatRows } from 'd3-dsv';
import { BEZIRKSZAHLEN, TABELLEN, type Spalte, type TableName } from '../schema';
import { fehler, warnung, type Meldung } from '../meldungen';
import type { Herkunft } from '../laden/tabellen';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { alsText, leseAnteil, leseAnzahl, leseCode, leseStichtag, leseWahrheit, leseZahl, type Gelesen } from './zahlen';
import { ANTEILE, FELDER, type Zuordnung } from './zuordnung';
import { nachWgs84 } from './koordinaten';

export interface Umgewandelt {
	tabelle: TableName;
	text: string;
	herkunft: Herkunft;
	meldungen: Meldung[];
	zeilen: number;
	stichtage: string[];
	/** Districts named in the table (code and name), to become the district list if none is loaded. */
	stadtbezirke: { code: string; name: string }[];
}

/** A row that totals the districts ("Insgesamt", "Stadt gesamt") is not a district. */
const SUMMENZEILE = /^(summe|insgesamt|gesamt|gesamtstadt|stadt( gesamt| insgesamt)?|total|zusammen|alle bezirke)\b/i;

/** The first three findings of one kind are listed; the third says how many more there are. */
class Befunde {
	readonly meldungen: Meldung[] = [];
	#je = new Map<string, { n: number; dritte?: Meldung }>();
	constructor(private roh: Rohtabelle) {}
	fehler(art: string, zeile: number, spalte: number, text: string): void {
		const e = this.#je.get(art) ?? { n: 0 };
		e.n++;
		this.#je.set(art, e);
		if (e.n <= 3) {
			const m = fehler(this.roh.datei, text, { zeile: this.roh.zeileVon[zeile], spalte: this.roh.kopf[spalte] });
			this.meldungen.push(m);
			if (e.n === 3) e.dritte = m;
		} else e.dritte!.weitere = e.n - 3;
	}
}

function lies<T>(b: Befunde, art: string, r: Gelesen<T>, zeile: number, spalte: number, zelle: Zelle): T | null {
	if (r.ok) return r.wert;
	b.fehler(art, zeile, spalte, `„${alsText(zelle)}“ ${r.grund}.`);
	return null;
}

function spaltenVon(z: Zuordnung, roh: Rohtabelle, kanonisch: readonly string[]): Map<string, string> {
	return new Map(kanonisch.flatMap((k) => (z.spalten[k] !== undefined ? [[k, roh.kopf[z.spalten[k]]] as [string, string]] : [])));
}

/** District counts (wide table): counts, shares turned into counts, withheld cells listed. */
function bezirkszahl(roh: Rohtabelle, z: Zuordnung, b: Befunde): Omit<Umgewandelt, 'meldungen'> {
	const kopf = ['stichtag', 'stadtbezirk', 'einwohner', ...BEZIRKSZAHLEN, 'gesperrt'];
	const zeilen: string[][] = [];
	const zeileVon: number[] = [];
	const stichtage = new Set<string>();
	const namen = new Map<string, string>();
	const sp = z.spalten;
	let summen = 0;
	roh.zeilen.forEach((r, i) => {
		const code = sp.stadtbezirk === undefined ? '' : leseCode(r[sp.stadtbezirk]);
		const nameZelle = sp.name === undefined ? '' : alsText(r[sp.name]);
		if (SUMMENZEILE.test(code) || (!code && SUMMENZEILE.test(nameZelle))) {
			summen++;
			return;
		}
		const stichtag = sp.stichtag !== undefined ? lies(b, 'stichtag', leseStichtag(r[sp.stichtag]), i, sp.stichtag, r[sp.stichtag]) : (z.stichtag ?? null);
		if (stichtag) stichtage.add(stichtag);
		else if (sp.stichtag !== undefined && leseStichtag(r[sp.stichtag]).ok) b.fehler('stichtag_fehlt', i, sp.stichtag, 'Der Stichtag fehlt.');
		if (code && nameZelle) namen.set(code, nameZelle);
		const werte = new Map<string, number | null>();
		const gesperrt: string[] = [];
		for (const g of ['einwohner', ...BEZIRKSZAHLEN]) {
			if (sp[g] === undefined) continue;
			const c = r[sp[g]];
			const gelesen = leseAnzahl(c);
			werte.set(g, lies(b, `anzahl.${g}`, gelesen, i, sp[g], c));
			if (gelesen.ok && gelesen.gesperrt) gesperrt.push(g);
		}
		const einwohner = werte.get('einwohner') ?? null;
		for (const g of ANTEILE) {
			const s = sp[`${g}_anteil`];
			if (s === undefined || sp[g] !== undefined) continue;
			const gelesen = leseAnteil(r[s]);
			const anteil = lies(b, `anteil.${g}`, gelesen, i, s, r[s]);
			if (gelesen.ok && gelesen.gesperrt) gesperrt.push(g);
			else if (anteil !== null && einwohner !== null) werte.set(g, Math.round((anteil * einwohner) / 100));
		}
		zeilen.push([stichtag ?? '', code, ...['einwohner', ...BEZIRKSZAHLEN].map((g) => (werte.get(g) ?? null) === null ? '' : String(werte.get(g))), gesperrt.filter((g) => g !== 'einwohner').join(';')]);
		zeileVon.push(roh.zeileVon[i]);
	});
	if (summen) b.meldungen.push(warnung(roh.datei, `${summen === 1 ? 'Eine Summenzeile' : `${summen} Summenzeilen`} („Insgesamt“) ${summen === 1 ? 'wird' : 'werden'} nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert.`));
	if (ANTEILE.some((g) => sp[`${g}_anteil`] !== undefined && sp[g] === undefined))
		b.meldungen.push(warnung(roh.datei, 'Anteile werden mit der Einwohnerzahl des Bezirks in Anzahlen umgerechnet (gerundet); angezeigte Anteile können dadurch in der letzten Stelle abweichen.'));
	const spalteVon = spaltenVon(z, roh, kopf);
	for (const g of ANTEILE) if (sp[`${g}_anteil`] !== undefined && sp[g] === undefined) spalteVon.set(g, roh.kopf[sp[`${g}_anteil`]]);
	return {
		tabelle: 'bezirkszahl',
		text: csvFormatRows([kopf, ...zeilen]),
		herkunft: { datei: roh.datei, zeileVon: Int32Array.from(zeileVon), spalteVon },
		zeilen: zeilen.length,
		stichtage: [...stichtage].sort(),
		stadtbezirke: [...namen].map(([code, name]) => ({ code, name }))
	};
}

/** A canonical table given column by column: values pass as text, a few notations normalised. */
function kanonisch(tabelle: TableName, roh: Rohtabelle, z: Zuordnung, b: Befunde): Omit<Umgewandelt, 'meldungen'> {
	const spalten = TABELLEN[tabelle] as readonly Spalte[];
	const sp = z.spalten;
	const punkte = tabelle === 'einrichtung' || tabelle === 'wohnort';
	const zeilen: string[][] = [];
	const zeileVon: number[] = [];
	const stichtage = new Set<string>();
	roh.zeilen.forEach((r, i) => {
		const lage = punkte ? position(r, z, b, i) : null;
		const zeile = spalten.map((s) => {
			if (punkte && (s.name === 'lat' || s.name === 'lon')) return lage ? String(s.name === 'lat' ? lage[1] : lage[0]) : '';
			if (tabelle === 'einrichtung' && s.name === 'id' && sp.id === undefined) return `e${roh.zeileVon[i]}`;
			if (tabelle === 'einrichtung' && s.name === 'quelle' && sp.quelle === undefined) return roh.datei;
			const k = sp[s.name];
			if (k === undefined) return '';
			const c = r[k];
			if (s.typ === 'datum') {
				const d = lies(b, s.name, leseStichtag(c), i, k, c);
				if (d && tabelle === 'bevoelkerung') stichtage.add(d);
				return d ?? '';
			}
			if (s.typ === 'wahrheitswert') {
				const w = lies(b, s.name, leseWahrheit(c), i, k, c);
				return w === null ? '' : String(w);
			}
			if (s.typ === 'zahl' || s.typ === 'ganzzahl') {
				const gelesen = leseZahl(c);
				if (gelesen.ok && gelesen.gesperrt) {
					b.fehler(`gesperrt.${s.name}`, i, k, `„${alsText(c)}“ ist gesperrt; diese Tabelle braucht jeden Wert (gesperrte Zahlen gehen nur in Zahlen je Stadtbezirk).`);
					return '';
				}
				// A value that is no number goes through as written: the loader's domain check names it.
				return gelesen.ok ? (gelesen.wert === null ? '' : String(gelesen.wert)) : alsText(c);
			}
			if (s.typ === 'liste') return alsText(c).split(/\s*[;,|]\s*/).filter(Boolean).join(';');
			return s.name === 'code' || s.name === 'stadtbezirk' ? leseCode(c) : alsText(c);
		});
		zeilen.push(zeile);
		zeileVon.push(roh.zeileVon[i]);
	});
	return {
		tabelle,
		text: csvFormatRows([spalten.map((s) => s.name), ...zeilen]),
		herkunft: { datei: roh.datei, zeileVon: Int32Array.from(zeileVon), spalteVon: spaltenVon(z, roh, spalten.map((s) => s.name)) },
		zeilen: zeilen.length,
		stichtage: [...stichtage].sort(),
		stadtbezirke: tabelle === 'stadtbezirk' ? zeilen.map((z) => ({ code: z[0], name: z[1] })) : []
	};
}

/** A point's WGS84 position from latitude/longitude or from projected easting/northing. */
function position(r: Zelle[], z: Zuordnung, b: Befunde, i: number): [number, number] | null {
	const sp = z.spalten;
	const paar = sp.lat !== undefined && sp.lon !== undefined ? ([sp.lon, sp.lat] as const) : sp.x !== undefined && sp.y !== undefined ? ([sp.x, sp.y] as const) : null;
	if (!paar) return null;
	const x = lies(b, 'koordinate', leseZahl(r[paar[0]]), i, paar[0], r[paar[0]]);
	const y = lies(b, 'koordinate', leseZahl(r[paar[1]]), i, paar[1], r[paar[1]]);
	if (x === null || y === null) return null;
	const system = sp.lat !== undefined ? 'EPSG:4326' : (z.koordinaten ?? 'EPSG:25832');
	const lage = nachWgs84(system, x, y);
	if (!lage) b.fehler('lage', i, paar[0], `Die Koordinaten ${alsText(r[paar[0]])} / ${alsText(r[paar[1]])} liegen nicht in Deutschland (Koordinatensystem ${system}); falsches System oder vertauschte Spalten?`);
	return lage;
}

export function wandleUm(roh: Rohtabelle, z: Zuordnung): Umgewandelt {
	const b = new Befunde(roh);
	const ergebnis = z.ziel === 'bezirkszahl' ? bezirkszahl(roh, z, b) : kanonisch(z.ziel as TableName, roh, z, b);
	if (ergebnis.zeilen === 0) b.meldungen.push(fehler(roh.datei, 'Die Tabelle enthält keine Datenzeilen.'));
	return { ...ergebnis, meldungen: [...roh.hinweise, ...b.meldungen] };
}

/** Fields of a mapping that point at a column the table does not have (a saved mapping of another year). */
export function ungueltigeSpalten(roh: Rohtabelle, z: Zuordnung): string[] {
	return FELDER[z.ziel].filter((f) => z.spalten[f.name] !== undefined && (z.spalten[f.name] < 0 || z.spalten[f.name] >= roh.kopf.length)).map((f) => f.label);
}
