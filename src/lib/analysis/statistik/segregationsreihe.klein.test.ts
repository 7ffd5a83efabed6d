/** Segregation series on hand-made tables (no default data); every index worked out by hand. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GESAMTSTADT } from '../../data/schema';
import { SEGREGATIONSGRUPPEN, segregationErklaerung, segregationsreihe, segregationsreiheStaat, staatsgruppeId, staatsgruppeLabel, STAATSGRUPPE_MUSTER } from './segregationsreihe';
import { segregation, type Segregationsindizes } from './segregation';
import { teststaerkeHinweis } from './cluster';
import { testtabelle } from './testing/testtabelle';

const FIX = join(import.meta.dirname, '../../../../tests/fixtures/statistik');
const eingaben = JSON.parse(readFileSync(join(FIX, 'kempten-eingaben.json'), 'utf8'));
const gruppe = (id: string) => SEGREGATIONSGRUPPEN.find((g) => g.id === id)!;

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
	it('reads isolation, exposure and H in whole numbers', () => {
		const s: Segregationsindizes = { D: 12.4, isolation: 30.6, exposition: 69.4, H: 4.5, bezirke: 5, ausgelassen: 0, anteil: 24.4 };
		const e = segregationErklaerung(s, { label: 'Ausländer*innen' });
		expect(e.D).toBe('D = 12: 12 % der Ausländer*innen müssten in einen anderen Bezirk umziehen, damit sie so verteilt wären wie die übrige Bevölkerung.');
		expect(e.isolation).toBe('Isolation = 31: Im Bezirk einer durchschnittlichen Person dieser Gruppe gehören 31 % zur Gruppe (stadtweit 24 %).');
		expect(e.exposition).toBe('Exposition = 69: Im Bezirk einer durchschnittlichen Person dieser Gruppe gehören 69 % nicht zur Gruppe.');
		expect(e.H).toBe('H = 5: Die Bezirke sind im Mittel um 5 % weniger gemischt als die Stadt als Ganzes (Theils Entropieindex; 0 = überall gleich gemischt, 100 = völlig getrennt).');
	});
	it('the power note without a correction names no bar', () => {
		expect(teststaerkeHinweis(8, 'keine')).toBe('8 Bezirke gehen in den Test ein. Jeder lokale Test vergleicht einen Bezirk nur mit seinen wenigen Nachbarn; bei so wenigen Flächen erkennt er nur deutliche Muster, und ein „nicht signifikant“ heißt nicht, dass es kein Muster gibt.');
		expect(teststaerkeHinweis(8, 'fdr')).toBe(teststaerkeHinweis(8, 'keine'));
		expect(teststaerkeHinweis(10, 'bonferroni')).toMatch(/^10 Bezirke gehen .* Mit der Bonferroni-Korrektur muss ein Bezirk p ≤ 0,0050 erreichen\.$/);
	});
});

describe('segregation per Stichtag from the indicator table', () => {
	const VORHER = '2019-12-31';
	const JETZT = '2020-12-31';
	const ew = { '1': 100, '2': 100, '3': 100, '4': null, '5': 100, '6': 100, [GESAMTSTADT]: 500 };
	const t = testtabelle({
		[VORHER]: { einwohner: ew, mh_anteil: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 }, auslaender_anzahl: {}, neuzugewandert_anteil: {} },
		[JETZT]: {
			einwohner: ew,
			mh_anteil: { '1': 50, '2': 0, '3': { sperre: 'wert' }, '4': 20, '5': 10, '6': 10, [GESAMTSTADT]: 14 },
			auslaender_anzahl: { '1': 40, '2': 10, '3': 10, '4': 10, '5': 10, '6': 10, [GESAMTSTADT]: 90 },
			neuzugewandert_anteil: { '1': 50, '2': 0, '3': 10, '4': 10, '5': null, '6': { sperre: 'wert' }, [GESAMTSTADT]: 30 }
		}
	});
	it('the group against the rest of its population; a Stichtag where the group is empty gives no point', () => {
		// JETZT: 50 of 100, 0 of 100, 10 of 100, 10 of 100 (3 withheld, 4 without population):
		// X = 70, Y = 330, D = 50 · (|50/70 − 50/330| + 100/330 + 2 · |10/70 − 90/330|).
		const r = segregationsreihe(t, gruppe('mh'));
		expect(r.map((p) => [p.stichtag, p.bezirke, p.ausgelassen])).toEqual([[JETZT, 4, 2]]);
		expect(r[0].D).toBeCloseTo(50 * (50 / 70 - 50 / 330 + 100 / 330 + 2 * (90 / 330 - 10 / 70)), 9);
		expect(r[0].anteil).toBeCloseTo(17.5, 9);
	});
	it('a group of foreigners against all inhabitants: left out where the group or the population is withheld or missing', () => {
		// Only 1 (20 new arrivals of 100) and 2 (0 of 100) remain: D = 50 · (1 − 80/180 + 100/180).
		const [p] = segregationsreihe(t, gruppe('neuzugewandert'));
		expect([p.stichtag, p.bezirke, p.ausgelassen]).toEqual([JETZT, 2, 4]);
		expect(p.D).toBeCloseTo(50 * (1 - 80 / 180 + 100 / 180), 9);
		expect(p.anteil).toBeCloseTo(10, 9);
	});
	it('the minimum population leaves out every district under it', () => {
		expect(segregationsreihe(t, gruppe('mh'), 101)).toEqual([]);
		expect(segregationsreihe(t, gruppe('mh'), 100)[0].bezirke).toBe(4);
	});
});

describe('segregation of one citizenship', () => {
	it('all of a group in one district and none elsewhere is complete segregation; a withheld count leaves its district out', () => {
		const tabelle = { stichtage: ['2020-12-31'], codes: ['1', '2', '3'], indikatoren: ['einwohner'], werte: [1000, 1000, 1000], sperren: [null, null, null] };
		const voll = segregationsreiheStaat(tabelle, [{ stichtag: '2020-12-31', code: '1', anzahl: 1000 }]);
		expect(voll[0].D).toBeCloseTo(100, 9);
		const geheim = segregationsreiheStaat(tabelle, [{ stichtag: '2020-12-31', code: '1', anzahl: 200 }, { stichtag: '2020-12-31', code: '2', anzahl: null }]);
		expect([geheim[0].bezirke, geheim[0].ausgelassen]).toEqual([2, 1]);
	});
	it('per Stichtag with counts, a district without a row holding none of them, the city row left out', () => {
		const t = testtabelle({
			'2018-12-31': { einwohner: { '1': 100, '2': 100, '3': 100, [GESAMTSTADT]: 300 } },
			'2019-12-31': { einwohner: { '1': 100, '2': 100, '3': 100, [GESAMTSTADT]: 300 } },
			'2020-12-31': { einwohner: { '1': 100, '2': 100, '3': { sperre: 'wert', wert: 100 }, [GESAMTSTADT]: 300 } }
		});
		const r = segregationsreiheStaat(t, [{ stichtag: '2019-12-31', code: '2', anzahl: 30 }, { stichtag: '2020-12-31', code: '1', anzahl: 50 }]);
		expect(r.map((p) => [p.stichtag, p.bezirke, p.ausgelassen])).toEqual([['2019-12-31', 3, 0], ['2020-12-31', 2, 1]]);
		// 2019: 30 of 300 all in 2: D = 50 · (1 − 70/270 + 2 · 100/270); 2020: 50 in 1, 0 in 2: D = 50 · (1 − 50/150 + 100/150).
		expect(r[0].D).toBeCloseTo(50 * (1 - 70 / 270 + 200 / 270), 9);
		expect(r[1].D).toBeCloseTo(50 * (1 - 50 / 150 + 100 / 150), 9);
	});
	it('names a citizenship group by its ISO code', () => {
		expect(staatsgruppeId('TR')).toBe('staat-TR');
		expect(STAATSGRUPPE_MUSTER.test(staatsgruppeId('TR'))).toBe(true);
		expect(staatsgruppeLabel('Türkei')).toBe('Menschen mit Staatsangehörigkeit Türkei');
	});
});
