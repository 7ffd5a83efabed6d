/**
 * The one rule for every estimate computed from residential points (people reached and not reached,
 * scenario differences, suggestion gains, shares and walking distances). The register's counts are
 * protected in SQL; these estimates are computed in the browser and would otherwise let one subtract
 * a withheld count or locate a household: a share of a group of 4, a scenario that moves the city's
 * coverage by one person, a median walk measured from three places.
 *  - People are rounded to multiples of `basis`; a count from 1 to below the data set's threshold is
 *    withheld ("•").
 *  - Shares are computed from the rounded counts, and only for a group of at least `mindestGruppe`.
 *  - A median walk needs `mindestGruppe` people on `mindestOrte` residential points and is shown as
 *    its band of `bandM` metres (above `bandMaxM` only "über").
 *  - A scenario's effect is the protected coverage before plus the protected difference, so a
 *    difference below the threshold changes nothing shown. Scenario offers and suggested locations sit
 *    at the centre of a `rasterM` grid cell, never at a residential point, and only `szenarioJeBezirk`
 *    offers per district count, so repeated placements cannot feel out one point.
 */
import type { Abdeckung } from './erreichbarkeit';
import { formatWert } from './format';

export const SCHAETZSCHUTZ = {
	basis: 5,
	mindestGruppe: 20,
	mindestOrte: 5,
	bandM: 250,
	bandMaxM: 2000,
	rasterM: 250,
	szenarioJeBezirk: 3
} as const;

/** A protected count: rounded to the base, or withheld. */
export interface Geschuetzt {
	wert: number | null;
	gesperrt: boolean;
}

export interface Band {
	/** Lower and upper bound in metres; `bis` null above the last band. */
	von: number;
	bis: number | null;
}

export interface GeschuetzteAbdeckung {
	gesamt: Geschuetzt;
	erreicht: Geschuetzt;
	nichtErreicht: Geschuetzt;
	/** Per cent reached, from the rounded counts; null when withheld (`anteilGesperrt`) or nobody lives there. */
	anteil: number | null;
	anteilGesperrt: boolean;
	/** The band of the median walk to the nearest offer; null when withheld (`medianGesperrt`) or there is no offer. */
	median: Band | null;
	medianGesperrt: boolean;
}

/** A count of people as shown: 0 stays 0, 1 up to below the threshold is withheld, the rest rounded to the base. */
export function schuetzeAnzahl(x: number, schwelle: number): Geschuetzt {
	const n = Math.round(Math.abs(x));
	if (n === 0) return { wert: 0, gesperrt: false };
	if (n < schwelle) return { wert: null, gesperrt: true };
	const b = SCHAETZSCHUTZ.basis;
	return { wert: Math.sign(x) * Math.max(b, Math.round(n / b) * b), gesperrt: false };
}

export function band(m: number): Band {
	const { bandM, bandMaxM } = SCHAETZSCHUTZ;
	if (m >= bandMaxM) return { von: bandMaxM, bis: null };
	const von = Math.floor(m / bandM) * bandM;
	return { von, bis: von + bandM };
}

/** A band as a number for maps and sorting: its upper bound (the last band its lower one). */
export function bandwert(b: Band): number {
	return b.bis ?? b.von;
}

function anteil(erreicht: Geschuetzt, gesamt: Geschuetzt, rohGesamt: number): { anteil: number | null; anteilGesperrt: boolean } {
	if (rohGesamt <= 0) return { anteil: null, anteilGesperrt: false };
	if (rohGesamt < SCHAETZSCHUTZ.mindestGruppe || erreicht.wert === null || !gesamt.wert) return { anteil: null, anteilGesperrt: true };
	return { anteil: Math.min(100, (100 * erreicht.wert) / gesamt.wert), anteilGesperrt: false };
}

function median(roh: Abdeckung): { median: Band | null; medianGesperrt: boolean } {
	if (roh.gesamt <= 0) return { median: null, medianGesperrt: false };
	if (roh.gesamt < SCHAETZSCHUTZ.mindestGruppe || roh.orte < SCHAETZSCHUTZ.mindestOrte) return { median: null, medianGesperrt: true };
	return { median: roh.medianM === null ? null : band(roh.medianM), medianGesperrt: false };
}

