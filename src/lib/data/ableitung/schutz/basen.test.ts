/**
 * The memory of the audit's bases: what a grown model starts from. A wrong status would not change what
 * the audit proves, only cost HiGHS a basis repair or a start from scratch, so it is checked here, on the
 * statuses handed to the model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Basis, Highs, Model } from 'highs';
import { highs } from './highs';
import { basisgedaechtnis, beginne, merke } from './basen';
import { system } from './system';
import { linie } from './testing/tafeln';

let h: Highs;
beforeAll(async () => {
	h = await highs();
});

/** A model that keeps the basis it is given. */
function modell() {
	const gesetzt: Basis[] = [];
	return { gesetzt, model: { setBasis: (b: Basis) => gesetzt.push(b) } as unknown as Model };
}

// Cells 0 … 5, lines 0 … 2.
const s = system([6, 1, 5, 4, 2, 2], [0, 1, 1, 0, 1, 1], [linie(0, 1, 2), linie(3, 4, 5), linie(2, 4)]);

describe('the memory of bases', () => {
	it('starts with no status for any cell or line', () => {
		const b = basisgedaechtnis(s);
		expect([...b.zelle]).toEqual([-1, -1, -1, -1, -1, -1]);
		expect([...b.linie]).toEqual([-1, -1, -1]);
	});

	it('leaves a model none of whose cells was in a model before to start from no basis', () => {
		const { gesetzt, model } = modell();
		expect(beginne(h, model, basisgedaechtnis(s), { zellen: [1, 2], linien: [0], ziele: [1] })).toBe(false);
		expect(gesetzt).toEqual([]);
	});

	it('gives a grown model its cells’ and lines’ last statuses, new cells at their lower bound, new lines basic', () => {
		const { lower, basic, upper } = h.constants.basisStatus;
		const b = basisgedaechtnis(s);
		merke({ colStatus: [basic, lower], rowStatus: [lower] } as unknown as Basis, b, { zellen: [1, 2], linien: [0], ziele: [1] });
		expect([...b.zelle]).toEqual([-1, basic, lower, -1, -1, -1]);
		expect([...b.linie]).toEqual([lower, -1, -1]);
		const { gesetzt, model } = modell();
		expect(beginne(h, model, b, { zellen: [1, 2, 4, 5], linien: [0, 2, 1], ziele: [1] })).toBe(true);
		expect(gesetzt).toHaveLength(1);
		expect([...gesetzt[0].colStatus]).toEqual([basic, lower, lower, lower]);
		expect([...gesetzt[0].rowStatus]).toEqual([lower, basic, basic]);
		// The reflection's upper bounds are gone in the next model: a cell last at its upper bound starts at its lower.
		merke({ colStatus: [upper, basic], rowStatus: [basic] } as unknown as Basis, b, { zellen: [4, 5], linien: [1], ziele: [] });
		const wieder = modell();
		beginne(h, wieder.model, b, { zellen: [4, 5, 1], linien: [1], ziele: [] });
		expect([...wieder.gesetzt[0].colStatus]).toEqual([lower, basic, basic]);
	});
});
