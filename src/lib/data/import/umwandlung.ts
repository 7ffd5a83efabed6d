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
import { alsText, leseAnteil, leseAnzahl, leseCode, leseGrad, leseStichtag, leseWahrheit, leseZahl, type Gelesen } from './zahlen';
import { ANTEILE, FELDER, ZAEHL_LABEL, type Zuordnung } from './zuordnung';
import { nachWgs84 } from './koordinaten';
import { alsBreit } from './langform';
import { ebenen, gebieteDerZeilen, STADT, Stadtabgleich, type Abgleich, type Ebene } from './ebenen';
import { verschachtelung } from './verschachtelung';

/** What a district table's conversion counts and leaves out: the preview shows it before anything is checked. */
export interface Umfang {
	/** The area levels of the file (the city apart) and the one counted. */
	ebenen: Ebene[];
	ebene?: string;
	/** Districts counted, and rows not counted as districts. */
	gebiete: number;
	stadtzeilen: number;
	andereEbenen: number;
	/** Rows of a long table whose characteristic is assigned to no count. */
	ohneZuordnung: number;
	/** The Stichtag column holds bare years (each read as its 31 December). */
	jahre: boolean;
	abgleich: Abgleich[];
	/** The first converted rows (canonical columns) for the preview. */
	kopf: string[];
	beispiel: string[][];
}

export interface Umgewandelt {
	tabelle: TableName;
	text: string;
	herkunft: Herkunft;
	meldungen: Meldung[];
	zeilen: number;
	stichtage: string[];
	/**
	 * The distinct districts of the table (of the counted level), with their names where a name column
	 * is mapped, and the area of a coarser level of the file each lies in: what a district list can be
	 * made of when the codes are new to the atlas.
	 */
	stadtbezirke: { code: string; name?: string; stadtteil?: string }[];
	umfang?: Umfang;
}

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
			const m = fehler(this.roh.datei, text, { zeile: this.roh.zeileJeZelle?.[zeile]?.[spalte] ?? this.roh.zeileVon[zeile], spalte: this.roh.kopf[spalte] });
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

