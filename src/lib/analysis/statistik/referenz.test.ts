/**
 * The statistics against reference values from PySAL (esda, libpysal, segregation) and statsmodels,
 * computed once by scripts/referenz/statistik.py and kept in tests/fixtures/statistik/.
 * Permutation p-values depend on the random numbers (NumPy's there, d3-random's here): they are
 * compared loosely, every statistic itself exactly.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Polygon } from 'geojson';
import { nachbarschaft, type Gewichtsart } from './gewichte';
import { moranGlobal, moranLokal } from './moran';
import { ebGlobal, ebRaeumlich } from './ebGlaettung';
import { segregation } from './segregation';
import { newcombe, wilson } from './wilson';
import { korrigiere } from './mehrfachtests';

const FIX = join(import.meta.dirname, '../../../../tests/fixtures/statistik');
const ref = JSON.parse(readFileSync(join(FIX, 'referenz.json'), 'utf8'));
const eingaben = JSON.parse(readFileSync(join(FIX, 'kempten-eingaben.json'), 'utf8'));
const geo = JSON.parse(readFileSync(join(FIX, '../../../static/data/kempten/stadtbezirke.geojson'), 'utf8'));
const flaechen: Feature<Polygon>[] = eingaben.codes.map((c: string) => geo.features.find((f: Feature<Polygon, { code: string }>) => f.properties.code === c));
const LETZT = eingaben.stichtage.at(-1);
const ERST = eingaben.stichtage[0];
type Zeile = { zaehler: number; nenner: number };

describe('Moran on hand-made grids', () => {
	for (const g of ref.gitter) {
		it(g.name, () => {
			const w = nachbarschaft(g.flaechen, g.art);
			expect(w).toEqual(g.nachbarn);
			const m = moranGlobal(g.werte, w);
			expect(m.I).toBeCloseTo(g.moran.I, 10);
			expect(Math.abs(m.p - g.moran.p_sim)).toBeLessThan(0.05);
			const l = moranLokal(g.werte, w);
			l.forEach((x, i) => expect(x.I).toBeCloseTo(g.moran.lokal_I[i], 10));
		});
	}
	it('the checkerboard with rook weights is perfectly negative', () => {
		const g = ref.gitter[0];
		expect(moranGlobal(g.werte, nachbarschaft(g.flaechen, 'rook')).I).toBeCloseTo(-1, 10);
	});
});

describe('Moran and LISA on the default data', () => {
	const werte = (eingaben.werte.mh_anteil[LETZT] as Zeile[]).map((r) => (100 * r.zaehler) / r.nenner);
	for (const art of ['queen', 'rook', 'knn'] as Gewichtsart[]) {
		it(`${art}: weights, I and pseudo p as esda`, () => {
			const w = nachbarschaft(flaechen, art);
			expect(w).toEqual(ref.kempten.nachbarn[art]);
			const m = moranGlobal(werte, w);
			const r = ref.kempten.moran[art];
			expect(m.I).toBeCloseTo(r.I, 10);
			expect(m.erwartung).toBeCloseTo(r.EI, 12);
			expect(Math.abs(m.p - r.p_sim)).toBeLessThan(0.01);
			const l = moranLokal(werte, w);
			l.forEach((x, i) => {
				expect(x.I).toBeCloseTo(r.lokal_I[i], 10);
				expect(x.quadrant).toBe(r.quadrant[i]);
				// Two random streams of 999 draws: the pseudo p agree within Monte Carlo error.
				expect(Math.abs(x.p! - r.lokal_p_sim[i])).toBeLessThan(0.03 + 0.5 * r.lokal_p_sim[i]);
			});
		});
	}
	it('the same seed gives the same p-values; another seed others', () => {
		const w = nachbarschaft(flaechen, 'queen');
		expect(moranLokal(werte, w, 99, 7).map((x) => x.p)).toEqual(moranLokal(werte, w, 99, 7).map((x) => x.p));
		expect(moranLokal(werte, w, 99, 7).map((x) => x.p)).not.toEqual(moranLokal(werte, w, 99, 8).map((x) => x.p));
	});
});

describe('empirical-Bayes smoothing as esda / GeoDa', () => {
	it('global and spatial on a grid with a negative variance estimate (clipped to 0)', () => {
		const g = ref.eb_gitter;
		const raten = g.zaehler.map((z: number, i: number) => ({ zaehler: z, nenner: g.nenner[i] }));
		ebGlobal(raten).forEach((v, i) => expect(v).toBeCloseTo(g.referenz.global[i], 12));
		ebRaeumlich(raten, g.nachbarn).forEach((v, i) => expect(v).toBeCloseTo(g.referenz.raeumlich[i], 12));
	});
	for (const ind of ['mh_anteil', 'flucht_anteil']) {
		it(`${ind} on the default data`, () => {
			const rows = eingaben.werte[ind][LETZT] as Zeile[];
			const r = ref.kempten.eb[ind];
			expect(r.varianz_negativ).toBe(false);
			ebGlobal(rows).forEach((v, i) => expect(v).toBeCloseTo(r.global[i], 12));
			ebRaeumlich(rows, nachbarschaft(flaechen, 'queen')).forEach((v, i) => expect(v).toBeCloseTo(r.raeumlich[i], 12));
		});
	}
	it('a small district moves towards the mean more than a large one with the same share', () => {
		const s = ebGlobal([{ zaehler: 1, nenner: 10 }, { zaehler: 100, nenner: 1000 }, { zaehler: 300, nenner: 1000 }, { zaehler: 50, nenner: 1000 }]);
		expect(Math.abs(s[0]! - 0.1)).toBeGreaterThan(Math.abs(s[1]! - 0.1));
	});
});

describe('segregation indices as PySAL segregation', () => {
	for (const [name, g] of Object.entries<{ gruppe: number[]; gesamt: number[]; referenz: Record<string, number> }>(ref.segregation_gitter)) {
		it(name, () => {
			const s = segregation(g.gruppe.map((x, i) => ({ gruppe: x, gesamt: g.gesamt[i] })))!;
			for (const k of ['D', 'isolation', 'exposition', 'H'] as const) expect(s[k]).toBeCloseTo(g.referenz[k], 9);
		});
	}
	it('perfect segregation gives D = 100, an even spread D = 0', () => {
		expect(segregation(ref.segregation_gitter.vollstaendig.gruppe.map((x: number, i: number) => ({ gruppe: x, gesamt: ref.segregation_gitter.vollstaendig.gesamt[i] })))!.D).toBeCloseTo(100, 10);
		expect(segregation(ref.segregation_gitter.gleichmaessig.gruppe.map((x: number, i: number) => ({ gruppe: x, gesamt: ref.segregation_gitter.gleichmaessig.gesamt[i] })))!.D).toBeCloseTo(0, 10);
	});
	for (const ind of ['mh_anteil', 'auslaender_anteil']) {
		it(`${ind}, every Stichtag of the default data, with and without the minimum of 500`, () => {
			for (const t of eingaben.stichtage) {
				const rows = (eingaben.werte[ind][t] as Zeile[]).map((r) => ({ gruppe: r.zaehler, gesamt: r.nenner }));
				for (const [fall, mindest] of [['alle', 0], ['ab500', 500]] as const) {
					const s = segregation(rows, mindest)!;
					const r = ref.kempten.segregation[ind][t][fall];
					expect(s.bezirke).toBe(r.bezirke);
					for (const k of ['D', 'isolation', 'exposition', 'H'] as const) expect(s[k]).toBeCloseTo(r[k], 9);
				}
			}
		});
	}
});

describe('intervals and corrections as statsmodels', () => {
	it('Wilson', () => {
		ref.wilson.zaehler.forEach((x: number, i: number) => {
			const w = wilson(x, ref.wilson.nenner[i])!;
			expect(w.unten).toBeCloseTo(ref.wilson.wilson[i][0], 12);
			expect(w.oben).toBeCloseTo(ref.wilson.wilson[i][1], 12);
		});
	});
	it('Newcombe for a difference', () => {
		const d = ref.newcombe;
		d.x1.forEach((_: number, i: number) => {
			const w = newcombe(d.x1[i], d.n1[i], d.x2[i], d.n2[i])!;
			expect(w.unten).toBeCloseTo(d.newcombe[i][0], 10);
			expect(w.oben).toBeCloseTo(d.newcombe[i][1], 10);
		});
	});
	for (const ind of ['mh_anteil', 'flucht_anteil']) {
		it(`${ind}: every district of the default data, level and change since the first Stichtag`, () => {
			const jetzt = eingaben.werte[ind][LETZT] as Zeile[];
			const vor = eingaben.werte[ind][ERST] as Zeile[];
			jetzt.forEach((r, i) => {
				const w = wilson(r.zaehler, r.nenner)!;
				expect(w.unten).toBeCloseTo(ref.kempten.wilson[ind][i][0], 12);
				const d = newcombe(r.zaehler, r.nenner, vor[i].zaehler, vor[i].nenner)!;
				expect(d.unten).toBeCloseTo(ref.kempten.newcombe[ind][i][0], 10);
				expect(d.oben).toBeCloseTo(ref.kempten.newcombe[ind][i][1], 10);
			});
		});
	}
	it('Benjamini–Hochberg and Bonferroni', () => {
		korrigiere(ref.korrektur.p, 'fdr').forEach((v, i) => expect(v).toBeCloseTo(ref.korrektur.fdr[i], 12));
		korrigiere(ref.korrektur.p, 'bonferroni').forEach((v, i) => expect(v).toBeCloseTo(ref.korrektur.bonferroni[i], 12));
	});
});
