/**
 * The measure-state and goal tables read from a file the office edited (CSV or XLSX, read by the
 * import's readers into a Rohtabelle) and checked cell by cell. Every finding names file, row and
 * column in German; a table with an error yields nothing, so what was loaded before stays.
 */
import { fehler, warnung, type Meldung } from '../meldungen';
import type { Rohtabelle, Zelle } from '../import/rohtabelle';
import { alsText, leseCode, leseStichtag, leseWahrheit, leseZahl } from '../import/zahlen';
import { ZIELGRUPPEN, type Zielgruppe } from '../schema';
import { MASSNAHMENSTATUS, STADTWEIT, type Massnahmenstand, type Massnahmenstatus } from './stand';
import { RICHTUNGEN, ZIEL_MUSTER, type Messwert, type Richtung, type Zielsetzung } from './ziel';
import { STAND_SPALTEN, ZIEL_SPALTEN } from './spalten';

/** What the cells are checked against: the loaded data set's measures, districts, offers and the KIK's actors. */
export interface Bezug {
	massnahmen: ReadonlySet<string>;
	bezirke: ReadonlySet<string>;
	angebote: ReadonlySet<string>;
	akteure: ReadonlySet<string>;
}

export interface Eingelesen<T> {
	eintraege: T[];
	meldungen: Meldung[];
}

/** Only the first rows breaking a rule are named; the rest are counted. */
const JE_REGEL = 3;

class Pruefer {
	meldungen: Meldung[] = [];
	#je = new Map<string, { erste: Meldung; anzahl: number }>();
	constructor(readonly roh: Rohtabelle) {}
	melde(schwere: 'fehler' | 'warnung', regel: string, text: string, zeile: number, spalte: string) {
		const bisher = this.#je.get(regel);
		if (bisher && bisher.anzahl >= JE_REGEL) {
			bisher.erste.weitere = (bisher.erste.weitere ?? 0) + 1;
			return;
		}
		const m = (schwere === 'fehler' ? fehler : warnung)(this.roh.datei, text, { zeile, spalte });
		this.meldungen.push(m);
		if (bisher) bisher.anzahl++;
		else this.#je.set(regel, { erste: m, anzahl: 1 });
	}
	get fehlerhaft() {
		return this.meldungen.some((m) => m.schwere === 'fehler');
	}
}

/** Column index by header name (case and blanks do not matter); missing required columns are errors. */
function spaltenVon(p: Pruefer, spalten: readonly { name: string; pflicht: boolean }[]): Map<string, number> | null {
	const kopf = p.roh.kopf.map((k) => k.trim().toLowerCase());
	const index = new Map<string, number>();
	for (const s of spalten) {
		const i = kopf.indexOf(s.name);
		if (i >= 0) index.set(s.name, i);
	}
	const fehlt = spalten.filter((s) => s.pflicht && !index.has(s.name)).map((s) => `„${s.name}“`);
	if (fehlt.length) {
		p.meldungen.push(fehler(p.roh.datei, `Es ${fehlt.length === 1 ? 'fehlt die Pflichtspalte' : 'fehlen die Pflichtspalten'} ${fehlt.join(', ')} (Kopfzeile ist Zeile ${p.roh.kopfzeile}).`));
		return null;
	}
	const bekannt = new Set(spalten.map((s) => s.name));
	const fremd = p.roh.kopf.filter((k) => !bekannt.has(k.trim().toLowerCase()));
	if (fremd.length) p.meldungen.push(warnung(p.roh.datei, `Unbekannte Spalten werden nicht gelesen: ${fremd.map((k) => `„${k}“`).join(', ')}.`));
	return index;
}

/** Text as written; the apostrophe the export puts before a formula-like text is taken off again. */
const freitext = (z: Zelle) => alsText(z).replace(/^'(?=[=+\-@])/, '');
const liste = (z: Zelle) => freitext(z).split(';').map((t) => t.trim()).filter(Boolean);

function datum(p: Pruefer, z: Zelle, zeile: number, spalte: string): string | null {
	const r = leseStichtag(z);
	if (r.ok) return r.wert;
	p.melde('fehler', `datum:${spalte}`, `„${alsText(z)}“ ${r.grund}.`, zeile, spalte);
	return null;
}

/** The time of a change: a date or an ISO date with time. */
function zeitpunkt(p: Pruefer, z: Zelle, zeile: number): string | null {
	const t = z instanceof Date ? z.toISOString() : alsText(z);
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(t) && !Number.isNaN(Date.parse(t))) return t;
	if (t === '') {
		p.melde('fehler', 'leer:geaendert_am', 'Das Datum des Eintrags fehlt; jeder Eintrag der Historie braucht Datum und Autor*in.', zeile, 'geaendert_am');
		return null;
	}
	return datum(p, z, zeile, 'geaendert_am');
}

