/**
 * Secondary suppression on the linked tables: which shown cell is withheld beside a small count (the one
 * that loses least: the smallest non-zero, then the lower index), until no line gives a cell away.
 */
import { describe, expect, it } from 'vitest';
import { erweitere, sekundaer, system, type Schutzsystem } from './system';

/** A line: the total (−1) and its parts (+1). */
const linie = (gesamt: number, ...teile: number[]) => ({ glieder: [gesamt, ...teile], faktoren: [-1, ...teile.map(() => 1)] });
const gesperrte = (s: Schutzsystem) => [...s.gesperrt.keys()].filter((i) => s.gesperrt[i]);
/** Lines with exactly one withheld member: each would give it away by subtraction. */
function verraeterisch(s: Schutzsystem): number[] {
	const l: number[] = [];
	for (let i = 0; i + 1 < s.start.length; i++) {
		let n = 0;
		for (let k = s.start[i]; k < s.start[i + 1]; k++) n += s.gesperrt[s.glied[k]];
		if (n === 1) l.push(i);
	}
	return l;
}

describe('secondary suppression', () => {
	it('withholds the smallest shown member of the line, the lower index of two equal ones, whatever their order in the line', () => {
		// 0: total 20 = 1: withheld 2 + 2: 0 + 3: 8 + 4: 5 + 5: 5, listed backwards.
		const s = system([20, 2, 0, 8, 5, 5], [0, 1, 0, 0, 0, 0], [{ glieder: [5, 4, 3, 2, 1, 0], faktoren: [1, 1, 1, 1, 1, -1] }]);
		expect(sekundaer(s)).toEqual([4]);
		expect(gesperrte(s)).toEqual([1, 4]);
	});
	it('withholds a non-zero cell rather than a smaller 0, which would give nothing away when withheld', () => {
		const s = system([10, 2, 0, 8], [0, 1, 0, 0], [linie(0, 1, 2, 3)]);
		expect(sekundaer(s)).toEqual([3]);
		const nurNullen = system([2, 2, 0], [0, 1, 0], [linie(0, 1, 2)]);
		expect(sekundaer(nurNullen)).toEqual([0]);
	});
	it('takes the first cell of the system when it is the smallest', () => {
		const s = system([5, 2, 20, 13], [0, 1, 0, 0], [linie(2, 1, 0, 3)]);
		expect(sekundaer(s)).toEqual([0]);
	});
	it('leaves a line with two withheld cells, and a table without any, as they are', () => {
		expect(sekundaer(system([10, 2, 1, 7], [0, 1, 1, 0], [linie(0, 1, 2, 3)]))).toEqual([]);
		expect(sekundaer(system([10, 3, 7], [0, 0, 0], [linie(0, 1, 2)]))).toEqual([]);
	});
	it('follows a 2 × 2 table with margins round until every line hides at least two cells', () => {
		// 0: T, 1: R1, 2: R2, 3: C1, 4: C2, then the cells a b / c d (5 6 / 7 8); a is the small count.
		const werte = [20, 6, 14, 5, 15, 1, 5, 4, 10];
		const linien = [linie(1, 5, 6), linie(2, 7, 8), linie(3, 5, 7), linie(4, 6, 8), linie(0, 1, 2), linie(0, 3, 4)];
		const s = system(werte, werte.map((_, i) => i === 5), linien);
		expect(sekundaer(s).sort()).toEqual([6, 7, 8]);
		expect(verraeterisch(s)).toEqual([]);
	});
});

describe('widening the suppression after a failed audit', () => {
	it('withholds beside each cell the smallest shown member of all the lines it lies in', () => {
		// Cell 1 (withheld) lies in 0 = 1 + 2 and in 3 = 1 + 4; 4 is the smaller partner.
		const s = system([12, 3, 9, 10, 7], [0, 1, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4)]);
		expect(erweitere(s, [1])).toEqual([4]);
		expect(gesperrte(s)).toEqual([1, 4]);
	});
	it('takes the first cell of the system when it is the best, and nothing where every partner is withheld', () => {
		const s = system([3, 4, 7, 9, 16], [0, 1, 0, 1, 0], [linie(2, 1, 0), linie(4, 3, 2)]);
		expect(erweitere(s, [1])).toEqual([0]);
		const zu = system([7, 3, 4], [1, 1, 1], [linie(0, 1, 2)]);
		expect(erweitere(zu, [1])).toEqual([]);
	});
	it('withholds a second partner for a second cell that would have chosen the same one', () => {
		const s = system([20, 2, 3, 5, 10], [0, 1, 1, 0, 0], [linie(0, 1, 2, 3, 4)]);
		expect(erweitere(s, [1, 2])).toEqual([3, 4]);
	});
});
