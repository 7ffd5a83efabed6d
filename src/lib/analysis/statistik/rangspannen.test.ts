import { describe, expect, it } from 'vitest';
import { rangspannen } from './rangstabilitaet';
import { wilson } from './wilson';

describe('rank spans from the intervals', () => {
	it('separated intervals give exact ranks, overlapping ones a span', () => {
		const r = rangspannen([30, 20, 19, 5], [{ unten: 28, oben: 32 }, { unten: 15, oben: 25 }, { unten: 14, oben: 24 }, { unten: 4, oben: 6 }]);
		expect(r.map((x) => [x!.rang, x!.bester, x!.schlechtester])).toEqual([[1, 1, 1], [2, 2, 3], [3, 2, 3], [4, 4, 4]]);
	});
	it('a small district ranks less surely than a large one with the same share', () => {
		const anteile = [10, 10, 12, 8];
		const iv = [wilson(5, 50), wilson(500, 5000), wilson(600, 5000), wilson(400, 5000)].map((w) => ({ unten: 100 * w!.unten, oben: 100 * w!.oben }));
		const r = rangspannen(anteile, iv);
		expect(r[0]!.schlechtester - r[0]!.bester).toBeGreaterThan(r[1]!.schlechtester - r[1]!.bester);
	});
	it('equal shares share a rank; touching intervals are not told apart', () => {
		// 30 (25–30) and 30 (30–35) tie and touch at 30; 20 (10–25) touches the first at 25 and lies wholly below the second.
		const r = rangspannen([30, 30, 20], [{ unten: 25, oben: 30 }, { unten: 30, oben: 35 }, { unten: 10, oben: 25 }]);
		expect(r.map((x) => [x!.rang, x!.bester, x!.schlechtester])).toEqual([[1, 1, 3], [1, 1, 2], [3, 2, 3]]);
	});
	it('a district without value or interval has no rank and outranks nobody', () => {
		const r = rangspannen([50, null, 40, 10], [{ unten: 45, oben: 55 }, { unten: 0, oben: 100 }, null, { unten: 5, oben: 15 }]);
		expect(r).toEqual([{ rang: 1, bester: 1, schlechtester: 1 }, null, null, { rang: 2, bester: 2, schlechtester: 2 }]);
	});
	it('a lower district with an interval reaching above counts only towards the worst rank', () => {
		// 40 (20–60) is below 50 (45–55) by value, above it at its upper end.
		const r = rangspannen([50, 40], [{ unten: 45, oben: 55 }, { unten: 20, oben: 60 }]);
		expect(r).toEqual([{ rang: 1, bester: 1, schlechtester: 2 }, { rang: 2, bester: 1, schlechtester: 2 }]);
	});
});
