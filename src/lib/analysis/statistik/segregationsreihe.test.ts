import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEGREGATIONSGRUPPEN, segregationErklaerung } from './segregationsreihe';
import { segregation } from './segregation';
import { teststaerkeHinweis } from './cluster';

const FIX = join(import.meta.dirname, '../../../../tests/fixtures/statistik');
const eingaben = JSON.parse(readFileSync(join(FIX, 'kempten-eingaben.json'), 'utf8'));

describe('plain-German readings', () => {
	it('read D of the default data as the share that would have to move', () => {
		const rows = eingaben.werte.mh_anteil['2020-12-31'].map((r: { zaehler: number; nenner: number }) => ({ gruppe: r.zaehler, gesamt: r.nenner }));
		const e = segregationErklaerung(segregation(rows)!, SEGREGATIONSGRUPPEN[0]);
		expect(e.D).toBe('D = 20: 20 % der Menschen mit Migrationshintergrund müssten in einen anderen Bezirk umziehen, damit sie so verteilt wären wie die übrige Bevölkerung.');
		expect(e.isolation).toContain('stadtweit 38 %');
	});
	it('the minimum population leaves out small districts and counts them', () => {
		const s = segregation([{ gruppe: 10, gesamt: 100 }, { gruppe: 400, gesamt: 1000 }, { gruppe: 100, gesamt: 900 }, null], 500)!;
		expect([s.bezirke, s.ausgelassen]).toEqual([2, 2]);
	});
	it('the power note names the number of districts and, with Bonferroni, the bar a district must pass', () => {
		expect(teststaerkeHinweis(47, 'fdr')).toContain('47 Bezirke');
		expect(teststaerkeHinweis(47, 'bonferroni')).toContain('p ≤ 0,0011');
	});
});

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
	it('all of a group in one district and none elsewhere is complete segregation; a withheld count leaves its district out', async () => {
		const { segregationsreiheStaat } = await import('./segregationsreihe');
		const tabelle = { stichtage: ['2020-12-31'], codes: ['1', '2', '3'], indikatoren: ['einwohner'], werte: [1000, 1000, 1000], sperren: [null, null, null] };
		const voll = segregationsreiheStaat(tabelle, [{ stichtag: '2020-12-31', code: '1', anzahl: 1000 }]);
		expect(voll[0].D).toBeCloseTo(100, 9);
		const geheim = segregationsreiheStaat(tabelle, [{ stichtag: '2020-12-31', code: '1', anzahl: 200 }, { stichtag: '2020-12-31', code: '2', anzahl: null }]);
		expect([geheim[0].bezirke, geheim[0].ausgelassen]).toEqual([2, 1]);
	});
});
