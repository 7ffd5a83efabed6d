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

export const OHNE_ANGABE = 'keine Angabe';

/** The count `g` of a row of `bezirk_kennzahl` (as the query `zaehlungen` returns it). */
export function angabe(z: Partial<Record<Zaehlgroesse, number | null>> & { gesperrt: string | null }, g: Zaehlgroesse): Angabe {
	const w = z[g];
	if (w !== null && w !== undefined) return { art: 'wert', wert: w };
	return (z.gesperrt ?? '').split(',').includes(g) ? { art: 'gesperrt' } : { art: 'fehlt' };
}

/** The value of an Angabe, null unless known. */
export const wertVon = (a: Angabe): number | null => (a.art === 'wert' ? a.wert : null);

/** Breakdowns that come only with the population by characteristics (`bevoelkerung`). */
export type Aufschluesselung = 'alter' | 'staat' | 'aufenthalt';

/** Whether the loaded data set has the breakdowns (its population comes by characteristics). */
export const hatAufschluesselung = (m: DatensatzManifest): boolean => m.dateien.bevoelkerung !== undefined;

/** What is missing, in words (as the object of „enthalten … nicht“), and the template columns that would fill it. */
const FUELLT: Record<Zaehlgroesse | Aufschluesselung, { was: string; spalten: string[]; tabelle: 'bezirkszahl' | 'bevoelkerung' | 'stadtbezirk' }> = {
	einwohner: { was: 'die Zahl der Einwohner*innen', spalten: ['einwohner'], tabelle: 'bezirkszahl' },
	mh: { was: 'die Zahl der Menschen mit Migrationshintergrund', spalten: ['mh'], tabelle: 'bezirkszahl' },
	auslaender: { was: 'die Zahl der Ausländer*innen', spalten: ['auslaender'], tabelle: 'bezirkszahl' },
	eingebuergert: { was: 'die Zahl der Eingebürgerten', spalten: ['eingebuergert'], tabelle: 'bezirkszahl' },
	aussiedler: { was: 'die Zahl der Aussiedler*innen', spalten: ['aussiedler'], tabelle: 'bezirkszahl' },
	flucht: { was: 'die Zahl der Menschen mit Fluchthintergrund', spalten: ['flucht'], tabelle: 'bezirkszahl' },
	auslaender_eu: { was: 'die Zahl der Ausländer*innen aus EU-Staaten', spalten: ['auslaender_eu'], tabelle: 'bezirkszahl' },
	auslaender_dritt: { was: 'die Zahl der Ausländer*innen aus Drittstaaten', spalten: ['auslaender_dritt'], tabelle: 'bezirkszahl' },
	unter18: { was: 'die Zahl der unter 18-Jährigen', spalten: ['unter18'], tabelle: 'bezirkszahl' },
	ab65: { was: 'die Zahl der 65-Jährigen und Älteren', spalten: ['ab65'], tabelle: 'bezirkszahl' },
	mh_unter18: { was: 'die Zahl der unter 18-Jährigen mit Migrationshintergrund', spalten: ['mh_unter18'], tabelle: 'bezirkszahl' },
	neuzugewandert: { was: 'die Zahl der Neuzugewanderten', spalten: ['neuzugewandert'], tabelle: 'bezirkszahl' },
	kinder: { was: 'die Zahl der Kinder unter 15', spalten: ['kinder'], tabelle: 'bezirkszahl' },
	jugendliche: { was: 'die Zahl der Jugendlichen von 15 bis 17', spalten: ['jugendliche'], tabelle: 'bezirkszahl' },
	frauen: { was: 'die Zahl der Frauen', spalten: ['frauen'], tabelle: 'bezirkszahl' },
	staatsangehoerigkeiten: { was: 'die Staatsangehörigkeiten', spalten: ['staatsangehoerigkeit'], tabelle: 'bevoelkerung' },
	flaeche_km2: { was: 'die Fläche der Stadtbezirke', spalten: ['flaeche_km2'], tabelle: 'stadtbezirk' },
	alter: { was: 'den Altersaufbau', spalten: ['altersgruppe', 'geschlecht'], tabelle: 'bevoelkerung' },
	staat: { was: 'die Staatsangehörigkeiten', spalten: ['staatsangehoerigkeit'], tabelle: 'bevoelkerung' },
	aufenthalt: { was: 'die Aufenthaltsdauer', spalten: ['aufenthaltsdauer'], tabelle: 'bevoelkerung' }
};

const liste = (t: readonly string[]) => (t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} und ${t.at(-1)}`);
const TABELLE = { bezirkszahl: 'der Zahlen je Stadtbezirk', bevoelkerung: 'der Bevölkerung nach Merkmalen', stadtbezirk: 'der Liste der Stadtbezirke' } as const;

/**
 * The note beside a "keine Angabe": what the loaded data lack and which columns (by the templates' names)
 * would fill it, e.g. "Keine Angabe: Die geladenen Daten enthalten die Zahl der Ausländer*innen nicht;
 * die Spalte „auslaender“ der Zahlen je Stadtbezirk würde diese Angabe liefern."
 */
export function fehltHinweis(was: readonly (keyof typeof FUELLT)[]): string {
	const teile = [...new Set(was)].map((g) => FUELLT[g]);
	const tabellen = [...new Set(teile.map((t) => t.tabelle))];
	const spalten = tabellen.map((tab) => [...new Set(teile.filter((t) => t.tabelle === tab).flatMap((t) => t.spalten))]);
	const mehr = spalten.flat().length > 1;
	const wo = tabellen.map((tab, i) => `${liste(spalten[i].map((x) => `„${x}“`))} ${TABELLE[tab]}`);
	return `Keine Angabe: Die geladenen Daten enthalten ${liste([...new Set(teile.map((t) => t.was))])} nicht; ${mehr ? 'die Spalten' : 'die Spalte'} ${liste(wo)} ${mehr ? 'würden' : 'würde'} ${teile.length > 1 ? 'diese Angaben' : 'diese Angabe'} liefern.`;
}
