import { describe, expect, it } from 'vitest';

describe('segregation of one citizenship', () => {
	it('reads its people per district from the database and sets them against all other inhabitants (default data)', async () => {
		const { standarddaten } = await import('../../data/testing/defaultData');
		const { staatJeBezirk } = await import('../../data/abfragen/staatsangehoerigkeiten');
		const { segregationsreiheStaat } = await import('./segregationsreihe');
		const { tabelle, k } = await standarddaten();
		const zahlen = await staatJeBezirk(k, 'TR');
		const reihe = segregationsreiheStaat(tabelle, zahlen);
		expect(reihe.map((p) => p.stichtag)).toEqual(tabelle.stichtage);
		const letzter = reihe.at(-1)!;
		expect(letzter.bezirke + letzter.ausgelassen).toBe(47);
		expect(letzter.D).toBeGreaterThan(0);
		expect(letzter.D).toBeLessThan(100);
		// Kempten 2020: 2 320 Turkish citizens of 70 787 inhabitants (KIK 2021).
		expect(letzter.anteil).toBeCloseTo((100 * 2320) / 70787, 0);
	});
});
