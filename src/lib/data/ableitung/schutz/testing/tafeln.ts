/** Linked tables for the audit's tests, small enough to solve by hand and large enough to need HiGHS. */
import { system, type Schutzsystem } from '../system';

/** A line: the total (−1) and its parts (+1). */
export const linie = (gesamt: number, ...teile: number[]) => ({ glieder: [gesamt, ...teile], faktoren: [-1, ...teile.map(() => 1)] });

/**
 * A k × k table of small counts (1 … 5) with its row and column totals shown (cells k² … k² + 2k − 1);
 * `gesperrt` says which inner cells are withheld.
 */
export function tafel(k: number, gesperrt: (zeile: number, spalte: number, wert: number) => boolean): Schutzsystem {
	const zelle = (i: number, j: number) => i * k + j;
	const werte = Array.from({ length: k * k }, (_, z) => 1 + ((Math.floor(z / k) * 7 + (z % k) * 3) % 5));
	const bereich = Array.from({ length: k }, (_, i) => i);
	const zeilen = bereich.map((i) => bereich.map((j) => zelle(i, j)));
	const spalten = bereich.map((j) => bereich.map((i) => zelle(i, j)));
	const summe = (glieder: number[]) => glieder.reduce((a, z) => a + werte[z], 0);
	const linien = [...zeilen.map((g, i) => linie(k * k + i, ...g)), ...spalten.map((g, j) => linie(k * k + k + j, ...g))];
	const mitSummen = [...werte, ...zeilen.map(summe), ...spalten.map(summe)];
	return system(mitSummen, mitSummen.map((w, z) => z < k * k && gesperrt(Math.floor(z / k), z % k, w)), linien);
}
