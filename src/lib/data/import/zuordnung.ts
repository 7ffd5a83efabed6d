/**
 * Which column of a user's table is what: the targets a table can be imported as, their fields, and a
 * guess from the headers German offices write ("Bezirk", "Einwohner insgesamt", "darunter Ausländer",
 * "Anteil MH in %"). The guess is only a proposal; the user confirms or corrects it, and it is saved
 * for next year's file under the table's header signature.
 */
import { BEZIRKSZAHLEN, TABELLEN, type Spalte } from '../schema';

/** What a table can be imported as (one list: the workspace file's check reads it too). */
export const ZIELE = ['bezirkszahl', 'bevoelkerung', 'register', 'stadtbezirk', 'einrichtung', 'wohnort', 'massnahme'] as const;
export type Ziel = (typeof ZIELE)[number];

export const ZIEL_LABEL: Record<Ziel, string> = {
	bezirkszahl: 'Zahlen je Stadtbezirk (eine Zeile je Bezirk und Stichtag)',
	bevoelkerung: 'Bevölkerung nach Merkmalen (Vorlage „bevoelkerung“)',
	register: 'Melderegister-Auszug (eine Zeile je Person)',
	stadtbezirk: 'Liste der Stadtbezirke',
	einrichtung: 'Treffpunkte und Angebote',
	wohnort: 'Wohnorte (Adresspunkte oder Baublöcke mit Einwohnerzahl)',
	massnahme: 'Maßnahmen des Integrationskonzepts (Vorlage „massnahme“)'
};

/** Coordinates of points as the file gives them. */
export type Koordinatensystem = 'EPSG:4326' | 'EPSG:25832' | 'EPSG:31468' | 'EPSG:3857';

export interface Feld {
	name: string;
	label: string;
	pflicht: boolean;
	/** Normalised header words that mean this field, most specific first. */
	synonyme: readonly string[];
}

/**
 * A long table (a row per area, Stichtag and characteristic): which columns name the characteristic,
 * which holds the number, and which characteristic value is which count of the wide form.
 */
export interface Langform {
	merkmale: number[];
	wert: number;
	/** Characteristic value (the cells of `merkmale` joined by " | ") → count field (`einwohner`, `mh` …). */
	werte: Record<string, string>;
}

export interface Zuordnung {
	ziel: Ziel;
	/** Field name → column index; absent = not in the file. */
	spalten: Record<string, number>;
	/** The Stichtag of a file without a Stichtag column (YYYY-MM-DD). */
	stichtag?: string;
	/** Where that Stichtag came from: the file's name or a heading above the columns (shown, to be checked), or the user. */
	stichtagAus?: 'dateiname' | 'titel';
	koordinaten?: Koordinatensystem;
	/** Counts given as a long table instead of a column per count (bezirkszahl only). */
	lang?: Langform;
	/** The area level counted as districts where a file holds several (key from ebenen.ts). */
	ebene?: string;
	/**
	 * A table that names its areas without codes: the loaded districts' names (`normiere`d) → their codes;
	 * the code column then holds names.
	 */
	namen?: Record<string, string>;
}

const f = (name: string, label: string, pflicht: boolean, ...synonyme: string[]): Feld => ({ name, label, pflicht, synonyme: [name.replaceAll('_', ' '), ...synonyme] });

const BEZIRK = f('stadtbezirk', 'Bezirksnummer', true, 'bezirk', 'stadtbezirk nr', 'bezirksnummer', 'bezirk nr', 'stbz', 'sbz', 'statistischer bezirk', 'gebiet', 'gebietsnummer', 'code', 'nr', 'nummer', 'schluessel',
	'raum id', 'raumbezug', 'raumnummer', 'gebiet id', 'stadtteil nr', 'stadtteilnummer', 'stadtteil id', 'stadtbezirk id', 'bezirk id', 'sozialraum nr', 'district', 'district id', 'district code', 'district number', 'area id', 'area code', 'id');
