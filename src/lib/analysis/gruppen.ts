/**
 * Indicators of a group of districts (a Stadtteil, or a named group such as 40 + 41 + 43): the counts are
 * summed first and the catalogue's ratio taken of the sums, never the districts' shares averaged.
 * The number of nations is the size of the union of the districts' citizenships.
 */
import type { Zaehlung } from '../data/abfragen/aufteilungen';
import { INDIKATOREN, type Indikator } from '../data/indikatoren';

export interface Bezirksgruppe {
	/** "40+41+43" or "41". */
	id: string;
	codes: string[];
	name: string;
}

export function summe(zaehlungen: readonly Zaehlung[], codes: readonly string[], stichtag: string): Zaehlung | null {
	const teile = zaehlungen.filter((z) => z.stichtag === stichtag && codes.includes(z.code));
	if (teile.length === 0) return null;
	const ergebnis = { stichtag, code: codes.join('+'), gesperrt: [...new Set(teile.flatMap((t) => (t.gesperrt ? t.gesperrt.split(',') : [])))].join(',') } as Zaehlung;
	for (const schluessel of Object.keys(teile[0]) as (keyof Zaehlung)[]) {
		if (schluessel === 'stichtag' || schluessel === 'code' || schluessel === 'gesperrt') continue;
		const werte = teile.map((t) => t[schluessel] as number | null);
		(ergebnis as Record<string, number | null>)[schluessel] = werte.some((w) => w === null) ? null : werte.reduce<number>((a, w) => a + (w as number), 0);
	}
	return ergebnis;
}

/** One indicator from (summed) counts, as the SQL computes it from a district's. */
export function indikatorAus(i: Indikator, z: Zaehlung): number | null {
	const zaehler = z[i.zaehler];
	if (zaehler === null) return null;
	if (!i.nenner) return zaehler;
	const nenner = z[i.nenner];
	if (nenner === null || nenner === 0) return null;
	return ((i.einheit === 'prozent' ? 100 : 1) * zaehler) / nenner;
}

/** The indicators of a group withheld for confidentiality: a count they use is withheld in one of its districts. */
export function gruppensperren(zaehlungen: readonly Zaehlung[], gruppe: Bezirksgruppe, stichtag: string): Set<string> {
	const z = summe(zaehlungen, gruppe.codes, stichtag);
	const gesperrt = new Set(z?.gesperrt ? z.gesperrt.split(',') : []);
	return new Set(INDIKATOREN.filter((i) => gesperrt.has(i.zaehler) || (i.nenner !== undefined && gesperrt.has(i.nenner))).map((i) => i.id));
}

export function gruppenwerte(zaehlungen: readonly Zaehlung[], gruppe: Bezirksgruppe, stichtag: string, staaten?: ReadonlyMap<string, Set<string>>): Map<string, number | null> {
	const z = summe(zaehlungen, gruppe.codes, stichtag);
	const werte = new Map<string, number | null>();
	for (const i of INDIKATOREN) werte.set(i.id, z ? indikatorAus(i, z) : null);
	if (staaten && gruppe.codes.length > 1) {
		const alle = new Set<string>();
		for (const c of gruppe.codes) for (const iso of staaten.get(c) ?? []) alle.add(iso);
		werte.set('staatsangehoerigkeiten', alle.size);
	}
	return werte;
}
