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
