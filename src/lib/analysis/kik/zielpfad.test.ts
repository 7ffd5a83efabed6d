import { describe, expect, it } from 'vitest';
import { beurteile, pfadwert, type Zielvorgabe } from './zielpfad';

// Baseline 40 % at the end of 2020, target 60 % at the end of 2030: the path rises 2 points a year.
const ziel: Zielvorgabe = { messbar: true, ausgangswert: 40, ausgangsStichtag: '2020-12-31', zielwert: 60, zieljahr: 2030, richtung: 'steigend' };

describe('on-track judgement on a linear path from baseline to target', () => {
	it('places the path between baseline and target and holds it after the target date', () => {
		expect(pfadwert(ziel, '2020-12-31')).toBe(40);
		expect(pfadwert(ziel, '2025-12-31')).toBeCloseTo(50, 1);
		expect(pfadwert(ziel, '2035-12-31')).toBe(60);
	});
	it('on track: the latest value is at or above the path', () => {
		const b = beurteile(ziel, [{ stichtag: '2022-12-31', wert: 44.5 }, { stichtag: '2024-12-31', wert: 48.5 }]);
		expect(b.urteil).toBe('auf Kurs');
		expect(b.ist).toEqual({ stichtag: '2024-12-31', wert: 48.5 });
		expect(b.soll).toBeCloseTo(48, 1);
		expect(b.abstand).toBeCloseTo(11.5);
		expect(b.trendJeJahr).toBeCloseTo(2.1, 1);
		expect(b.pfadJeJahr).toBeCloseTo(2, 2);
	});
	it('off track: below the path although rising', () => {
		const b = beurteile(ziel, [{ stichtag: '2022-12-31', wert: 41 }, { stichtag: '2024-12-31', wert: 43 }]);
		expect(b.urteil).toBe('nicht auf Kurs');
		expect(b.abstand).toBe(17);
		expect(b.trendJeJahr!).toBeGreaterThan(0);
	});
	it('reached: at or beyond the target value, also before the target year', () => {
		expect(beurteile(ziel, [{ stichtag: '2023-12-31', wert: 60 }]).urteil).toBe('erreicht');
		expect(beurteile(ziel, [{ stichtag: '2023-12-31', wert: 61 }]).abstand).toBe(-1);
	});
	it('a falling goal counts values below the path as on track', () => {
		const fallend: Zielvorgabe = { ...ziel, ausgangswert: 30, zielwert: 20, richtung: 'fallend' };
		expect(beurteile(fallend, [{ stichtag: '2025-12-31', wert: 24 }]).urteil).toBe('auf Kurs');
		expect(beurteile(fallend, [{ stichtag: '2025-12-31', wert: 27 }]).urteil).toBe('nicht auf Kurs');
		expect(beurteile(fallend, [{ stichtag: '2025-12-31', wert: 19 }]).urteil).toBe('erreicht');
	});
	it('no data: no value after the baseline (values before or at it do not count)', () => {
		const b = beurteile(ziel, [{ stichtag: '2019-12-31', wert: 70 }, { stichtag: '2020-12-31', wert: 40 }]);
		expect(b.urteil).toBe('keine Daten');
		expect(b.ist).toBeNull();
		expect(b.pfad).not.toBeNull();
	});
	it('no baseline, no target, not measurable', () => {
		const reihe = [{ stichtag: '2022-12-31', wert: 50 }];
		expect(beurteile({ ...ziel, ausgangswert: null, ausgangsStichtag: null }, reihe).urteil).toBe('keine Ausgangsbasis');
		expect(beurteile({ ...ziel, zielwert: null, zieljahr: null }, reihe).urteil).toBe('kein Zielwert');
		expect(beurteile({ ...ziel, messbar: false }, reihe).urteil).toBe('nicht messbar');
	});
	it('judges as of an earlier date with the values known then', () => {
		const reihe = [{ stichtag: '2022-12-31', wert: 45 }, { stichtag: '2024-12-31', wert: 45.5 }];
		expect(beurteile(ziel, reihe, '2023-06-30').urteil).toBe('auf Kurs');
		expect(beurteile(ziel, reihe).urteil).toBe('nicht auf Kurs');
	});
});

describe('the edges of the judgement', () => {
	// Falling from 10 at the end of 2020 to 6 at the end of 2022: at the end of 2021 the path is exactly 8.
	const fallend: Zielvorgabe = { messbar: true, ausgangswert: 10, ausgangsStichtag: '2020-12-31', zielwert: 6, zieljahr: 2022, richtung: 'fallend' };
	it('a falling goal exactly at its target is reached, exactly on its path on track, above it not', () => {
		expect(beurteile(fallend, [{ stichtag: '2021-12-31', wert: 6 }]).urteil).toBe('erreicht');
		expect(beurteile(fallend, [{ stichtag: '2021-12-31', wert: 8 }]).urteil).toBe('auf Kurs');
		expect(beurteile(fallend, [{ stichtag: '2021-12-31', wert: 8.5 }]).urteil).toBe('nicht auf Kurs');
		expect(beurteile({ ...fallend, richtung: 'steigend', zielwert: 14 }, [{ stichtag: '2021-12-31', wert: 12 }]).urteil).toBe('auf Kurs');
	});
	it('judges the latest value by date, whatever the order of the series, and counts a value on the "as of" date', () => {
		const reihe = [{ stichtag: '2021-12-31', wert: 9 }, { stichtag: '2022-06-30', wert: 6 }, { stichtag: '2021-06-30', wert: 7 }];
		expect(beurteile(fallend, reihe).ist).toEqual({ stichtag: '2022-06-30', wert: 6 });
		expect(beurteile(fallend, reihe, '2021-12-31').ist).toEqual({ stichtag: '2021-12-31', wert: 9 });
	});
	it('draws the path from the baseline to the target value at 31 December of the target year', () => {
		expect(beurteile(fallend, []).pfad).toEqual([{ stichtag: '2020-12-31', wert: 10 }, { stichtag: '2022-12-31', wert: 6 }]);
	});
	it('has no path and no judgement when a baseline or target part is missing', () => {
		for (const fehlt of [{ ausgangswert: null }, { ausgangsStichtag: null }, { zielwert: null }, { zieljahr: null }]) expect(pfadwert({ ...fallend, ...fehlt }, '2021-12-31')).toBeNull();
		expect(beurteile({ ...fallend, ausgangswert: null }, [{ stichtag: '2021-12-31', wert: 6 }]).urteil).toBe('keine Ausgangsbasis');
		expect(beurteile({ ...fallend, zielwert: null }, [{ stichtag: '2021-12-31', wert: 6 }]).urteil).toBe('kein Zielwert');
		expect(beurteile({ ...fallend, zieljahr: null }, [{ stichtag: '2021-12-31', wert: 6 }]).urteil).toBe('kein Zielwert');
	});
});
