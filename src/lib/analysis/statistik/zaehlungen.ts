/**
 * The counts behind a share (numerator and denominator) per district, recovered from the indicator
 * table, so the statistics work on the prepared values before DuckDB has started. A share is a ratio of
 * two published counts (kennzahlen.sql.ts); the denominator is itself an indicator (Einwohner*innen,
 * Ausländer*innen) or a share of one (unter 18). A withheld share gives no counts at all: the analyses
 * leave that district out, so nothing they compute can depend on a withheld count.
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { indikator, type Zaehlgroesse } from '../../data/indikatoren';
import { GESAMTSTADT } from '../../data/schema';
import { sperreAus, wertAus } from '../indikatorwerte';

export interface Anteilszaehlung {
	code: string;
	/** null when the share (or a count it is computed from) is withheld or missing. */
	zaehler: number | null;
	nenner: number | null;
	gesperrt: boolean;
}

/** How a denominator count is read from the table: a count indicator, or a share of one. */
const NENNER: Partial<Record<Zaehlgroesse, { anzahl: string } | { anteil: string; von: Zaehlgroesse }>> = {
	einwohner: { anzahl: 'einwohner' },
	auslaender: { anzahl: 'auslaender_anzahl' },
	unter18: { anteil: 'unter18_anteil', von: 'einwohner' }
};

function zaehlung(t: Indikatortabelle, stichtag: string, groesse: Zaehlgroesse, code: string): number | null {
	const weg = NENNER[groesse];
	if (!weg) return null;
	if ('anzahl' in weg) return sperreAus(t, stichtag, weg.anzahl, code) ? null : wertAus(t, stichtag, weg.anzahl, code);
	const von = zaehlung(t, stichtag, weg.von, code);
	const anteil = sperreAus(t, stichtag, weg.anteil, code) ? null : wertAus(t, stichtag, weg.anteil, code);
	return von === null || anteil === null ? null : Math.round((anteil / 100) * von);
}

/** Whether the statistics can work on an indicator: a share whose denominator the table holds. */
export function istAnteil(indikatorId: string): boolean {
	const i = indikator(indikatorId);
	return !!i && i.einheit === 'prozent' && !!i.nenner && i.nenner in NENNER;
}

/** Numerator and denominator of every district (GESAMTSTADT left out) at a Stichtag. */
export function anteilszaehlungen(t: Indikatortabelle, stichtag: string, indikatorId: string): Anteilszaehlung[] {
	const i = indikator(indikatorId);
	if (!i || !istAnteil(indikatorId)) throw new Error(`Kein Anteil mit bekanntem Nenner: ${indikatorId}`);
	return t.codes
		.filter((c) => c !== GESAMTSTADT)
		.map((code) => {
			const anteil = wertAus(t, stichtag, indikatorId, code);
			const gesperrt = sperreAus(t, stichtag, indikatorId, code) !== null;
			const nenner = gesperrt ? null : zaehlung(t, stichtag, i.nenner!, code);
			if (gesperrt || anteil === null || nenner === null) return { code, zaehler: null, nenner: null, gesperrt };
			return { code, zaehler: Math.round((anteil / 100) * nenner), nenner, gesperrt };
		});
}
