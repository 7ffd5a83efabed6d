/**
 * A hand-made indicator table for the fast statistics tests (no default data): `zellen` gives, per
 * Stichtag, indicator and code, a value or a withheld marker; a cell not given is empty.
 */
import type { Indikatortabelle, Sperre } from '../../../data/indikatortabelle';

export type Zelle = number | null | { sperre: Sperre; wert?: number | null };

export function testtabelle(zellen: Record<string, Record<string, Record<string, Zelle>>>): Indikatortabelle {
	const stichtage = Object.keys(zellen).sort();
	const indikatoren = [...new Set(stichtage.flatMap((s) => Object.keys(zellen[s])))].sort();
	const codes = [...new Set(stichtage.flatMap((s) => Object.values(zellen[s]).flatMap((z) => Object.keys(z))))].sort();
	const werte: (number | null)[] = [];
	const sperren: (Sperre | null)[] = [];
	for (const s of stichtage)
		for (const i of indikatoren)
			for (const c of codes) {
				const z = zellen[s][i]?.[c] ?? null;
				const gesperrt = z !== null && typeof z === 'object';
				werte.push(gesperrt ? (z.wert ?? null) : z);
				sperren.push(gesperrt ? z.sperre : null);
			}
	return { stichtage, codes, indikatoren, werte, sperren };
}