export function leseMassnahmenstand(roh: Rohtabelle, bezug: Bezug): Eingelesen<Massnahmenstand> {
	const p = new Pruefer(roh);
	p.meldungen.push(...roh.hinweise);
	const s = spaltenVon(p, STAND_SPALTEN);
	if (!s) return { eintraege: [], meldungen: p.meldungen };
	const zelle = (z: Zelle[], name: string): Zelle => (s.has(name) ? z[s.get(name)!] : null);
	const eintraege: Massnahmenstand[] = [];
	const gesehen = new Map<string, number>();
	roh.zeilen.forEach((z, i) => {
		const zeile = roh.zeileVon[i];
		const massnahme = alsText(zelle(z, 'massnahme')).replace(/\s+/g, ' ');
		if (!massnahme) p.melde('fehler', 'leer:massnahme', 'Die Maßnahme fehlt.', zeile, 'massnahme');
		else if (!bezug.massnahmen.has(massnahme)) p.melde('fehler', 'massnahme', `„${massnahme}“ ist keine Maßnahme des Integrationskonzepts (erwartet z. B. „SB 2.4“).`, zeile, 'massnahme');
		const statusText = alsText(zelle(z, 'status'));
		const status = MASSNAHMENSTATUS.find((x) => x === statusText);
		if (!status) {
			const aehnlich = MASSNAHMENSTATUS.find((x) => x.toLowerCase() === statusText.toLowerCase().replace(/\s+/g, ' '));
			p.melde('fehler', 'status', statusText ? `„${statusText}“ ist kein Status der Liste${aehnlich ? ` (gemeint ist wohl „${aehnlich}“)` : ''}; erlaubt: ${MASSNAHMENSTATUS.join(', ')}.` : 'Der Status fehlt.', zeile, 'status');
		}
		const grad = leseZahl(zelle(z, 'umsetzungsgrad'));
		if (!grad.ok || grad.gesperrt) p.melde('fehler', 'grad', `„${alsText(zelle(z, 'umsetzungsgrad'))}“ ist keine Zahl.`, zeile, 'umsetzungsgrad');
		else if (grad.wert !== null && (grad.wert < 0 || grad.wert > 100)) p.melde('fehler', 'grad:bereich', `Der Umsetzungsgrad ${alsText(zelle(z, 'umsetzungsgrad'))} liegt nicht zwischen 0 und 100 %.`, zeile, 'umsetzungsgrad');
		const federfuehrung = freitext(zelle(z, 'federfuehrung'));
		const partner = liste(zelle(z, 'partner'));
		for (const [spalte, namen] of [['federfuehrung', federfuehrung ? [federfuehrung] : []], ['partner', partner]] as const)
			for (const n of namen) if (bezug.akteure.size && !bezug.akteure.has(n)) p.melde('warnung', `akteur:${spalte}`, `„${n}“ steht nicht in der Akteursliste des Integrationskonzepts.`, zeile, spalte);
		const zielgruppen = liste(zelle(z, 'zielgruppen'));
		for (const g of zielgruppen)
			if (!(ZIELGRUPPEN as readonly string[]).includes(g)) p.melde('fehler', 'zielgruppe', `„${g}“ ist keine Zielgruppe; erlaubt: ${ZIELGRUPPEN.join(', ')}.`, zeile, 'zielgruppen');
		const bezirkeRoh = liste(zelle(z, 'bezirke')).map((b) => leseCode(b));
		const stadtweit = bezirkeRoh.length === 0 || bezirkeRoh.some((b) => b.toLowerCase() === STADTWEIT);
		const bezirke = bezirkeRoh.filter((b) => b.toLowerCase() !== STADTWEIT);
		if (stadtweit && bezirke.length) p.melde('fehler', 'stadtweit', '„stadtweit“ und einzelne Stadtbezirke zugleich: entweder stadtweit oder die Bezirke nennen.', zeile, 'bezirke');
		for (const b of bezirke) if (!bezug.bezirke.has(b)) p.melde('fehler', 'bezirk', `„${b}“ ist kein Stadtbezirk der geladenen Daten.`, zeile, 'bezirke');
		const beginn = datum(p, zelle(z, 'beginn'), zeile, 'beginn');
		const ende = datum(p, zelle(z, 'ende'), zeile, 'ende');
		if (beginn && ende && ende < beginn) p.melde('fehler', 'ende', `Das Ende (${ende}) liegt vor dem Beginn (${beginn}).`, zeile, 'ende');
		const angebote = liste(zelle(z, 'angebote'));
		for (const a of angebote) if (!bezug.angebote.has(a)) p.melde('fehler', 'angebot', `„${a}“ ist kein Angebot der Angebotstabelle.`, zeile, 'angebote');
		const bewertetAm = datum(p, zelle(z, 'bewertet_am'), zeile, 'bewertet_am');
		const geaendertAm = zeitpunkt(p, zelle(z, 'geaendert_am'), zeile);
		const geaendertVon = freitext(zelle(z, 'geaendert_von'));
		if (!geaendertVon) p.melde('fehler', 'leer:geaendert_von', 'Wer den Eintrag geschrieben hat, fehlt; jeder Eintrag der Historie braucht Datum und Autor*in.', zeile, 'geaendert_von');
		const beispiel = leseWahrheit(zelle(z, 'beispiel'));
		if (!beispiel.ok) p.melde('fehler', 'beispiel', `„${alsText(zelle(z, 'beispiel'))}“ ${beispiel.grund}.`, zeile, 'beispiel');
		if (massnahme && geaendertAm) {
			const schluessel = `${massnahme}|${geaendertAm}`;
			const frueher = gesehen.get(schluessel);
			if (frueher !== undefined) p.melde('fehler', 'doppelt', `Die Maßnahme „${massnahme}“ hat schon in Zeile ${frueher} einen Eintrag vom ${geaendertAm}; zwei Einträge derselben Zeit lassen sich nicht ordnen.`, zeile, 'geaendert_am');
			else gesehen.set(schluessel, zeile);
		}
		if (p.fehlerhaft) return;
		eintraege.push({
			massnahme,
			status: status as Massnahmenstatus,
			umsetzungsgrad: grad.ok ? grad.wert : null,
			federfuehrung,
			partner,
			zielgruppen: zielgruppen as Zielgruppe[],
			bezirke,
			stadtweit,
			beginn,
			ende,
			angebote,
			bewertung: freitext(zelle(z, 'bewertung')),
			bewertetVon: freitext(zelle(z, 'bewertet_von')),
			bewertetAm,
			geaendertAm: geaendertAm!,
			geaendertVon,
			beispiel: beispiel.ok ? (beispiel.wert ?? false) : false
		});
	});
	return { eintraege: p.fehlerhaft ? [] : eintraege, meldungen: p.meldungen };
}

