/**
 * The indicator catalogue: the one place where an indicator is defined. Each indicator is a ratio of
 * two counts of `bezirk_kennzahl` (see kennzahlen.sql.ts), computed in DuckDB for every Stadtbezirk and
 * the city, plus its change against the previous Stichtag.
 */

/** Counts per Stichtag and Stadtbezirk, summed from `bevoelkerung` (columns of `bezirk_kennzahl`). */
export const ZAEHLGROESSEN = [
	'einwohner',
	'mh',
	'auslaender',
	'aussiedler',
	'eingebuergert',
	'flucht',
	'auslaender_eu',
	'auslaender_dritt',
	'unter18',
	'ab65',
	'mh_unter18',
	'neuzugewandert',
	'kinder',
	'jugendliche',
	'frauen',
	'staatsangehoerigkeiten',
	'flaeche_km2'
] as const;
export type Zaehlgroesse = (typeof ZAEHLGROESSEN)[number];

/** `meter`: a walking distance; `index`: a standardised value (z-values, 0 = average district). */
export type Einheit = 'prozent' | 'anzahl' | 'dichte' | 'meter' | 'index';

/** What a view needs to show any indicator, from the catalogue or computed in the browser (coverage). */
export interface IndikatorBeschreibung {
	id: string;
	label: string;
	kurz: string;
	einheit: Einheit;
	/** Numerator and denominator in words, in neutral terms (a data set may word them its own way). */
	definition: string;
	/** What a count counts, where it is not people ("Staaten"). */
	einheitLabel?: string;
}

export interface Indikator extends IndikatorBeschreibung {
	zaehler: Zaehlgroesse;
	/** Absent for counts. */
	nenner?: Zaehlgroesse;
	/** Whether a change of the indicator is meaningful beside its level (shares: in percentage points). */
	veraenderung: boolean;
}

/**
 * The neutral wording of migration background; a data set whose statistics office words it its own way
 * says so in its manifest (`begriffe.migrationshintergrund`), and `definitionVon` puts that in its place.
 */
export const MH_DEFINITION =
	'Menschen mit Migrationshintergrund, wie die Statistikstelle der geladenen Daten sie zählt (meist Ausländer*innen, Eingebürgerte und Aussiedler*innen, oft auch Deutsche mit zugewandertem Elternteil)';

export const INDIKATOREN: readonly Indikator[] = [
	{ id: 'mh_anteil', label: 'Anteil Menschen mit Migrationshintergrund', kurz: 'Migrationshintergrund', einheit: 'prozent', zaehler: 'mh', nenner: 'einwohner', veraenderung: true, definition: `${MH_DEFINITION}, je 100 Einwohner*innen mit Hauptwohnsitz.` },
	{ id: 'auslaender_anteil', label: 'Anteil Ausländer*innen', kurz: 'Ausländer*innen', einheit: 'prozent', zaehler: 'auslaender', nenner: 'einwohner', veraenderung: true, definition: 'Einwohner*innen ohne deutsche Staatsangehörigkeit, je 100 Einwohner*innen.' },
	{ id: 'aussiedler_anteil', label: 'Anteil Aussiedler*innen', kurz: 'Aussiedler*innen', einheit: 'prozent', zaehler: 'aussiedler', nenner: 'einwohner', veraenderung: true, definition: 'Aussiedler*innen und Spätaussiedler*innen und deren Nachkommen, je 100 Einwohner*innen.' },
	{ id: 'eingebuergert_anteil', label: 'Anteil Eingebürgerte', kurz: 'Eingebürgerte', einheit: 'prozent', zaehler: 'eingebuergert', nenner: 'einwohner', veraenderung: true, definition: 'Eingebürgerte einschließlich Kinder unter 18 Jahren mit familiärem Migrationshintergrund, je 100 Einwohner*innen.' },
	{ id: 'flucht_anteil', label: 'Anteil mit Fluchthintergrund', kurz: 'Fluchthintergrund', einheit: 'prozent', zaehler: 'flucht', nenner: 'einwohner', veraenderung: true, definition: 'Einwohner*innen mit Fluchthintergrund (Schutzsuchende nach dem Ausländerzentralregister), je 100 Einwohner*innen.' },
	{ id: 'eu_anteil', label: 'EU-Anteil an den Ausländer*innen', kurz: 'EU-Bürger*innen', einheit: 'prozent', zaehler: 'auslaender_eu', nenner: 'auslaender', veraenderung: true, definition: 'Ausländer*innen mit der Staatsangehörigkeit eines Staates, der am Stichtag Mitglied der EU war, je 100 Ausländer*innen.' },
	{ id: 'drittstaat_anteil', label: 'Drittstaaten-Anteil an den Ausländer*innen', kurz: 'Drittstaaten', einheit: 'prozent', zaehler: 'auslaender_dritt', nenner: 'auslaender', veraenderung: true, definition: 'Ausländer*innen aus Staaten außerhalb der EU (Stand am Stichtag), je 100 Ausländer*innen.' },
	{ id: 'unter18_anteil', label: 'Anteil unter 18-Jährige', kurz: 'unter 18', einheit: 'prozent', zaehler: 'unter18', nenner: 'einwohner', veraenderung: true, definition: 'Einwohner*innen unter 18 Jahren, je 100 Einwohner*innen.' },
	{ id: 'ab65_anteil', label: 'Anteil 65-Jährige und Ältere', kurz: '65 und älter', einheit: 'prozent', zaehler: 'ab65', nenner: 'einwohner', veraenderung: true, definition: 'Einwohner*innen ab 65 Jahren, je 100 Einwohner*innen.' },
	{ id: 'mh_unter18_anteil', label: 'Migrationshintergrund unter den unter 18-Jährigen', kurz: 'MH unter 18', einheit: 'prozent', zaehler: 'mh_unter18', nenner: 'unter18', veraenderung: true, definition: `${MH_DEFINITION}, unter 18 Jahren, je 100 Einwohner*innen unter 18 Jahren.` },
	{ id: 'neuzugewandert_anteil', label: 'Neuzugewanderte unter den Ausländer*innen', kurz: 'Neuzugewanderte', einheit: 'prozent', zaehler: 'neuzugewandert', nenner: 'auslaender', veraenderung: true, definition: 'Ausländer*innen mit einer Aufenthaltsdauer im Bundesgebiet unter 4 Jahren, je 100 Ausländer*innen.' },
	{ id: 'einwohner', label: 'Einwohner*innen', kurz: 'Einwohner*innen', einheit: 'anzahl', zaehler: 'einwohner', veraenderung: true, definition: 'Einwohner*innen mit Hauptwohnsitz am Stichtag.' },
	{ id: 'mh_anzahl', label: 'Menschen mit Migrationshintergrund (Anzahl)', kurz: 'MH (Anzahl)', einheit: 'anzahl', zaehler: 'mh', veraenderung: true, definition: `${MH_DEFINITION}.` },
	{ id: 'auslaender_anzahl', label: 'Ausländer*innen (Anzahl)', kurz: 'Ausländer*innen (Anzahl)', einheit: 'anzahl', zaehler: 'auslaender', veraenderung: true, definition: 'Einwohner*innen ohne deutsche Staatsangehörigkeit.' },
	{ id: 'flucht_anzahl', label: 'Menschen mit Fluchthintergrund (Anzahl)', kurz: 'Fluchthintergrund (Anzahl)', einheit: 'anzahl', zaehler: 'flucht', veraenderung: true, definition: 'Einwohner*innen mit Fluchthintergrund.' },
	{ id: 'staatsangehoerigkeiten', label: 'Staatsangehörigkeiten der Ausländer*innen', kurz: 'Staatsangehörigkeiten', einheit: 'anzahl', einheitLabel: 'Staaten', zaehler: 'staatsangehoerigkeiten', veraenderung: true, definition: 'Anzahl verschiedener ausländischer Staatsangehörigkeiten.' },
	{ id: 'dichte', label: 'Bevölkerungsdichte', kurz: 'Dichte', einheit: 'dichte', zaehler: 'einwohner', nenner: 'flaeche_km2', veraenderung: true, definition: 'Einwohner*innen je km² Fläche des Stadtbezirks.' }
];

