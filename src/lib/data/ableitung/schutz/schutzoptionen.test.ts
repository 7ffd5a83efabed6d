/**
 * The protection's options as a load uses them, on the small city with 1s and 2s planted
 * (testing/gepflanzt.ts), loaded inside each test: the progress a page shows, the limits of work and
 * time an import in the browser sets (what they leave unaudited is counted, never dropped), the
 * protection interval and its default, and a threshold that withholds nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gepflanztGeschuetzt } from '../../testing/gepflanzt';

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the protection of a load, with its options', () => {
	it('reports its progress from the first step to the last, never going back, in the audit’s rounds too', async () => {
		// A clock that moves 60 ms a reading: the audit yields (and reports) at every chance it has.
		let jetzt = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (jetzt += 60));
		const anteile: number[] = [];
		const bericht = await gepflanztGeschuetzt({ fortschritt: (a) => anteile.push(a) });
		expect(bericht.erweitert).toBeGreaterThan(0);
		expect(anteile.every((a) => Number.isFinite(a) && a >= 0 && a <= 1)).toBe(true);
		expect(anteile.filter((a, i) => i > 0 && a < anteile[i - 1])).toEqual([]);
		expect(anteile[0]).toBeGreaterThan(0);
		expect(anteile[0]).toBeLessThanOrEqual(0.1);
		expect(anteile.at(-1)).toBe(1);
		expect(anteile).toEqual(expect.arrayContaining([0.1, 0.4, 0.55, 0.85, 0.9]));
		// The first round of the audit moves the bar between 0,55 and 0,85, the later ones between 0,85 and 0,9.
		expect(anteile.some((a) => a > 0.55 && a < 0.85)).toBe(true);
		expect(anteile.some((a) => a > 0.85 && a < 0.9)).toBe(true);
	});

	it('audits nothing when no work or no time is left, reports every primary cell as not audited, and still withholds them', async () => {
		for (const grenze of [{ hoechstensArbeit: 0 }, { budgetMs: 0 }]) {
			const anteile: number[] = [];
			const bericht = await gepflanztGeschuetzt({ ...grenze, fortschritt: (a) => anteile.push(a) });
			expect(bericht.primaer).toBeGreaterThan(100);
			expect(bericht).toMatchObject({ geprueft: 0, ungeprueft: bericht.primaer, lps: 0, arbeit: 0, erweitert: 0, zuEng: [] });
			expect(bericht.gesperrt).toBeGreaterThan(bericht.primaer);
			expect(anteile.slice(-3)).toEqual([0.55, 0.9, 1]);
		}
	});

	it('stops at its limit of work, leaving cells unaudited, where the full audit needs more', async () => {
		const voll = await gepflanztGeschuetzt({});
		expect(voll).toMatchObject({ geprueft: voll.primaer, ungeprueft: 0 });
		const halb = await gepflanztGeschuetzt({ hoechstensArbeit: voll.arbeit / 2 });
		expect(halb.geprueft).toBeGreaterThan(0);
		expect(halb.ungeprueft).toBeGreaterThan(0);
		expect(halb.geprueft + halb.ungeprueft).toBeGreaterThanOrEqual(halb.primaer);
		expect(halb.arbeit).toBeLessThan(voll.arbeit);
		// A little less than the full audit needs: the first round audits every primary cell, and a later
		// round's re-audit of the cells it widened is what the limit cuts; those count as not audited too.
		const knapp = await gepflanztGeschuetzt({ hoechstensArbeit: voll.arbeit - 10_000 });
		expect(knapp).toMatchObject({ geprueft: voll.primaer, zuEng: [] });
		expect(knapp.erweitert).toBeGreaterThan(0);
		expect(knapp.ungeprueft).toBeGreaterThan(0);
		expect(knapp.arbeit).toBeLessThan(voll.arbeit);
		// A time budget the audit does not reach changes nothing.
		expect(await gepflanztGeschuetzt({ budgetMs: 600_000 })).toMatchObject({ geprueft: voll.primaer, ungeprueft: 0, lps: voll.lps, arbeit: voll.arbeit });
	});

	it('protects with an interval of the threshold − 1 by default; a wider one withholds more and costs more work', async () => {
		const ohne = ({ ms, ...b }: Awaited<ReturnType<typeof gepflanztGeschuetzt>>) => (expect(ms).toBeGreaterThan(0), b);
		const standard = ohne(await gepflanztGeschuetzt({}));
		expect(ohne(await gepflanztGeschuetzt({ breite: 2 }))).toEqual(standard);
		const enger = ohne(await gepflanztGeschuetzt({ breite: 1 }));
		const weiter = ohne(await gepflanztGeschuetzt({ breite: 4 }));
		expect(enger.arbeit).toBeLessThan(standard.arbeit);
		expect(weiter.arbeit).toBeGreaterThan(standard.arbeit);
		expect(weiter.gesperrt).toBeGreaterThan(standard.gesperrt);
		expect(enger.gesperrt).toBeLessThanOrEqual(standard.gesperrt);
	});

	it('neither withholds nor audits a count of 0 (a district without Aussiedler*innen)', async () => {
		const voll = await gepflanztGeschuetzt({});
		const ohne = await gepflanztGeschuetzt({}, { zeilen: (z) => !z.includes(',100,') || !z.includes(',aussiedler,') });
		expect(ohne).toMatchObject({ ungeprueft: 0, zuEng: [], geprueft: ohne.primaer });
		expect(ohne.primaer).toBeLessThan(voll.primaer);
	});

	it('withholds nothing under a threshold of 1, and says so', async () => {
		const bericht = await gepflanztGeschuetzt({}, { schwelle: 1 });
		expect(bericht).toMatchObject({ gesperrt: 0, primaer: 0, geprueft: 0, ungeprueft: 0, lps: 0, erweitert: 0, zuEng: [] });
		expect(bericht.zellen).toBeGreaterThan(1000);
	});
});
