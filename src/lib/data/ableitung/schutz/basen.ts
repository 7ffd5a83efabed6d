/**
 * The audit's memory of its models' last bases, across the rounds of one protection. After an extension
 * the models that still hold a target are the earlier ones grown by a few cells and lines; solved from
 * their last basis (new cells nonbasic at 0, new lines basic), a target's max takes tens of simplex
 * iterations, where a model from no basis takes 1 100–1 700 on the default data set (600 lines).
 */
import type { Basis, Highs, Model } from 'highs';
import { anzahlLinien, type Schutzsystem } from './system';
import type { Komponente } from './komponenten';

/** Each cell's and line's status in the last basis of the model it was in (−1: in none yet). */
export interface Basisgedaechtnis {
	zelle: Int8Array;
	linie: Int8Array;
}

export function basisgedaechtnis(s: Schutzsystem): Basisgedaechtnis {
	return { zelle: new Int8Array(s.wert.length).fill(-1), linie: new Int8Array(anzahlLinien(s)).fill(-1) };
}

/**
 * Installs the remembered statuses of k's cells and lines in its model, if any of its cells has one;
 * returns whether it did. The model has no upper bounds, so a cell last at its upper bound (the
 * reflection's, spiegelung.ts) starts at its lower.
 */
export function beginne(highs: Highs, model: Model, basen: Basisgedaechtnis, k: Komponente): boolean {
	if (!k.zellen.some((z) => basen.zelle[z] >= 0)) return false;
	const { lower, basic, upper } = highs.constants.basisStatus;
	const colStatus = Int32Array.from(k.zellen, (z) => (basen.zelle[z] < 0 || basen.zelle[z] === upper ? lower : basen.zelle[z]));
	const rowStatus = Int32Array.from(k.linien, (l) => (basen.linie[l] < 0 ? basic : basen.linie[l]));
	model.setBasis({ colStatus, rowStatus });
	return true;
}

/** Remembers the statuses of k's cells and lines in `basis`, its model's last. */
export function merke({ colStatus, rowStatus }: Basis, basen: Basisgedaechtnis, k: Komponente): void {
	for (const [j, z] of k.zellen.entries()) basen.zelle[z] = colStatus[j];
	for (const [r, l] of k.linien.entries()) basen.linie[l] = rowStatus[r];
}