const STICHTAG = f('stichtag', 'Stichtag', false, 'datum', 'stand', 'jahr', 'berichtsjahr', 'zeitpunkt', 'year', 'date', 'reference date');
const NAME = f('name', 'Bezirksname', false, 'bezirksname', 'stadtbezirksname', 'bezeichnung', 'gebietsname', 'stadtbezirk name', 'raum', 'raumname', 'stadtteil', 'stadtteilname', 'stadtteil name', 'stadtgebiet', 'ortsteil', 'district name', 'area name', 'area');
/** A column saying which level a row belongs to (city, Stadtbezirk, Stadtteil). */
const EBENE = f('ebene', 'Gebietsebene', false, 'raumebene', 'gebietsebene', 'raumtyp', 'gebietstyp', 'raumart', 'gebietsart', 'ebene name', 'area level', 'level');

export const ZAEHL_SYNONYME: Record<string, string[]> = {
	einwohner: ['einwohner insgesamt', 'einwohnerzahl', 'bevoelkerung insgesamt', 'bevoelkerung', 'ew', 'insgesamt', 'einwohner gesamt', 'personen', 'inhabitants', 'population', 'residents', 'total population', 'inhabitants total'],
	mh: ['mit migrationshintergrund', 'migrationshintergrund', 'personen mit migrationshintergrund', 'einwohner mit migrationshintergrund', 'darunter mit migrationshintergrund', 'inhabitants with migration background', 'with migration background', 'migration background', 'population with migration background'],
	auslaender: ['auslaender', 'darunter auslaender', 'auslaenderinnen', 'nichtdeutsche', 'nichtdeutsch', 'auslaendische einwohner', 'inhabitants foreigners', 'foreigners', 'foreign nationals', 'non germans'],
	eingebuergert: ['eingebuergerte', 'deutsche mit migrationshintergrund eingebuergert', 'eingebuergert'],
	aussiedler: ['aussiedler', 'spaetaussiedler', 'aussiedlerinnen'],
	flucht: ['fluchthintergrund', 'mit fluchthintergrund', 'schutzsuchende', 'gefluechtete'],
	auslaender_eu: ['eu auslaender', 'auslaender aus eu staaten', 'eu buerger', 'eu staaten'],
	auslaender_dritt: ['drittstaaten', 'auslaender aus drittstaaten', 'drittstaatsangehoerige'],
	unter18: ['unter 18', 'unter 18 jahre', 'minderjaehrige', 'unter 18 jaehrige', 'under 18'],
	ab65: ['65 und aelter', 'ab 65', '65 jahre und aelter', 'ueber 65', '65 und mehr', '65 and over', '65 and older'],
	mh_unter18: ['mh unter 18', 'unter 18 mit migrationshintergrund', 'migrationshintergrund unter 18'],
	neuzugewandert: ['neuzugewanderte', 'neuzugewandert', 'aufenthaltsdauer unter 4 jahre'],
	kinder: ['kinder', 'unter 15', 'unter 15 jahre'],
	jugendliche: ['jugendliche', '15 bis unter 18', '15 bis 17'],
	frauen: ['frauen', 'weiblich', 'einwohnerinnen', 'darunter weiblich', 'female', 'women', 'inhabitants female']
};

/** Shares (per cent of the inhabitants) a district table may give instead of counts. */
export const ANTEILE = ['mh', 'auslaender', 'eingebuergert', 'aussiedler', 'flucht', 'unter18', 'ab65', 'frauen'] as const;
const ANTEIL_SYNONYME: Record<(typeof ANTEILE)[number], string[]> = {
	mh: ['anteil mh', 'anteil migrationshintergrund', 'mh anteil', 'migrationshintergrund anteil', 'mh quote'],
	auslaender: ['anteil auslaender', 'auslaenderanteil', 'auslaenderquote', 'auslaender anteil'],
	eingebuergert: ['anteil eingebuergerte', 'eingebuergerte anteil'],
	aussiedler: ['anteil aussiedler', 'aussiedler anteil'],
	flucht: ['anteil fluchthintergrund', 'fluchthintergrund anteil'],
	unter18: ['anteil unter 18', 'unter 18 anteil'],
	ab65: ['anteil 65 und aelter', 'anteil ab 65', '65 und aelter anteil'],
	frauen: ['frauenanteil', 'anteil frauen']
};

