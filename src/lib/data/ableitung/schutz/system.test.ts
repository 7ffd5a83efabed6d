/**
 * Secondary suppression on the linked tables: which shown cell is withheld beside a small count (the one
 * that loses least: the smallest non-zero, then the lower index), until no line gives a cell away.
 */
import { describe, expect, it } from 'vitest';
import { erweitere, sekundaer, system, type Schutzsystem } from './system';
import { linie } from './testing/tafeln';
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
		const vorwaerts = system([20, 2, 0, 8, 5, 5], [0, 1, 0, 0, 0, 0], [linie(0, 1, 2, 3, 4, 5)]);
		expect(sekundaer(vorwaerts)).toEqual([4]);
	});
	it('withholds a non-zero cell rather than a smaller 0, which would give nothing away when withheld', () => {
		const s = system([10, 2, 0, 8], [0, 1, 0, 0], [linie(0, 1, 2, 3)]);
		expect(sekundaer(s)).toEqual([3]);
		const nullZuerst = system([10, 2, 0, 8], [0, 1, 0, 0], [{ glieder: [2, 3, 1, 0], faktoren: [1, 1, 1, -1] }]);
		expect(sekundaer(nullZuerst)).toEqual([3]);
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
	it('follows the chain through the last cell of the system too', () => {
		// 0 = 1 + 4 (7 = 2 + 5) and 2 = 4 + 3 (20 = 5 + 15): withholding 4 opens the second line.
		const s = system([7, 2, 20, 15, 5], [0, 1, 0, 0, 0], [linie(0, 1, 4), linie(2, 4, 3)]);
		expect(sekundaer(s)).toEqual([4, 3]);
	});
	it('leaves no line that gives a withheld count away, in random linked tables', () => {
		let zufall = 7;
		const naechste = (n: number) => {
			zufall = (zufall * 1103515245 + 12345) % 2 ** 31;
			return zufall % n;
		};
		for (let versuch = 0; versuch < 40; versuch++) {
			// An r × c table with row, column and grand totals, and a second table sharing its row totals.
			const [r, c] = [2 + naechste(3), 2 + naechste(3)];
			const zellen = Array.from({ length: r * c }, () => (naechste(4) === 0 ? 1 + naechste(2) : naechste(3) === 0 ? 0 : 3 + naechste(20)));
			const werte = [...zellen];
			const zeile = (i: number) => r * c + i;
			const spalte = (j: number) => r * c + r + j;
			const gesamt = r * c + r + c;
			for (let i = 0; i < r; i++) werte[zeile(i)] = zellen.slice(i * c, (i + 1) * c).reduce((a, b) => a + b, 0);
			for (let j = 0; j < c; j++) werte[spalte(j)] = zellen.filter((_, k) => k % c === j).reduce((a, b) => a + b, 0);
			werte[gesamt] = zellen.reduce((a, b) => a + b, 0);
			const linien = [
				...Array.from({ length: r }, (_, i) => linie(zeile(i), ...Array.from({ length: c }, (_, j) => i * c + j))),
				...Array.from({ length: c }, (_, j) => linie(spalte(j), ...Array.from({ length: r }, (_, i) => i * c + j))),
				linie(gesamt, ...Array.from({ length: r }, (_, i) => zeile(i))),
				linie(gesamt, ...Array.from({ length: c }, (_, j) => spalte(j)))
			];
			// The second table splits each row total in two (by sex), the first half withheld when small.
			for (let i = 0; i < r; i++) {
				const m = naechste(werte[zeile(i)] + 1);
				werte.push(m, werte[zeile(i)] - m);
				linien.push(linie(zeile(i), werte.length - 2, werte.length - 1));
			}
			const s = system(werte, werte.map((w) => w > 0 && w < 3), linien);
			sekundaer(s);
			expect(verraeterisch(s), `Versuch ${versuch}`).toEqual([]);
		}
	});
});

describe('widening the suppression after a failed audit', () => {
	// The levers of a cell found too narrow come from the audit (pruefung.ts `hebel`); here they are given.
	it('withholds the best lever of each cell: the smallest non-zero count, the lower index of two equal ones', () => {
		const s = system([12, 3, 9, 10, 7, 0, 7], [0, 1, 0, 0, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4)]);
		expect(erweitere(s, [[2, 4, 5, 6]])).toEqual([4]);
		expect(gesperrte(s)).toEqual([1, 4]);
		const gleich = system([12, 3, 9, 10, 7, 0, 7], [0, 1, 0, 0, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4)]);
		expect(erweitere(gleich, [[6, 4]])).toEqual([4]);
	});
	it('withholds nothing for a cell one of whose levers is withheld already (that one loosens it)', () => {
		const s = system([12, 3, 9, 10, 7], [0, 1, 0, 0, 1], [linie(0, 1, 2), linie(3, 1, 4)]);
		expect(erweitere(s, [[2, 4]])).toEqual([]);
	});
	it('never withholds a fixed cell (the city’s counts), and nothing where every lever is fixed', () => {
		const s = system([12, 3, 9, 10, 7], [0, 1, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4)], [0, 0, 0, 0, 1]);
		expect(erweitere(s, [[4, 2]])).toEqual([2]);
		const fest = system([12, 3, 9, 10, 7], [0, 1, 0, 0, 0], [linie(0, 1, 2), linie(3, 1, 4)], [0, 0, 1, 0, 1]);
		expect(erweitere(fest, [[4, 2]])).toEqual([]);
	});
	it('lets a second cell whose best lever the first took count as loosened, and takes its own where they differ', () => {
		const s = system([20, 2, 3, 5, 10], [0, 1, 1, 0, 0], [linie(0, 1, 2, 3, 4)]);
		expect(erweitere(s, [[3, 4], [3, 4]])).toEqual([3]);
		expect(erweitere(s, [[0, 4]])).toEqual([4]);
	});
});
