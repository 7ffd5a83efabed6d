/**
 * A district's profile: every indicator beside the city value, the deviation and the rank among the
 * districts (1 = highest; districts without a value are not ranked). Works on any indicator's values,
 * from the catalogue or computed in the browser (coverage, need).
 */
import type { Indikatortabelle } from '../data/indikatortabelle';
import { INDIKATOREN, type IndikatorBeschreibung } from '../data/indikatoren';
import { GESAMTSTADT } from '../data/schema';
import type { Sperre } from '../data/indikatortabelle';
import { werteFuer, type IndikatorWert } from './indikatorwerte';

export interface ProfilZeile {
	indikator: IndikatorBeschreibung;
	wert: number | null;
	stadtwert: number | null;
	/** District minus city; null for counts (a count's difference to the city total says nothing). */
	abweichung: number | null;
	veraenderung: number | null;
	rang: number | null;
	/** Districts with a value (the rank's denominator). */
	anzahl: number;
	/** The district's value is withheld for confidentiality. */
	sperre: Sperre | null;
}

export function profilZeile(indikator: IndikatorBeschreibung, werte: readonly IndikatorWert[], code: string): ProfilZeile {
	const bezirke = werte.filter((w) => w.code !== GESAMTSTADT);
	const eigen = bezirke.find((w) => w.code === code);
	const wert = eigen?.wert ?? null;
	const stadtwert = werte.find((w) => w.code === GESAMTSTADT)?.wert ?? null;
	const mitWert = bezirke.filter((w) => w.wert !== null);
	return {
		indikator,
		wert,
		stadtwert,
		abweichung: indikator.einheit === 'anzahl' || wert === null || stadtwert === null ? null : wert - stadtwert,
		veraenderung: eigen?.veraenderung ?? null,
		rang: wert === null ? null : 1 + mitWert.filter((w) => w.wert! > wert).length,
		anzahl: mitWert.length,
		sperre: eigen?.sperre ?? null
	};
}

export function bezirksprofil(t: Indikatortabelle, stichtag: string, basis: string | null, code: string): ProfilZeile[] {
	return INDIKATOREN.map((i) => profilZeile(i, werteFuer(t, stichtag, i.id, basis), code));
}
