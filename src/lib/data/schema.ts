/**
 * The canonical, tidy data model of the atlas. Every figure on screen is computed from these tables
 * (see README, "Datenmodell"). The same constants drive the default-data generator, the loader's
 * column types and the indicator SQL, so the three cannot drift apart.
 */

export const STATUS = ['deutsch', 'eingebuergert', 'aussiedler', 'auslaender'] as const;
export type Status = (typeof STATUS)[number];

export const STATUS_LABEL: Record<Status, string> = {
	deutsch: 'Deutsche ohne Migrationshintergrund',
	eingebuergert: 'Eingebürgerte',
	aussiedler: 'Aussiedler*innen',
	auslaender: 'Ausländer*innen'
};

export const GESCHLECHT = ['m', 'w'] as const;
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

export interface Stadtbezirk {
	code: string;
	name: string;
	stadtteil: string;
	flaeche_km2: number;
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

/** Column types handed to DuckDB's read_csv, so that no type is guessed from the file. */
export const TABLE_COLUMNS = {
	stadtbezirk: {
		code: 'VARCHAR',
		name: 'VARCHAR',
		stadtteil: 'VARCHAR',
		flaeche_km2: 'DOUBLE'
	},
	bevoelkerung: {
		stichtag: 'DATE',
		stadtbezirk: 'VARCHAR',
		geschlecht: 'VARCHAR',
		altersgruppe: 'VARCHAR',
		status: 'VARCHAR',
		staatsangehoerigkeit: 'VARCHAR',
		eu: 'BOOLEAN',
		fluchthintergrund: 'BOOLEAN',
		aufenthaltsdauer: 'VARCHAR',
		anzahl: 'INTEGER'
	},
	staat: {
		iso: 'VARCHAR',
		name: 'VARCHAR',
		eu_beitritt: 'DATE',
		eu_austritt: 'DATE'
	}
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;

/** Code under which city-wide values appear beside the districts' in query results. */
export const GESAMTSTADT = 'gesamt';
