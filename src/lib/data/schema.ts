/**
 * The canonical, tidy data model of the atlas. Every figure on screen is computed from these tables
 * (README, "Datenmodell"). The column catalogue below drives the loader's domain checks, its casts,
 * the templates and the default-data generator, so the four cannot drift apart.
 */

export const STATUS = ['deutsch', 'eingebuergert', 'aussiedler', 'auslaender'] as const;
export type Status = (typeof STATUS)[number];

export const STATUS_LABEL: Record<Status, string> = {
	deutsch: 'Deutsche ohne Migrationshintergrund',
	eingebuergert: 'Eingebürgerte',
	aussiedler: 'Aussiedler*innen',
	auslaender: 'Ausländer*innen'
};

/** The register's sexes since 2018: männlich, weiblich, divers, ohne Angabe. */
export const GESCHLECHT = ['m', 'w', 'd', 'o'] as const;
export type Geschlecht = (typeof GESCHLECHT)[number];

/**
 * 5-year bands as the register exports them, with 15-19 split at the age of majority so that
 * "unter 18" is exact; the last band is open.
 */
export const ALTERSGRUPPEN = [
	'0-4', '5-9', '10-14', '15-17', '18-19', '20-24', '25-29', '30-34', '35-39', '40-44',
	'45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'
] as const;
export type Altersgruppe = (typeof ALTERSGRUPPEN)[number];

/** Bands of the Ausländerzentralregister's "Aufenthaltsdauer im Bundesgebiet" (years), KIK Abb. 7. */
export const AUFENTHALTSDAUER = [
	'0-1', '1-4', '4-6', '6-8', '8-10', '10-15', '15-20', '20-25', '25-30', '30+'
] as const;
export type Aufenthaltsdauer = (typeof AUFENTHALTSDAUER)[number];

/** Lower bound in years of an age or stay band ("85+" → 85). */
export function bandStart(band: string): number {
	return Number.parseInt(band, 10);
}

/**
 * A district code as cities write them ("10", "041", "N-3"). The leading character may not be "_",
 * so no code can collide with GESAMTSTADT.
 */
export const CODE_MUSTER = '^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$';
export const ISO_MUSTER = '^[A-Z]{2}$';

/** Key under which city-wide values appear beside the districts' (never a valid district code). */
export const GESAMTSTADT = '_gesamt';

export interface Stadtbezirk {
	code: string;
	name: string;
	stadtteil: string;
	flaeche_km2: number | null;
}

/** One row of `bevoelkerung`: a count of inhabitants for one combination of characteristics. */
export interface BevoelkerungZeile {
	stichtag: string;
	stadtbezirk: string;
	geschlecht: Geschlecht;
	altersgruppe: Altersgruppe;
	status: Status;
	/** ISO 3166-1 alpha-2 (Kosovo: XK); "DE" for Germans. */
	staatsangehoerigkeit: string;
	/** EU citizen as of the Stichtag; empty for Germans. */
	eu: boolean | null;
	fluchthintergrund: boolean;
	/** Only for Ausländer*innen. */
	aufenthaltsdauer: Aufenthaltsdauer | null;
	anzahl: number;
}

/** The KIK's six Handlungsfelder, by the abbreviations the reference uses. */
export const HANDLUNGSFELDER = {
	SB: 'Sprache und Bildung',
	AA: 'Arbeit und Ausbildung',
	GP: 'Gesundheit und Pflege',
	BE: 'Bürgerschaftliches Engagement',
	GT: 'Gesellschaftliche Teilhabe',
	IÖ: 'Interkulturelle Öffnung'
} as const;
export type Handlungsfeld = keyof typeof HANDLUNGSFELDER;
export const HANDLUNGSFELD_CODES = Object.keys(HANDLUNGSFELDER) as Handlungsfeld[];

/** Kinds of meeting places and offers (a place may be several, separated by ";"). */
export const EINRICHTUNGSTYPEN = [
	'Begegnungsstätte', 'Stadtteilbüro', 'Mehrgenerationenhaus', 'Familienzentrum', 'Jugendzentrum', 'Migrationsberatung',
	'Beratung', 'Sprachkurs/Bildungsträger', 'Sprach-/Kulturcafé', 'Bibliothek', 'Religionsgemeinschaft', 'Sportverein',
	'Schule/Kita', 'Hochschule', 'Verwaltung', 'Gremium', 'Öffentlicher Begegnungsort', 'Seniorenangebot', 'Arbeitsmarkt',
	'Gesundheit', 'Ehrenamt'
] as const;
export type Einrichtungstyp = (typeof EINRICHTUNGSTYPEN)[number];

