/**
 * The attack by subtraction on a small city of its own with 1s and 2s planted (testing/gepflanzt.ts), loaded
 * and protected inside each test (not once before them), so that a change to any step of the protection —
 * the cells, the lines between the linked tables, secondary suppression, the audit's extensions, the
 * marking of the withheld cells — shows here. The full attack on the default data set is angreifer.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { angreifersicht, nurWahre, schaele } from '../../testing/angreifer';
import { gepflanzteDaten, wahreZahlen } from '../../testing/gepflanzt';
import { resteDerWahrenWerte } from '../../testing/reste';
import { letzterSchutz } from '../ableitung';

describe('a small city with 1s and 2s planted, protected as an own import is', () => {
	it('publishes every shown count true and withholds every planted 1 and 2, recovering none by subtraction', async () => {
		const vorher = performance.now();
		const { db, k, roh } = await gepflanzteDaten(4, 7);
		const dauer = performance.now() - vorher;
		const wahr = wahreZahlen(roh);
		const sicht = nurWahre(await angreifersicht(k), (key) => wahr.get(key));
		const gezeigt = [...sicht.zahlen].filter(([, w]) => w !== null);
		expect(gezeigt.length).toBeGreaterThan(100);
		expect(gezeigt.filter(([key, w]) => wahr.has(key) && wahr.get(key) !== w)).toEqual([]);
		const klein = [...wahr].filter(([key, w]) => w > 0 && w < 3 && sicht.zahlen.has(key));
		expect(klein.length).toBeGreaterThan(5);
		expect(klein.filter(([key]) => sicht.zahlen.get(key) !== null)).toEqual([]);
		expect([...schaele(sicht)]).toEqual([]);
		expect(letzterSchutz).toMatchObject({ ungeprueft: 0, zuEng: [] });
		expect(letzterSchutz!.gesperrt).toBeGreaterThan(letzterSchutz!.primaer);
		// The report the import shows: every primary cell audited (no other), LPs and their work counted, and on
		// this city the audit's first round finds intervals too narrow, so later rounds widen the withheld set.
		expect(letzterSchutz!.geprueft).toBe(letzterSchutz!.primaer);
		expect(letzterSchutz!.lps).toBeGreaterThan(0);
		expect(letzterSchutz!.erweitert).toBeGreaterThan(0);
		expect(letzterSchutz!.arbeit).toBeGreaterThan(0);
		expect(letzterSchutz!.ms).toBeGreaterThan(0);
		expect(letzterSchutz!.ms).toBeLessThan(dauer);
		// The loaded counts (true values) and the intermediate tables do not outlive the derivation.
		expect(await resteDerWahrenWerte(db)).toEqual({ zeilen: 0, tabellen: [] });
	});
});
