/**
 * Whether a count is in the data at all. `bezirk_kennzahl` holds NULL both for a count withheld for
 * confidentiality (then its row's `gesperrt` names it) and for a count the loaded tables never gave (a
 * district table without that column): the two must never read alike, and neither as 0. The breakdowns
 * by age, citizenship and length of stay exist only where the population comes by characteristics.
 */
import type { Zaehlgroesse } from './indikatoren';
import type { DatensatzManifest } from './manifest';

/** A known value, a value withheld ("•"), or no value in the data ("keine Angabe"). */
export type Angabe = { art: 'wert'; wert: number } | { art: 'gesperrt' } | { art: 'fehlt' };

export const KEINE_ANGABE = 'keine Angabe';

/** The count `g` of a row of `bezirk_kennzahl` (as the query `zaehlungen` returns it). */
export function angabe(z: Partial<Record<Zaehlgroesse, number | null>> & { gesperrt: string }, g: Zaehlgroesse): Angabe {
	const w = z[g];
	if (w !== null && w !== undefined) return { art: 'wert', wert: w };
	return z.gesperrt.split(',').includes(g) ? { art: 'gesperrt' } : { art: 'fehlt' };
}

/** The value of an Angabe, null unless known. */
export const wertVon = (a: Angabe): number | null => (a.art === 'wert' ? a.wert : null);

/** Breakdowns that come only with the population by characteristics (`bevoelkerung`). */
export type Aufschluesselung = 'alter' | 'staat' | 'aufenthalt';

/** Whether the loaded data set has the breakdowns (its population comes by characteristics). */
export const hatAufschluesselung = (m: DatensatzManifest): boolean => m.dateien.bevoelkerung !== undefined;

/** What is missing, in words, and the column that would fill it. */
const FUELLT: Record<Exclude<Zaehlgroesse, 'flaeche_km2' | 'staatsangehoerigkeiten'> | Aufschluesselung | 'staatsangehoerigkeiten' | 'flaeche_km2', { was: string; spalte: string }> = {
	einwohner: { was: 'die Zahl der Einwohner*innen', spalte: '„einwohner“ der Zahlen je Stadtbezirk' },
	mh: { was: 'die Zahl der Menschen mit Migrationshintergrund', spalte: '„mh“ der Zahlen je Stadtbezirk' },
	auslaender: { was: 'die Zahl der Ausländer*innen', spalte: '„auslaender“ der Zahlen je Stadtbezirk' },
	eingebuergert: { was: 'die Zahl der Eingebürgerten', spalte: '„eingebuergert“ der Zahlen je Stadtbezirk' },
	aussiedler: { was: 'die Zahl der Aussiedler*innen', spalte: '„aussiedler“ der Zahlen je Stadtbezirk' },
	flucht: { was: 'die Zahl der Menschen mit Fluchthintergrund', spalte: '„flucht“ der Zahlen je Stadtbezirk' },
	auslaender_eu: { was: 'die Zahl der Ausländer*innen aus EU-Staaten', spalte: '„auslaender_eu“ der Zahlen je Stadtbezirk' },
	auslaender_dritt: { was: 'die Zahl der Ausländer*innen aus Drittstaaten', spalte: '„auslaender_dritt“ der Zahlen je Stadtbezirk' },
	unter18: { was: 'die Zahl der unter 18-Jährigen', spalte: '„unter18“ der Zahlen je Stadtbezirk' },
	ab65: { was: 'die Zahl der 65-Jährigen und Älteren', spalte: '„ab65“ der Zahlen je Stadtbezirk' },
	mh_unter18: { was: 'die Zahl der unter 18-Jährigen mit Migrationshintergrund', spalte: '„mh_unter18“ der Zahlen je Stadtbezirk' },
	neuzugewandert: { was: 'die Zahl der Neuzugewanderten', spalte: '„neuzugewandert“ der Zahlen je Stadtbezirk' },
	kinder: { was: 'die Zahl der Kinder unter 15', spalte: '„kinder“ der Zahlen je Stadtbezirk' },
	jugendliche: { was: 'die Zahl der Jugendlichen von 15 bis 17', spalte: '„jugendliche“ der Zahlen je Stadtbezirk' },
	frauen: { was: 'die Zahl der Frauen', spalte: '„frauen“ der Zahlen je Stadtbezirk' },
	staatsangehoerigkeiten: { was: 'die Staatsangehörigkeiten', spalte: '„staatsangehoerigkeit“ der Bevölkerung nach Merkmalen' },
	flaeche_km2: { was: 'die Fläche der Stadtbezirke', spalte: '„flaeche_km2“ der Liste der Stadtbezirke' },
	alter: { was: 'der Altersaufbau', spalte: '„altersgruppe“ und „geschlecht“ der Bevölkerung nach Merkmalen' },
	staat: { was: 'die Staatsangehörigkeiten', spalte: '„staatsangehoerigkeit“ der Bevölkerung nach Merkmalen' },
	aufenthalt: { was: 'die Aufenthaltsdauer', spalte: '„aufenthaltsdauer“ der Bevölkerung nach Merkmalen' }
};

const liste = (t: readonly string[]) => (t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} und ${t.at(-1)}`);

/**
 * The note beside a "keine Angabe": what the loaded data lack and which column would fill it, e.g.
 * "Keine Angabe: Die geladenen Daten enthalten die Zahl der Ausländer*innen nicht; die Spalte
 * „auslaender“ der Zahlen je Stadtbezirk würde diese Angabe liefern."
 */
export function fehltHinweis(was: readonly (keyof typeof FUELLT)[]): string {
	const teile = [...new Set(was)].map((g) => FUELLT[g]);
	const spalten = [...new Set(teile.map((t) => t.spalte))];
	const mehr = spalten.length > 1;
	return `Keine Angabe: Die geladenen Daten enthalten ${liste(teile.map((t) => t.was))} nicht; ${mehr ? 'die Spalten' : 'die Spalte'} ${liste(spalten)} ${mehr ? 'würden' : 'würde'} ${teile.length > 1 ? 'diese Angaben' : 'diese Angabe'} liefern.`;
}