export const ZIELGRUPPEN = ['alle', 'Kinder', 'Jugendliche', 'Eltern', 'Frauen', 'Senior*innen', 'Neuzugewanderte', 'Geflüchtete'] as const;
export type Zielgruppe = (typeof ZIELGRUPPEN)[number];

/** How exact a position is: surveyed or geocoded to the address, or estimated from street or place. */
export const LAGEGENAUIGKEIT = ['exakt', 'hoch', 'mittel', 'geschätzt', 'unbekannt'] as const;

/** A KIK measure: Handlungsfeld and its number ("SB 2.4" = Sprache und Bildung, Maßnahme 2.4). */
export const MASSNAHME_MUSTER = '^(SB|AA|GP|BE|GT|IÖ) [0-9]+[.][0-9]+$';
export const EINRICHTUNG_MUSTER = '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$';
export const SPRACHE_MUSTER = '^[a-z]{2,3}$';

/** Counts a residential point may carry besides its inhabitants (for the coverage of a target group). */
export const WOHNORT_GRUPPEN = ['mh', 'unter18', 'kinder', 'jugendliche', 'ab65', 'frauen', 'neuzugewandert', 'flucht'] as const;
export type WohnortGruppe = (typeof WOHNORT_GRUPPEN)[number];

/**
 * Counts a district table may give per Stichtag besides its inhabitants (a wide table, as statistics
 * offices publish them); the same names as the counts derived from `bevoelkerung`.
 */
export const BEZIRKSZAHLEN = [
	'mh', 'auslaender', 'eingebuergert', 'aussiedler', 'flucht', 'auslaender_eu', 'auslaender_dritt', 'unter18', 'ab65',
	'mh_unter18', 'neuzugewandert', 'kinder', 'jugendliche', 'frauen'
] as const;
export type Bezirkszahl = (typeof BEZIRKSZAHLEN)[number];

/** `liste`: several values in one cell, separated by ";" (each checked like a value of the column). */
export type Spaltentyp = 'text' | 'ganzzahl' | 'zahl' | 'datum' | 'wahrheitswert' | 'liste';

export interface Spalte {
	name: string;
	typ: Spaltentyp;
	pflicht: boolean;
	/** Allowed values (exact spelling). */
	werte?: readonly string[];
	/** Regular expression the value must match in full. */
	muster?: string;
	/** Smallest allowed number (counts: 0). */
	minimum?: number;
	/** Largest allowed number (latitude: 90). */
	maximum?: number;
	/** Strictly positive (areas). */
	positiv?: boolean;
	/** What the column means, in the README's words. */
	bedeutung: string;
}

export const DUCKDB_TYP: Record<Spaltentyp, string> = {
	text: 'VARCHAR',
	ganzzahl: 'INTEGER',
	zahl: 'DOUBLE',
	datum: 'DATE',
	wahrheitswert: 'BOOLEAN',
	liste: 'VARCHAR[]'
};

