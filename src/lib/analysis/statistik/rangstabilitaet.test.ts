import { describe, expect, it } from 'vitest';
import { anteilszaehlungen } from './zaehlungen';
import { standarddaten } from '../../data/testing/defaultData';

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