const ANTEIL_LABEL: Record<(typeof ANTEILE)[number], string> = {
	mh: 'Anteil mit Migrationshintergrund (%)',
	auslaender: 'Anteil Ausländer*innen (%)',
	eingebuergert: 'Anteil Eingebürgerte (%)',
	aussiedler: 'Anteil Aussiedler*innen (%)',
	flucht: 'Anteil mit Fluchthintergrund (%)',
	unter18: 'Anteil unter 18 (%)',
	ab65: 'Anteil 65 und älter (%)',
	frauen: 'Anteil Frauen (%)'
};

export const ZAEHL_LABEL: Record<string, string> = {
	einwohner: 'Einwohner*innen', mh: 'mit Migrationshintergrund', auslaender: 'Ausländer*innen', eingebuergert: 'Eingebürgerte', aussiedler: 'Aussiedler*innen',
	flucht: 'mit Fluchthintergrund', auslaender_eu: 'Ausländer*innen aus EU-Staaten', auslaender_dritt: 'Ausländer*innen aus Drittstaaten', unter18: 'unter 18 Jahre',
	ab65: '65 Jahre und älter', mh_unter18: 'unter 18 mit Migrationshintergrund', neuzugewandert: 'Neuzugewanderte (unter 4 Jahren in Deutschland)',
	kinder: 'Kinder unter 15', jugendliche: 'Jugendliche 15 bis 17', frauen: 'Frauen'
};

const KOORDINATEN = [
	f('lat', 'Breite (WGS84)', false, 'breite', 'breitengrad', 'latitude', 'y wgs84'),
	f('lon', 'Länge (WGS84)', false, 'laenge', 'laengengrad', 'longitude', 'lng', 'x wgs84'),
	f('x', 'Rechtswert (UTM/Gauß-Krüger)', false, 'rechtswert', 'ostwert', 'easting', 'x koordinate', 'x'),
	f('y', 'Hochwert (UTM/Gauß-Krüger)', false, 'hochwert', 'nordwert', 'northing', 'y koordinate', 'y')
];

/** The canonical columns of a table as fields (the template's names are always understood). */
const ausSchema = (spalten: readonly Spalte[], synonyme: Record<string, readonly string[]> = {}): Feld[] =>
	spalten.map((s) => f(s.name, s.bedeutung, s.pflicht, ...(synonyme[s.name] ?? [])));

export const FELDER: Record<Ziel, readonly Feld[]> = {
	bezirkszahl: [
		BEZIRK,
		NAME,
		STICHTAG,
		EBENE,
		...['einwohner', ...BEZIRKSZAHLEN].map((g) => f(g, ZAEHL_LABEL[g], g === 'einwohner', ...ZAEHL_SYNONYME[g])),
		...ANTEILE.map((g) => f(`${g}_anteil`, ANTEIL_LABEL[g], false, ...ANTEIL_SYNONYME[g]))
	],
	bevoelkerung: ausSchema(TABELLEN.bevoelkerung, { stadtbezirk: BEZIRK.synonyme.slice(1), anzahl: ['anzahl personen', 'personen', 'fallzahl'] }),
	register: [
		BEZIRK,
		STICHTAG,
		f('alter', 'Alter in Jahren', false, 'alter in jahren', 'lebensalter'),
		f('geburtsjahr', 'Geburtsjahr', false, 'geb jahr', 'jahrgang'),
		f('geschlecht', 'Geschlecht', true, 'geschl', 'sex'),
		f('staatsangehoerigkeit', 'Staatsangehörigkeit (ISO-Code, z. B. TR)', true, 'staatsangehoerigkeit 1', 'erste staatsangehoerigkeit', 'nationalitaet', 'staat', 'sta'),
		f('eingebuergert', 'eingebürgert (ja/nein)', false, 'einbuergerung', 'eingebuergerte'),
		f('aussiedler', 'Aussiedler*in (ja/nein)', false, 'spaetaussiedler', 'aussiedlerin'),
		f('mh_abgeleitet', 'Kind mit familiärem Migrationshintergrund (ja/nein)', false, 'migrationshintergrund abgeleitet', 'familiaerer migrationshintergrund'),
		f('fluchthintergrund', 'Fluchthintergrund (ja/nein)', false, 'schutzsuchend', 'flucht'),
		f('zuzugsjahr', 'Jahr des Zuzugs nach Deutschland', false, 'zuzug', 'einreisejahr', 'jahr der einreise')
	],
	stadtbezirk: ausSchema(TABELLEN.stadtbezirk, { code: BEZIRK.synonyme, name: NAME.synonyme, flaeche_km2: ['flaeche', 'flaeche km2', 'flaeche in km2'] }),
	einrichtung: [
		...ausSchema(TABELLEN.einrichtung, { name: ['einrichtung', 'bezeichnung', 'angebot'], typ: ['art', 'kategorie', 'einrichtungsart'], adresse: ['anschrift', 'strasse'] }).filter((x) => x.name !== 'lat' && x.name !== 'lon'),
		...KOORDINATEN
	].map((x) => (x.name === 'id' || x.name === 'quelle' ? { ...x, pflicht: false } : x)),
	wohnort: [...ausSchema(TABELLEN.wohnort, { stadtbezirk: BEZIRK.synonyme.slice(1), einwohner: ZAEHL_SYNONYME.einwohner }).filter((x) => x.name !== 'lat' && x.name !== 'lon'), ...KOORDINATEN],
	massnahme: ausSchema(TABELLEN.massnahme, { id: ['massnahme', 'nr', 'nummer', 'massnahme nr'], ziel_nr: ['ziel', 'zielnummer', 'ziel nummer'], ziel_text: ['zieltext', 'ziel wortlaut'], text: ['massnahmentext', 'beschreibung', 'wortlaut'] })
};

