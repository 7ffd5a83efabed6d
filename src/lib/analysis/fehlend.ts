/**
 * Indicators the loaded data do not hold: no value for any district nor the city at a Stichtag, and none
 * withheld (a withheld value is "•", never "keine Angabe"). A data set of counts per district without a
 * column for, say, the Ausländer*innen has no such indicators; every view then says "keine Angabe" with
 * the column that would fill it, instead of an empty map, a 0 or a blank.
 */
import type { Indikatortabelle } from '../data/indikatortabelle';
import { indikator, type Zaehlgroesse } from '../data/indikatoren';
import { fehltHinweis } from '../data/angaben';

export function fehlendeIndikatoren(t: Indikatortabelle, stichtag: string): Set<string> {
	const s = t.stichtage.indexOf(stichtag);
	const fehlend = new Set<string>();
	if (s < 0) return fehlend;
	const n = t.codes.length;
	t.indikatoren.forEach((id, i) => {
		const ab = (s * t.indikatoren.length + i) * n;
		let leer = true;
		for (let c = ab; c < ab + n && leer; c++) if (t.werte[c] !== null || t.sperren[c] !== null) leer = false;
		if (leer) fehlend.add(id);
	});
	return fehlend;
}

/** Indicators without a value at any Stichtag (a development chart of them would be empty). */
export function nieVorhanden(t: Indikatortabelle): Set<string> {
	const sets = t.stichtage.map((s) => fehlendeIndikatoren(t, s));
	return new Set(t.indikatoren.filter((id) => sets.every((f) => f.has(id))));
}

/** The count whose absence leaves an indicator without values. */
function fehlendeGroesse(id: string): Zaehlgroesse | null {
	const i = indikator(id);
	if (!i) return null;
	return i.nenner === 'flaeche_km2' ? 'flaeche_km2' : i.zaehler;
}

/** The note for a set of indicators without data; null when none is missing. */
export function fehltHinweisFuer(ids: Iterable<string>): string | null {
	const groessen = [...ids].flatMap((id) => fehlendeGroesse(id) ?? []);
	return groessen.length ? fehltHinweis(groessen) : null;
}