/** Coverage as every view shows it. */
export function schuetzeAbdeckung(roh: Abdeckung, schwelle: number): GeschuetzteAbdeckung {
	const gesamt = schuetzeAnzahl(roh.gesamt, schwelle);
	const erreicht = schuetzeAnzahl(roh.erreicht, schwelle);
	const nichtErreicht = schuetzeAnzahl(roh.gesamt - roh.erreicht, schwelle);
	return { gesamt, erreicht, nichtErreicht, ...anteil(erreicht, gesamt, roh.gesamt), ...median(roh) };
}

export interface GeschuetztesSzenario {
	abdeckung: GeschuetzteAbdeckung;
	/** People newly reached by the scenario, protected like any count. */
	differenz: Geschuetzt;
}

/**
 * Coverage with a scenario: the protected coverage before plus the protected difference. A difference
 * that is withheld adds nothing, so the shares before and after are equal and no single person shows.
 */
export function schuetzeSzenario(vorher: Abdeckung, nachher: Abdeckung, schwelle: number): GeschuetztesSzenario {
	const v = schuetzeAbdeckung(vorher, schwelle);
	const differenz = schuetzeAnzahl(nachher.erreicht - vorher.erreicht, schwelle);
	const plus = differenz.wert ?? 0;
	const gesamtWert = v.gesamt.wert;
	const erreicht: Geschuetzt = v.erreicht.wert === null ? v.erreicht : { wert: gesamtWert === null ? v.erreicht.wert + plus : Math.min(gesamtWert, v.erreicht.wert + plus), gesperrt: false };
	const nichtErreicht: Geschuetzt = v.nichtErreicht.wert === null ? v.nichtErreicht : { wert: Math.max(0, v.nichtErreicht.wert - plus), gesperrt: false };
	return { abdeckung: { ...v, erreicht, nichtErreicht, ...anteil(erreicht, v.gesamt, vorher.gesamt), ...median(nachher) }, differenz };
}

/** The centre of the grid cell a spot (metres in the city's plane) lies in. */
export function rasterpunkt(x: number, y: number): { x: number; y: number } {
	const r = SCHAETZSCHUTZ.rasterM;
	return { x: (Math.floor(x / r) + 0.5) * r, y: (Math.floor(y / r) + 0.5) * r };
}

/** Which scenario offers count: the first `szenarioJeBezirk` in each district (by the district code of each). */
export function zaehlendeSzenarien(bezirke: readonly (string | null)[]): boolean[] {
	const je = new Map<string, number>();
	return bezirke.map((b) => {
		const schluessel = b ?? '';
		const n = je.get(schluessel) ?? 0;
		je.set(schluessel, n + 1);
		return n < SCHAETZSCHUTZ.szenarioJeBezirk;
	});
}

/** The rule in words, for the footnote of every view and download that shows an estimate. */
export function schaetzschutzHinweis(schwelle: number): string {
	const s = SCHAETZSCHUTZ;
	return `Schätzungen aus Wohnorten sind geschützt wie Zählungen: Personenzahlen (erreicht, nicht erreicht, Unterschiede durch Szenarien und Vorschläge) auf ${s.basis} gerundet, unter ${schwelle} „•“; Anteile nur für Gruppen ab ${s.mindestGruppe} Personen; der Fußweg-Median nur ab ${s.mindestGruppe} Personen an ${s.mindestOrte} Wohnorten, in Stufen von ${s.bandM} m. Szenario-Angebote und Vorschläge liegen in der Mitte eines ${s.rasterM}-m-Rasterfelds; je Bezirk zählen höchstens ${s.szenarioJeBezirk} Szenario-Angebote.`;
}

/** A band in words: "250–500 m", "unter 250 m", "über 2.000 m". */
export function formatBand(b: Band): string {
	if (b.bis === null) return `über ${formatWert(b.von, 'meter')}`;
	if (b.von === 0) return `unter ${formatWert(b.bis, 'meter')}`;
	return `${formatWert(b.von, 'anzahl')}–${formatWert(b.bis, 'meter')}`;
}

/** A protected count in words: "•" when withheld, "k. A." without a value. */
export function formatGeschuetzt(g: Geschuetzt): string {
	return formatWert(g.wert, 'anzahl', g.gesperrt);
}