/** District counts (wide table, or a long one pivoted): counts, shares turned into counts, withheld cells listed, one area level. */
function bezirkszahl(roh: Rohtabelle, z: Zuordnung, b: Befunde): Omit<Umgewandelt, 'meldungen'> {
	const kopf = ['stichtag', 'stadtbezirk', 'einwohner', ...BEZIRKSZAHLEN, 'gesperrt'];
	const zaehl = ['einwohner', ...BEZIRKSZAHLEN];
	const zeilen: string[][] = [];
	const zeileVon: number[] = [];
	const stichtage = new Set<string>();
	const namen = new Map<string, string | undefined>();
	const sp = z.spalten;
	const gebiete = gebieteDerZeilen(roh, z);
	const alle = ebenen(gebiete);
	const gewaehlt = alle.length > 1 ? alle.find((e) => e.schluessel === z.ebene) : undefined;
	if (alle.length > 1 && !gewaehlt) b.meldungen.push(fehler(roh.datei, `Die Datei enthält Gebiete mehrerer Ebenen (${alle.map((e) => `${e.gebiete} × ${e.label}`).join('; ')}); bitte wählen, welche Ebene als Stadtbezirke gezählt wird.`));
	const abgleich = new Stadtabgleich();
	/** Names of the rows of every level, for the coarser areas the districts lie in. */
	const gebietsnamen = new Map<string, string>();
	let summen = 0;
	let stadtName = '';
	let andere = 0;
	let jahre = false;
	roh.zeilen.forEach((r, i) => {
		const { code: c, ebene } = gebiete[i];
		const stadt = ebene === STADT;
		const zeilenname = (sp.name === undefined ? '' : alsText(r[sp.name])) || gebiete[i].name;
		if (c && zeilenname && !gebietsnamen.has(c)) gebietsnamen.set(c, zeilenname);
		if (!stadt && alle.length > 1 && !gewaehlt?.formen.includes(ebene)) return void andere++;
		// The city's row is read only to compare; its faults are not the districts'.
		const lese = <T,>(art: string, g: Gelesen<T>, spalte: number): T | null => (stadt ? (g.ok ? g.wert : null) : lies(b, art, g, i, spalte, r[spalte]));
		const stichtag = sp.stichtag !== undefined ? lese('stichtag', leseStichtag(r[sp.stichtag]), sp.stichtag) : (z.stichtag ?? null);
		if (sp.stichtag !== undefined && /^\d{4}$/.test(alsText(r[sp.stichtag]))) jahre = true;
		if (stichtag) stichtage.add(stichtag);
		else if (!stadt && sp.stichtag !== undefined && leseStichtag(r[sp.stichtag]).ok) b.fehler('stichtag_fehlt', i, sp.stichtag, 'Der Stichtag fehlt.');
		const werte = new Map<string, number | null>();
		const gesperrt: string[] = [];
		for (const g of zaehl) {
			if (sp[g] === undefined) continue;
			const gelesen = leseAnzahl(r[sp[g]]);
			werte.set(g, lese(`anzahl.${g}`, gelesen, sp[g]));
			if (gelesen.ok && gelesen.gesperrt) gesperrt.push(g);
		}
		const einwohner = werte.get('einwohner') ?? null;
		for (const g of ANTEILE) {
			const s = sp[`${g}_anteil`];
			if (s === undefined || sp[g] !== undefined) continue;
			const gelesen = leseAnteil(r[s]);
			const anteil = lese(`anteil.${g}`, gelesen, s);
			if (gelesen.ok && gelesen.gesperrt) gesperrt.push(g);
			else if (anteil !== null && einwohner !== null) werte.set(g, Math.round((anteil * einwohner) / 100));
		}
		if (stadt) {
			if (!summen++) stadtName = c && !/^0+$/.test(c) ? c : (sp.name === undefined ? '' : alsText(r[sp.name])) || c;
			if (stichtag) for (const [g, w] of werte) abgleich.stadtzeile(stichtag, g, w, roh.zeileJeZelle?.[i]?.[sp[g] ?? sp[`${g}_anteil`]] ?? roh.zeileVon[i]);
			return;
		}
		if (stichtag) for (const [g, w] of werte) abgleich.gebiet(stichtag, g, w);
		if (c && !namen.get(c)) namen.set(c, zeilenname || undefined);
		zeilen.push([stichtag ?? '', c, ...zaehl.map((g) => (werte.get(g) ?? null) === null ? '' : String(werte.get(g))), gesperrt.filter((g) => g !== 'einwohner').join(';')]);
		zeileVon.push(roh.zeileVon[i]);
	});
	const spalteVon = spaltenVon(z, roh, kopf);
	for (const g of ANTEILE) if (sp[`${g}_anteil`] !== undefined && sp[g] === undefined) spalteVon.set(g, roh.kopf[sp[`${g}_anteil`]]);
	const stimmt = abgleich.ergebnis.length > 0 && abgleich.ergebnis.every((a) => a.stadt === a.summe);
	if (summen) b.meldungen.push(warnung(roh.datei, `${summen === 1 ? 'Eine Zeile' : `${summen} Zeilen`} der Gesamtstadt („${stadtName}“) ${summen === 1 ? 'wird' : 'werden'} nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert${stimmt ? ' und stimmen mit der Gesamtstadt überein' : ''}.`));
	if (gewaehlt && andere) b.meldungen.push(warnung(roh.datei, `Gezählt werden die ${gewaehlt.gebiete} Gebiete der Ebene ${gewaehlt.label}; ${andere === 1 ? 'eine Zeile anderer Ebenen wird' : `${andere.toLocaleString('de-DE')} Zeilen anderer Ebenen (${alle.filter((e) => e !== gewaehlt).map((e) => e.label).join('; ')}) werden`} nicht gezählt.`));
	const teile = gewaehlt ? verschachtelung(gebiete, alle, gewaehlt) : null;
	if (teile) {
		const [kind, eltern] = [...teile.von][0];
		b.meldungen.push(warnung(roh.datei, `Jedes der ${namen.size.toLocaleString('de-DE')} gezählten Gebiete liegt in einem der ${new Set(teile.von.values()).size.toLocaleString('de-DE')} Gebiete der Ebene ${teile.ebene.label}, an der Nummer erkannt (${kind} in ${eltern}). Sie werden als Stadtteil jedes Bezirks übernommen: Vergleich und Steckbriefe fassen die Bezirke eines Stadtteils zusammen, mit summierten Anzahlen.`));
	}
	const stadtteil = (code: string) => {
		const eltern = teile?.von.get(code);
		return eltern === undefined ? {} : { stadtteil: gebietsnamen.get(eltern) ?? eltern };
	};
	b.meldungen.push(...abgleich.meldungen(roh.datei, namen.size, (g) => ZAEHL_LABEL[g] ?? g, (g) => spalteVon.get(g) ?? g));
	if (ANTEILE.some((g) => sp[`${g}_anteil`] !== undefined && sp[g] === undefined))
		b.meldungen.push(warnung(roh.datei, 'Anteile werden mit der Einwohnerzahl des Bezirks in Anzahlen umgerechnet (gerundet); angezeigte Anteile können dadurch in der letzten Stelle abweichen.'));
	return {
		tabelle: 'bezirkszahl',
		text: csvFormatRows([kopf, ...zeilen]),
		herkunft: { datei: roh.datei, zeileVon: Int32Array.from(zeileVon), spalteVon },
		zeilen: zeilen.length,
		stichtage: [...stichtage].sort(),
		stadtbezirke: [...namen].map(([code, name]) => ({ code, ...(name ? { name } : {}), ...stadtteil(code) })),
		umfang: { ebenen: alle, ebene: gewaehlt?.schluessel, gebiete: namen.size, stadtzeilen: summen, andereEbenen: andere, ohneZuordnung: 0, jahre, abgleich: abgleich.ergebnis, kopf, beispiel: zeilen.slice(0, 5) }
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
	// Degrees never carry thousands; projected metres may ("593.456" = 593 456 m).
	const lese = sp.lat !== undefined ? leseGrad : leseZahl;
	const x = lies(b, 'koordinate', lese(r[paar[0]]), i, paar[0], r[paar[0]]);
	const y = lies(b, 'koordinate', lese(r[paar[1]]), i, paar[1], r[paar[1]]);
	if (x === null || y === null) return null;
	const system = sp.lat !== undefined ? 'EPSG:4326' : (z.koordinaten ?? 'EPSG:25832');
	const lage = nachWgs84(system, x, y);
	if (!lage) b.fehler('lage', i, paar[0], `Die Koordinaten ${alsText(r[paar[0]])} / ${alsText(r[paar[1]])} liegen nicht in Deutschland (Koordinatensystem ${system}); falsches System oder vertauschte Spalten?`);
	return lage;
}

export function wandleUm(roh: Rohtabelle, z: Zuordnung): Umgewandelt {
	if (z.ziel === 'bezirkszahl' && z.lang) {
		const breit = alsBreit(roh, z);
		const u = wandleUm(breit.roh, breit.z);
		return { ...u, meldungen: [...roh.hinweise, ...breit.meldungen, ...u.meldungen], umfang: u.umfang && { ...u.umfang, ohneZuordnung: breit.ohneZuordnung } };
	}
	const b = new Befunde(roh);
	const ergebnis = z.ziel === 'bezirkszahl' ? bezirkszahl(roh, z, b) : kanonisch(z.ziel as TableName, roh, z, b);
	if (ergebnis.zeilen === 0) b.meldungen.push(fehler(roh.datei, 'Die Tabelle enthält keine Datenzeilen.'));
	return { ...ergebnis, meldungen: [...roh.hinweise, ...b.meldungen] };
}

/** Fields of a mapping that point at a column the table does not have (a saved mapping of another year). */
export function ungueltigeSpalten(roh: Rohtabelle, z: Zuordnung): string[] {
	return FELDER[z.ziel].filter((f) => z.spalten[f.name] !== undefined && (z.spalten[f.name] < 0 || z.spalten[f.name] >= roh.kopf.length)).map((f) => f.label);
}