/** Known key figures and the goals of the loaded measure table. */
export interface Zielbezug {
	kennzahlen: ReadonlySet<string>;
	ziele: ReadonlySet<string>;
}

export function leseZiele(roh: Rohtabelle, bezug: Zielbezug): Eingelesen<Zielsetzung> {
	const p = new Pruefer(roh);
	p.meldungen.push(...roh.hinweise);
	const s = spaltenVon(p, ZIEL_SPALTEN);
	if (!s) return { eintraege: [], meldungen: p.meldungen };
	const zelle = (z: Zelle[], name: string): Zelle => (s.has(name) ? z[s.get(name)!] : null);
	const zahl = (z: Zelle, zeile: number, spalte: string) => {
		const r = leseZahl(z);
		if (r.ok && !r.gesperrt) return r.wert;
		p.melde('fehler', `zahl:${spalte}`, `„${alsText(z)}“ ist keine Zahl.`, zeile, spalte);
		return null;
	};
	const eintraege: Zielsetzung[] = [];
	const gesehen = new Map<string, number>();
	roh.zeilen.forEach((z, i) => {
		const zeile = roh.zeileVon[i];
		const ziel = alsText(zelle(z, 'ziel')).replace(/\s+/g, ' ');
		if (!ZIEL_MUSTER.test(ziel)) p.melde('fehler', 'ziel', `„${ziel}“ ist keine Zielangabe der Form „GT 2“ (Handlungsfeld und Zielnummer).`, zeile, 'ziel');
		else if (!bezug.ziele.has(ziel)) p.melde('fehler', 'ziel:unbekannt', `Das Integrationskonzept hat kein Ziel „${ziel}“.`, zeile, 'ziel');
		const kennzahl = alsText(zelle(z, 'kennzahl'));
		if (!bezug.kennzahlen.has(kennzahl) && kennzahl !== 'eigen') p.melde('fehler', 'kennzahl', `„${kennzahl}“ ist keine Kennzahl des Atlas (erlaubt: ${[...bezug.kennzahlen, 'eigen'].join(', ')}).`, zeile, 'kennzahl');
		const bezeichnung = freitext(zelle(z, 'bezeichnung'));
		if (kennzahl === 'eigen' && !bezeichnung) p.melde('fehler', 'bezeichnung', 'Eine eigene Kennzahl braucht eine Bezeichnung (was gemessen wird).', zeile, 'bezeichnung');
		const messbarR = leseWahrheit(zelle(z, 'messbar'));
		if (!messbarR.ok) p.melde('fehler', 'messbar', `„${alsText(zelle(z, 'messbar'))}“ ${messbarR.grund}.`, zeile, 'messbar');
		const messbar = messbarR.ok ? (messbarR.wert ?? true) : true;
		const grund = freitext(zelle(z, 'grund'));
		if (!messbar && !grund) p.melde('fehler', 'grund', 'Ein nicht messbares Ziel braucht den Grund (Spalte „grund“).', zeile, 'grund');
		const ausgangswert = zahl(zelle(z, 'ausgangswert'), zeile, 'ausgangswert');
		const ausgangsStichtag = datum(p, zelle(z, 'ausgangsstichtag'), zeile, 'ausgangsstichtag');
		const gefuellt = (name: string) => alsText(zelle(z, name)) !== '';
		if (gefuellt('ausgangswert') !== gefuellt('ausgangsstichtag'))
			p.melde('fehler', 'ausgang', 'Ausgangswert und Ausgangsstichtag gehören zusammen: beide angeben oder beide leer lassen.', zeile, ausgangswert === null ? 'ausgangswert' : 'ausgangsstichtag');
		const zielwert = zahl(zelle(z, 'zielwert'), zeile, 'zielwert');
		const jahr = zahl(zelle(z, 'zieljahr'), zeile, 'zieljahr');
		if (jahr !== null && (!Number.isInteger(jahr) || jahr < 2000 || jahr > 2100)) p.melde('fehler', 'zieljahr', `„${alsText(zelle(z, 'zieljahr'))}“ ist kein Jahr zwischen 2000 und 2100.`, zeile, 'zieljahr');
		if (gefuellt('zielwert') !== gefuellt('zieljahr')) p.melde('fehler', 'zielpaar', 'Zielwert und Zieljahr gehören zusammen: beide angeben oder beide leer lassen.', zeile, zielwert === null ? 'zielwert' : 'zieljahr');
		if (jahr !== null && ausgangsStichtag && `${jahr}-12-31` <= ausgangsStichtag) p.melde('fehler', 'zieljahr:vor', `Das Zieljahr ${jahr} liegt nicht nach dem Ausgangsstichtag ${ausgangsStichtag}.`, zeile, 'zieljahr');
		const richtungText = alsText(zelle(z, 'richtung')).toLowerCase() || 'steigend';
		if (!(RICHTUNGEN as readonly string[]).includes(richtungText)) p.melde('fehler', 'richtung', `„${alsText(zelle(z, 'richtung'))}“ ist keine Richtung; erlaubt: steigend, fallend.`, zeile, 'richtung');
		const werte: Messwert[] = [];
		for (const teil of liste(zelle(z, 'werte'))) {
			const [st, w] = teil.split('=').map((t) => t.trim());
			const d = leseStichtag(st ?? '');
			const n = leseZahl(w ?? '');
			if (!d.ok || !d.wert || !n.ok || n.wert === null) p.melde('fehler', 'werte', `„${teil}“ ist kein Messwert der Form „2020-12-31=42,5“.`, zeile, 'werte');
			else werte.push({ stichtag: d.wert, wert: n.wert });
		}
		const beispiel = leseWahrheit(zelle(z, 'beispiel'));
		if (!beispiel.ok) p.melde('fehler', 'beispiel', `„${alsText(zelle(z, 'beispiel'))}“ ${beispiel.grund}.`, zeile, 'beispiel');
		const schluessel = `${ziel}|${kennzahl}|${bezeichnung}`;
		if (gesehen.has(schluessel)) p.melde('fehler', 'doppelt', `Ziel „${ziel}“ mit Kennzahl „${kennzahl}“ steht schon in Zeile ${gesehen.get(schluessel)}.`, zeile, 'kennzahl');
		else gesehen.set(schluessel, zeile);
		if (p.fehlerhaft) return;
		eintraege.push({
			ziel,
			kennzahl,
			bezeichnung,
			messbar,
			grund,
			ausgangswert,
			ausgangsStichtag,
			zielwert,
			zieljahr: jahr,
			richtung: richtungText as Richtung,
			werte: werte.sort((a, b) => a.stichtag.localeCompare(b.stichtag)),
			quelle: freitext(zelle(z, 'quelle')),
			beispiel: beispiel.ok ? (beispiel.wert ?? false) : false
		});
	});
	return { eintraege: p.fehlerhaft ? [] : eintraege, meldungen: p.meldungen };
}
