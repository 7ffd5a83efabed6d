/**
 * A KIK goal's key figure ("Kennzahl") with its target: linked to an indicator the atlas computes (or
 * to values the office records itself), a baseline (value and Stichtag), the target value and year, and
 * the direction that counts as progress. A goal that cannot be measured yet says so, with the reason.
 * A goal may have several key figures: one record each.
 */
export const RICHTUNGEN = ['steigend', 'fallend'] as const;
export type Richtung = (typeof RICHTUNGEN)[number];

export interface Messwert {
	stichtag: string;
	wert: number;
}

export interface Zielsetzung {
	/** Handlungsfeld and goal number, "GT 2". */
	ziel: string;
	/** Id of the key figure (ZIELKENNZAHLEN or an atlas indicator), or "eigen" for recorded values. */
	kennzahl: string;
	/** What is measured, in words (for "eigen" required; otherwise the key figure's label). */
	bezeichnung: string;
	messbar: boolean;
	/** Why the goal is not measurable (yet). */
	grund: string;
	ausgangswert: number | null;
	ausgangsStichtag: string | null;
	zielwert: number | null;
	zieljahr: number | null;
	richtung: Richtung;
	/** Values recorded by the office (for "eigen", or beside a computed figure from another source). */
	werte: Messwert[];
	quelle: string;
	beispiel: boolean;
}

export const ZIEL_MUSTER = /^(SB|AA|GP|BE|GT|IÖ) [0-9]+$/;

/** "GT 2.1" → "GT 2". */
export const zielDerMassnahme = (id: string) => id.replace(/\.[0-9]+$/, '');