/** The counts of the wide district table, in its order: what a long table's characteristic values can be. */
export const ZAEHLFELDER: readonly string[] = ['einwohner', ...BEZIRKSZAHLEN];

/** A header as words: lower case, umlauts spelt out, gender stars and units removed. */
export function normiere(kopf: string): string {
	// A word broken to fit a narrow column ("Migrations-hintergrund") is one word; in a header written
	// in lower case throughout ("ew-gesamt") a hyphen separates words.
	const getrennt = /\p{Lu}/u.test(kopf) ? kopf.replace(/(\p{Ll}{3})-(\p{Ll})/gu, '$1$2') : kopf;
	return getrennt
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/[*:_]innen\b/g, '')
		.replace(/\bin %|\bin prozent\b|%/g, ' anteil ')
		.replace(/km²/g, 'km2')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const woerter = (t: string) => new Set(t.split(' ').filter(Boolean));
/** Words that name a group of people: a header with one of them beyond a synonym's words means that group. */
const GRUPPE = new Set(['auslaender', 'migrationshintergrund', 'deutsche', 'eingebuergerte', 'aussiedler', 'maennlich', 'weiblich', 'frauen', 'maenner', 'foreigners', 'female', 'male',
	// "Unter 15-Jährige in Mindestsicherung" are children receiving benefits, not the children.
	'mindestsicherung', 'sgb', 'leistungsempfaenger', 'arbeitslose', 'beschaeftigte']);

/** How well a header fits a field: 3 = a synonym exactly, 2 = all of a synonym's words, 0 = not. */
function passung(kopf: string, feld: Feld): number {
	const k = normiere(kopf);
	if (feld.synonyme.includes(k)) return 3;
	const kw = woerter(k);
	const anteil = kw.has('anteil') || kw.has('quote');
	const istAnteilsfeld = feld.name.endsWith('_anteil');
	if (anteil !== istAnteilsfeld) return 0;
	// "Ausländer unter 18" contains "unter 18" but counts a group of the Ausländer*innen, not the under-18s.
	return feld.synonyme.some((s) => s.length > 2 && [...woerter(s)].every((w) => kw.has(w)) && ![...kw].some((w) => GRUPPE.has(w) && !woerter(s).has(w))) ? 2 : 0;
}

