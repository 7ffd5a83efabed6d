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

export type Spaltentyp = 'text' | 'ganzzahl' | 'zahl' | 'datum' | 'wahrheitswert';

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
	wahrheitswert: 'BOOLEAN'
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
	]
} as const satisfies Record<string, readonly Spalte[]>;

export type TableName = keyof typeof TABELLEN;
export const TABELLENNAMEN = Object.keys(TABELLEN) as TableName[];

/** Columns that identify a row: two rows with the same values here are the same cell counted twice. */
export const SCHLUESSEL: Record<TableName, readonly string[]> = {
	stadtbezirk: ['code'],
	staat: ['iso'],
	bevoelkerung: ['stichtag', 'stadtbezirk', 'geschlecht', 'altersgruppe', 'status', 'staatsangehoerigkeit', 'fluchthintergrund', 'aufenthaltsdauer']
};