export const TABELLEN = {
	stadtbezirk: [
		{ name: 'code', typ: 'text', pflicht: true, muster: CODE_MUSTER, bedeutung: 'Bezirksnummer, wie die Stadt sie führt' },
		{ name: 'name', typ: 'text', pflicht: true, bedeutung: 'Name des Stadtbezirks' },
		{ name: 'stadtteil', typ: 'text', pflicht: false, bedeutung: 'Stadtteil, zu dem der Bezirk gehört' },
		{ name: 'flaeche_km2', typ: 'zahl', pflicht: false, positiv: true, bedeutung: 'Fläche in km² (Dezimalpunkt)' }
	],
	staat: [
		{ name: 'iso', typ: 'text', pflicht: true, muster: ISO_MUSTER, bedeutung: 'ISO-3166-1-Alpha-2-Code (Kosovo: XK)' },
		{ name: 'name', typ: 'text', pflicht: true, bedeutung: 'deutscher Name des Staates' },
		{ name: 'eu_beitritt', typ: 'datum', pflicht: false, bedeutung: 'EU-Beitritt (JJJJ-MM-TT), leer für Drittstaaten' },
		{ name: 'eu_austritt', typ: 'datum', pflicht: false, bedeutung: 'EU-Austritt (JJJJ-MM-TT), sonst leer' }
	],
	bevoelkerung: [
		{ name: 'stichtag', typ: 'datum', pflicht: true, bedeutung: 'Stichtag (JJJJ-MM-TT), meist der 31.12.' },
		{ name: 'stadtbezirk', typ: 'text', pflicht: true, muster: CODE_MUSTER, bedeutung: 'Bezirksnummer aus stadtbezirk.csv' },
		{ name: 'geschlecht', typ: 'text', pflicht: true, werte: GESCHLECHT, bedeutung: 'm, w, d (divers) oder o (ohne Angabe)' },
		{ name: 'altersgruppe', typ: 'text', pflicht: true, werte: ALTERSGRUPPEN, bedeutung: '5-Jahres-Gruppe, 15–19 geteilt in 15-17 und 18-19' },
		{ name: 'status', typ: 'text', pflicht: true, werte: STATUS, bedeutung: 'deutsch, eingebuergert, aussiedler oder auslaender' },
		{ name: 'staatsangehoerigkeit', typ: 'text', pflicht: true, muster: ISO_MUSTER, bedeutung: 'ISO-Code aus staat.csv; DE für Deutsche' },
		{ name: 'eu', typ: 'wahrheitswert', pflicht: false, bedeutung: 'EU-Staatsangehörigkeit am Stichtag (nur Ausländer*innen)' },
		{ name: 'fluchthintergrund', typ: 'wahrheitswert', pflicht: true, bedeutung: 'Fluchthintergrund (true/false)' },
		{ name: 'aufenthaltsdauer', typ: 'text', pflicht: false, werte: AUFENTHALTSDAUER, bedeutung: 'Aufenthaltsdauer in Jahren (nur Ausländer*innen)' },
		{ name: 'anzahl', typ: 'ganzzahl', pflicht: true, minimum: 0, bedeutung: 'Anzahl Personen' }
	],
	bezirkszahl: [
		{ name: 'stichtag', typ: 'datum', pflicht: true, bedeutung: 'Stichtag (JJJJ-MM-TT)' },
		{ name: 'stadtbezirk', typ: 'text', pflicht: true, muster: CODE_MUSTER, bedeutung: 'Bezirksnummer aus stadtbezirk.csv' },
		{ name: 'einwohner', typ: 'ganzzahl', pflicht: true, minimum: 0, bedeutung: 'Einwohner*innen insgesamt' },
		...BEZIRKSZAHLEN.map((name) => ({ name, typ: 'ganzzahl' as const, pflicht: false, minimum: 0, bedeutung: `davon ${name} (optional)` })),
		{ name: 'gesperrt', typ: 'liste', pflicht: false, werte: BEZIRKSZAHLEN, bedeutung: 'Werte, die schon die Quelle gesperrt hat (mehrere mit „;“)' }
	],
	massnahme: [
		{ name: 'id', typ: 'text', pflicht: true, muster: MASSNAHME_MUSTER, bedeutung: 'Handlungsfeld und Nummer, z. B. „SB 2.4“' },
		{ name: 'handlungsfeld', typ: 'text', pflicht: true, werte: HANDLUNGSFELD_CODES, bedeutung: 'SB, AA, GP, BE, GT oder IÖ' },
		{ name: 'bereich', typ: 'text', pflicht: false, bedeutung: 'Themenbereich innerhalb des Handlungsfelds' },
		{ name: 'ziel_nr', typ: 'ganzzahl', pflicht: true, minimum: 1, bedeutung: 'Nummer des Ziels im Handlungsfeld' },
		{ name: 'ziel_text', typ: 'text', pflicht: true, bedeutung: 'Wortlaut des Ziels' },
		{ name: 'text', typ: 'text', pflicht: true, bedeutung: 'Wortlaut der Maßnahme' }
	],
	einrichtung: [
		{ name: 'id', typ: 'text', pflicht: true, muster: EINRICHTUNG_MUSTER, bedeutung: 'eindeutige Kennung' },
		{ name: 'name', typ: 'text', pflicht: true, bedeutung: 'Name der Einrichtung oder des Angebots' },
		{ name: 'typ', typ: 'liste', pflicht: true, werte: EINRICHTUNGSTYPEN, bedeutung: 'Art (mehrere mit „;“), z. B. „Begegnungsstätte;Sprach-/Kulturcafé“' },
		{ name: 'adresse', typ: 'text', pflicht: false, bedeutung: 'Anschrift' },
		{ name: 'lat', typ: 'zahl', pflicht: false, minimum: -90, maximum: 90, bedeutung: 'geographische Breite (WGS84); leer = nicht auf der Karte' },
		{ name: 'lon', typ: 'zahl', pflicht: false, minimum: -180, maximum: 180, bedeutung: 'geographische Länge (WGS84)' },
		{ name: 'genauigkeit', typ: 'text', pflicht: false, werte: LAGEGENAUIGKEIT, bedeutung: 'wie genau die Lage ist: exakt, hoch, mittel, geschätzt, unbekannt' },
		{ name: 'handlungsfelder', typ: 'liste', pflicht: false, werte: HANDLUNGSFELD_CODES, bedeutung: 'Handlungsfelder des Integrationskonzepts (mehrere mit „;“)' },
		{ name: 'zielgruppen', typ: 'liste', pflicht: false, werte: ZIELGRUPPEN, bedeutung: 'Zielgruppen (mehrere mit „;“); leer = alle' },
		{ name: 'sprachen', typ: 'liste', pflicht: false, muster: SPRACHE_MUSTER, bedeutung: 'angebotene Sprachen als ISO-639-Codes, z. B. „de;tr;ar“' },
		{ name: 'massnahmen', typ: 'liste', pflicht: false, muster: MASSNAHME_MUSTER, bedeutung: 'umgesetzte Maßnahmen des Integrationskonzepts, z. B. „SB 2.4;GT 2.1“' },
		{ name: 'oeffnungszeiten', typ: 'text', pflicht: false, bedeutung: 'Öffnungszeiten, soweit bekannt' },
		{ name: 'kontakt', typ: 'text', pflicht: false, bedeutung: 'Kontakt, soweit bekannt' },
		{ name: 'quelle', typ: 'text', pflicht: true, bedeutung: 'woher die Angaben stammen' },
		{ name: 'beispiel', typ: 'wahrheitswert', pflicht: false, bedeutung: 'true = erfundenes Beispielangebot' }
	],
	wohnort: [
		{ name: 'stadtbezirk', typ: 'text', pflicht: true, muster: CODE_MUSTER, bedeutung: 'Bezirksnummer aus stadtbezirk.csv' },
		{ name: 'lat', typ: 'zahl', pflicht: true, minimum: -90, maximum: 90, bedeutung: 'geographische Breite (WGS84)' },
		{ name: 'lon', typ: 'zahl', pflicht: true, minimum: -180, maximum: 180, bedeutung: 'geographische Länge (WGS84)' },
		{ name: 'einwohner', typ: 'zahl', pflicht: true, minimum: 0, bedeutung: 'Einwohner*innen (oder ein Gewicht dafür)' },
		...WOHNORT_GRUPPEN.map((name) => ({ name, typ: 'zahl' as const, pflicht: false, minimum: 0, bedeutung: `davon ${name} (optional; sonst aus den Bezirksanteilen)` }))
	]
} as const satisfies Record<string, readonly Spalte[]>;

export type TableName = keyof typeof TABELLEN;
export const TABELLENNAMEN = Object.keys(TABELLEN) as TableName[];
/**
 * Every data set has these, and its population either as counts by characteristics (`bevoelkerung`)
 * or as counts per district (`bezirkszahl`); the others (offers, KIK measures, residential points) are
 * optional.
 */
export const PFLICHTTABELLEN: readonly TableName[] = ['stadtbezirk', 'staat'];
export const STATISTIKTABELLEN = ['bevoelkerung', 'bezirkszahl'] as const satisfies readonly TableName[];

/** Columns that identify a row: two rows with the same values here are the same cell counted twice. */
export const SCHLUESSEL: Record<TableName, readonly string[]> = {
	stadtbezirk: ['code'],
	staat: ['iso'],
	bevoelkerung: ['stichtag', 'stadtbezirk', 'geschlecht', 'altersgruppe', 'status', 'staatsangehoerigkeit', 'fluchthintergrund', 'aufenthaltsdauer'],
	bezirkszahl: ['stichtag', 'stadtbezirk'],
	massnahme: ['id'],
	einrichtung: ['id'],
	wohnort: []
};