export const STANDARD_INDIKATOR = 'mh_anteil';

const byId = new Map(INDIKATOREN.map((i) => [i.id, i]));

export function indikator(id: string): Indikator | undefined {
	return byId.get(id);
}

/** The unit of an indicator's values as a legend or table header names it ("%", "Personen", "Staaten"). */
export function einheitVon(i: IndikatorBeschreibung, veraenderung = false): string {
	if (i.einheitLabel) return i.einheitLabel;
	return veraenderung ? EINHEIT_LABEL[i.einheit].veraenderung : EINHEIT_LABEL[i.einheit].wert;
}

/** What a share refers to, so that "EU-Bürger*innen 45 %" cannot be read as a share of all inhabitants. */
export function bezugVon(i: IndikatorBeschreibung): string | null {
	const nenner = (i as Partial<Indikator>).nenner;
	if (i.einheit !== 'prozent' || !nenner) return null;
	return { einwohner: 'Anteil an der Bevölkerung', auslaender: 'Anteil an den Ausländer*innen', unter18: 'Anteil an den unter 18-Jährigen' }[nenner as string] ?? null;
}

/** `inVeraenderung` is the form after "in" ("in Prozentpunkten"). */
export const EINHEIT_LABEL: Record<Einheit, { wert: string; veraenderung: string; inVeraenderung: string }> = {
	prozent: { wert: '%', veraenderung: 'Prozentpunkte', inVeraenderung: 'Prozentpunkten' },
	anzahl: { wert: 'Personen', veraenderung: 'Personen', inVeraenderung: 'Personen' },
	dichte: { wert: 'EW/km²', veraenderung: 'EW/km²', inVeraenderung: 'EW/km²' },
	meter: { wert: 'm Fußweg', veraenderung: 'm', inVeraenderung: 'm' },
	index: { wert: 'Standardabweichungen (z)', veraenderung: 'z', inVeraenderung: 'z' }
};

/** What a data set says of its terms (the manifest's `begriffe`). */
export interface Begriffe {
	migrationshintergrund?: string;
	indikatoren: Record<string, string>;
}

/** An indicator's definition in the loaded data set's words, where it has its own. */
export function definitionVon(i: IndikatorBeschreibung, begriffe: Begriffe | null | undefined): string {
	const eigen = begriffe?.indikatoren[i.id];
	if (eigen) return eigen;
	const mh = begriffe?.migrationshintergrund;
	return mh && i.definition.startsWith(MH_DEFINITION) ? mh + i.definition.slice(MH_DEFINITION.length) : i.definition;
}
