/**
 * A need index per district from indicators the user picks, as Berlin's Monitoring Soziale
 * Stadtentwicklung builds its index: each indicator standardised across the districts (z-value: its
 * distance from the mean of the districts in standard deviations), then the weighted mean of the
 * z-values. 0 is the average district; +1 lies one standard deviation above it.
 */
import type { IndikatorWert } from './indikatorwerte';
import { GESAMTSTADT } from '../data/schema';

export interface Komponente {
	indikator: string;
	gewicht: number;
}

export const STANDARD_KOMPONENTEN: Komponente[] = [
	{ indikator: 'mh_anteil', gewicht: 1 },
	{ indikator: 'neuzugewandert_anteil', gewicht: 1 },
	{ indikator: 'unter18_anteil', gewicht: 1 }
];

export interface Standardisierung {
	indikator: string;
	mittel: number;
	standardabweichung: number;
}

export interface Bedarf {
	/** Index per district; null if a component has no value there. */
	index: Map<string, number | null>;
	/** z-value of every component per district. */
	z: Map<string, Map<string, number | null>>;
	standardisierung: Standardisierung[];
	komponenten: Komponente[];
}

/** Mean and (population, n) standard deviation over the districts that have a value. */
function standardisiere(indikator: string, werte: readonly IndikatorWert[]): Standardisierung {
	const xs = werte.filter((w) => w.code !== GESAMTSTADT && w.wert !== null).map((w) => w.wert!);
	const mittel = xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
	const standardabweichung = Math.sqrt(xs.reduce((a, x) => a + (x - mittel) ** 2, 0) / (xs.length || 1));
	return { indikator, mittel, standardabweichung };
}

export function bedarfsindex(werteJe: ReadonlyMap<string, readonly IndikatorWert[]>, komponenten: readonly Komponente[], codes: readonly string[]): Bedarf {
	const aktiv = komponenten.filter((k) => k.gewicht > 0 && werteJe.has(k.indikator));
	const standardisierung = aktiv.map((k) => standardisiere(k.indikator, werteJe.get(k.indikator)!));
	const summe = aktiv.reduce((a, k) => a + k.gewicht, 0);
	const index = new Map<string, number | null>();
	const z = new Map<string, Map<string, number | null>>();
	for (const code of codes) {
		const zJe = new Map<string, number | null>();
		let gesamt = 0;
		let vollstaendig = aktiv.length > 0;
		aktiv.forEach((k, i) => {
			const wert = werteJe.get(k.indikator)!.find((w) => w.code === code)?.wert ?? null;
			const s = standardisierung[i];
			const zw = wert === null || s.standardabweichung === 0 ? (wert === null ? null : 0) : (wert - s.mittel) / s.standardabweichung;
			zJe.set(k.indikator, zw);
			if (zw === null) vollstaendig = false;
			else gesamt += k.gewicht * zw;
		});
		z.set(code, zJe);
		index.set(code, vollstaendig ? gesamt / summe : null);
	}
	return { index, z, standardisierung, komponenten: aktiv };
}
