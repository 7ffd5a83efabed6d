/**
 * Need against coverage: the bivariate 3 × 3 classes (terciles of the need index and of the share not
 * reached) with their colours, and the ranking "Handlungsbedarf": the need index plus the z-value of
 * the share not reached, so a district ranks high when its need is high and its coverage low. Every
 * number behind a rank is kept for the table and its export. Coverage arrives protected; a district
 * whose share is withheld (a small group) has no rank.
 */
import { quantileSorted } from 'simple-statistics';
import type { Band, Geschuetzt, GeschuetzteAbdeckung } from './schaetzschutz';
import { codefolge } from '../data/codefolge';

/** Joshua Stevens' 3 × 3 scheme, rows = need (low → high), columns = not reached (low → high). */
export const BIVARIAT_FARBEN = [
	['#e8e8e8', '#ace4e4', '#5ac8c8'],
	['#dfb0d6', '#a5add3', '#5698b9'],
	['#be64ac', '#8c62aa', '#3b4994']
] as const;

export const STUFEN = ['niedrig', 'mittel', 'hoch'] as const;

export interface Terzile {
	/** The two inner bounds: values < [0] are low, ≥ [1] high. */
	grenzen: [number, number];
}

export function terzile(werte: readonly (number | null)[]): Terzile | null {
	const xs = werte.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length < 3) return null;
	return { grenzen: [quantileSorted(xs, 1 / 3), quantileSorted(xs, 2 / 3)] };
}

export function stufe(wert: number, t: Terzile): 0 | 1 | 2 {
	return wert < t.grenzen[0] ? 0 : wert < t.grenzen[1] ? 1 : 2;
}

export interface Handlungsbedarf {
	code: string;
	bedarf: number;
	/** Per cent of the target group reached. */
	anteil: number;
	/** z-value of the share not reached across the districts. */
	zNichtErreicht: number;
	/** Need index + z(not reached): the ranking value. */
	wert: number;
	/** Protected like every estimate (schaetzschutz.ts). */
	nichtErreicht: Geschuetzt;
	median: Band | null;
	medianGesperrt: boolean;
	klasse: { bedarf: 0 | 1 | 2; nichtErreicht: 0 | 1 | 2 };
	rang: number;
}

export function handlungsbedarf(bedarf: ReadonlyMap<string, number | null>, abdeckung: ReadonlyMap<string, GeschuetzteAbdeckung>): { zeilen: Handlungsbedarf[]; tBedarf: Terzile | null; tNicht: Terzile | null } {
	const codes = [...bedarf.keys()].filter((c) => bedarf.get(c) !== null && abdeckung.get(c)?.anteil != null);
	const nicht = codes.map((c) => 100 - abdeckung.get(c)!.anteil!);
	const mittel = nicht.reduce((a, b) => a + b, 0) / (nicht.length || 1);
	const sd = Math.sqrt(nicht.reduce((a, x) => a + (x - mittel) ** 2, 0) / (nicht.length || 1));
	const tBedarf = terzile(codes.map((c) => bedarf.get(c)!));
	const tNicht = terzile(nicht);
	const zeilen = codes.map((code, i): Omit<Handlungsbedarf, 'rang'> => {
		const a = abdeckung.get(code)!;
		const zNichtErreicht = sd === 0 ? 0 : (nicht[i] - mittel) / sd;
		const b = bedarf.get(code)!;
		return {
			code,
			bedarf: b,
			anteil: a.anteil!,
			zNichtErreicht,
			wert: b + zNichtErreicht,
			nichtErreicht: a.nichtErreicht,
			median: a.median,
			medianGesperrt: a.medianGesperrt,
			klasse: { bedarf: tBedarf ? stufe(b, tBedarf) : 1, nichtErreicht: tNicht ? stufe(nicht[i], tNicht) : 1 }
		};
	});
	zeilen.sort((x, y) => y.wert - x.wert || codefolge(x.code, y.code));
	return { zeilen: zeilen.map((z, i) => ({ ...z, rang: i + 1 })), tBedarf, tNicht };
}

export function bivariatFarbe(k: Handlungsbedarf['klasse']): string {
	return BIVARIAT_FARBEN[k.bedarf][k.nichtErreicht];
}