/** Best column per field, each column used once, the better fits first; `verboten` rules out a pair (judged by the values). */
export function rateSpalten(kopf: readonly string[], ziel: Ziel, verboten: (feld: string, spalte: number) => boolean = () => false): Record<string, number> {
	const kandidaten: { feld: string; spalte: number; punkte: number; rang: number }[] = [];
	FELDER[ziel].forEach((feld, rang) => kopf.forEach((k, spalte) => {
		const punkte = verboten(feld.name, spalte) ? 0 : passung(k, feld);
		if (punkte > 0) kandidaten.push({ feld: feld.name, spalte, punkte, rang });
	}));
	kandidaten.sort((a, b) => b.punkte - a.punkte || a.rang - b.rang || a.spalte - b.spalte);
	const spalten: Record<string, number> = {};
	const belegt = new Set<number>();
	for (const c of kandidaten) {
		if (c.feld in spalten || belegt.has(c.spalte)) continue;
		spalten[c.feld] = c.spalte;
		belegt.add(c.spalte);
	}
	return spalten;
}

/** Which target a table most likely is: the one whose required fields its headers cover best. */
export function rateZiel(kopf: readonly string[]): Ziel {
	const n = new Set(kopf.map(normiere));
	const hat = (...w: string[]) => w.some((x) => [...n].some((k) => k === x || k.startsWith(`${x} `)));
	if (hat('altersgruppe') && hat('status') && hat('anzahl')) return 'bevoelkerung';
	if (hat('geschlecht', 'geschl', 'sex', 'gender') && hat('alter', 'geburtsjahr', 'geb jahr', 'age', 'year of birth') && !hat('anzahl', 'count')) return 'register';
	if (hat('handlungsfeld') && hat('ziel nr', 'ziel text', 'zielnummer', 'ziel')) return 'massnahme';
	const koordinaten = hat('lat', 'lon', 'breite', 'laenge', 'rechtswert', 'hochwert', 'x', 'y');
	if (koordinaten && hat('typ', 'art', 'kategorie')) return 'einrichtung';
	if (koordinaten && hat('einwohner', 'ew')) return 'wohnort';
	const zaehl = FELDER.bezirkszahl.filter((x) => !['stadtbezirk', 'name', 'stichtag', 'ebene'].includes(x.name));
	if (kopf.some((k) => zaehl.some((x) => passung(k, x) > 0))) return 'bezirkszahl';
	return 'stadtbezirk';
}

export function rateZuordnung(kopf: readonly string[]): Zuordnung {
	const ziel = rateZiel(kopf);
	const spalten = rateSpalten(kopf, ziel);
	return { ziel, spalten, ...(ziel === 'einrichtung' || ziel === 'wohnort' ? { koordinaten: spalten.x !== undefined ? 'EPSG:25832' : 'EPSG:4326' } : {}) };
}

/** The key a confirmed mapping is saved under: the same headers next year find it again. */
export function zuordnungsSchluessel(kopf: readonly string[]): string {
	return kopf.map(normiere).join('|');
}

/** The required fields a mapping leaves open, by their labels. */
export function fehlendePflichtfelder(z: Zuordnung): string[] {
	const fehlt = FELDER[z.ziel].filter((x) => x.pflicht && z.spalten[x.name] === undefined).map((x) => x.label);
	if ((z.ziel === 'bezirkszahl' || z.ziel === 'register') && z.spalten.stichtag === undefined && !z.stichtag) fehlt.push('Stichtag (Spalte oder fester Stichtag)');
	if (z.ziel === 'bezirkszahl' && z.lang) {
		const fehltEinwohner = fehlt.indexOf(ZAEHL_LABEL.einwohner);
		if (fehltEinwohner >= 0) fehlt.splice(fehltEinwohner, 1, ...(Object.values(z.lang.werte).includes('einwohner') ? [] : ['Merkmal für Einwohner*innen']));
		if (!z.lang.merkmale.length) fehlt.push('Spalte mit dem Merkmal');
	}
	if (z.ziel === 'register' && z.spalten.alter === undefined && z.spalten.geburtsjahr === undefined) fehlt.push('Alter oder Geburtsjahr');
	if (z.ziel === 'wohnort' && !(z.spalten.lat !== undefined && z.spalten.lon !== undefined) && !(z.spalten.x !== undefined && z.spalten.y !== undefined)) fehlt.push('Koordinaten (Breite/Länge oder Rechts-/Hochwert)');
	return fehlt;
}
