import { describe, expect, it } from 'vitest';
import { rangspannen } from './rangstabilitaet';
import { wilson } from './wilson';
import { anteilszaehlungen } from './zaehlungen';
import { standarddaten } from '../../data/testing/defaultData';

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
});

describe('counts behind a share, from the indicator table', () => {
	it('recover the published counts of the default data (Kempten 2020: 27 027 of 70 787 with MH)', async () => {
		const { tabelle } = await standarddaten();
		const z = anteilszaehlungen(tabelle, '2020-12-31', 'mh_anteil');
		expect(z).toHaveLength(47);
		expect(z.reduce((s, x) => s + x.zaehler!, 0)).toBe(27027);
		expect(z.reduce((s, x) => s + x.nenner!, 0)).toBe(70787);
		const u = anteilszaehlungen(tabelle, '2020-12-31', 'mh_unter18_anteil');
		expect(u.every((x) => Number.isInteger(x.nenner) && x.zaehler! <= x.nenner!)).toBe(true);
	});
});
