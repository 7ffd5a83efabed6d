import { describe, expect, it } from 'vitest';
import { haengeAn, leererStand, type Massnahmenstand } from '../../data/kik/stand';
import { aenderungen } from './aenderungen';
import { statusJeHandlungsfeld, summeUeber } from './uebersicht';

const e = (massnahme: string, status: Massnahmenstand['status'], geaendertAm: string, umsetzungsgrad: number | null = null): Massnahmenstand => ({ ...leererStand(massnahme), status, umsetzungsgrad, geaendertAm, geaendertVon: 'KIA' });

const verlauf = [e('SB 2.4', 'geplant', '2022-03-15', 0), e('SB 2.4', 'laufend', '2024-05-08', 40), e('GT 2.1', 'laufend', '2022-03-15', 30), e('GT 2.1', 'laufend', '2024-05-08', 50), e('AA 1.1', 'in Vorbereitung', '2024-01-20')].reduce(
	(v, x) => haengeAn(v, x),
	[] as readonly Massnahmenstand[]
);

describe('changes between two report dates', () => {
	it('lists status changes, new measures, and goals whose judgement changed', () => {
		const a = aenderungen(verlauf, '2022-12-31', '2024-12-31', new Map([['GT 2', 'auf Kurs'], ['SB 1', 'keine Daten']]), new Map([['GT 2', 'nicht auf Kurs'], ['SB 1', 'keine Daten']]));
		expect(a.status.map((s) => [s.massnahme, s.vorher, s.nachher, s.gradVorher, s.gradNachher])).toEqual([['SB 2.4', 'geplant', 'laufend', 0, 40]]);
		expect(a.neu.map((n) => n.massnahme)).toEqual(['AA 1.1']);
		expect(a.ziele).toEqual([{ schluessel: 'GT 2', vorher: 'auf Kurs', nachher: 'nicht auf Kurs' }]);
	});
	it('lists changed and new measures in the order of their numbers (SB 2.10 after SB 2.9)', () => {
		const v = [e('SB 2.10', 'geplant', '2022-03-15'), e('SB 2.9', 'geplant', '2022-03-15'), e('AA 1.1', 'geplant', '2022-03-15'), e('SB 2.10', 'laufend', '2024-05-08'), e('SB 2.9', 'laufend', '2024-05-08'), e('AA 1.1', 'laufend', '2024-05-08'), e('SB 3.10', 'geplant', '2024-05-08'), e('SB 3.9', 'geplant', '2024-05-08'), e('GT 1.1', 'geplant', '2024-05-08')].reduce(
			(x, y) => haengeAn(x, y),
			[] as readonly Massnahmenstand[]
		);
		const a = aenderungen(v, '2022-12-31', '2024-12-31');
		expect(a.status.map((s) => s.massnahme)).toEqual(['AA 1.1', 'SB 2.9', 'SB 2.10']);
		expect(a.neu.map((n) => n.massnahme)).toEqual(['GT 1.1', 'SB 3.9', 'SB 3.10']);
	});
	it('lists no goal judged for the first time as changed', () => {
		const a = aenderungen(verlauf, '2022-12-31', '2024-12-31', new Map(), new Map([['GT 2', 'auf Kurs']]));
		expect(a.ziele).toEqual([]);
	});
	it('counts every measure of a Handlungsfeld once, by its state at the date', () => {
		const massnahmen = [{ id: 'SB 2.4', handlungsfeld: 'SB' }, { id: 'SB 2.5', handlungsfeld: 'SB' }, { id: 'GT 2.1', handlungsfeld: 'GT' }];
		const zeilen = statusJeHandlungsfeld(massnahmen, new Map([...aenderungen(verlauf, '2000-01-01', '2024-12-31').neu.map((n) => [n.massnahme, n] as const)]));
		const sb = zeilen.find((z) => z.handlungsfeld === 'SB')!;
		expect(sb.gesamt).toBe(2);
		expect(sb.anzahl.laufend).toBe(1);
		expect(sb.anzahl['nicht erfasst']).toBe(1);
		expect(sb.mittlererGrad).toBe(40);
		const stadt = summeUeber(zeilen);
		expect(stadt.gesamt).toBe(3);
		expect(stadt.anzahl.laufend).toBe(2);
		expect(stadt.mittlererGrad).toBe(45);
	});
	it('the mean Umsetzungsgrad is over the measures with one; the city mean weighs each Handlungsfeld by them', () => {
		const stand = new Map([...aenderungen(verlauf, '2000-01-01', '2024-12-31').neu.map((n) => [n.massnahme, n] as const)]);
		// SB 2.4 at 40 and SB 2.5 at 10, SB 2.6 without a grade; GT 2.1 at 50.
		stand.set('SB 2.5', { ...e('SB 2.5', 'laufend', '2024-05-08', 10) });
		stand.set('SB 2.6', { ...e('SB 2.6', 'geplant', '2024-05-08', null) });
		const zeilen = statusJeHandlungsfeld([{ id: 'SB 2.4', handlungsfeld: 'SB' }, { id: 'SB 2.5', handlungsfeld: 'SB' }, { id: 'SB 2.6', handlungsfeld: 'SB' }, { id: 'GT 2.1', handlungsfeld: 'GT' }], stand);
		const sb = zeilen.find((z) => z.handlungsfeld === 'SB')!;
		expect([sb.mittlererGrad, sb.mitGrad, sb.gesamt]).toEqual([25, 2, 3]);
		expect(zeilen.find((z) => z.handlungsfeld === 'AA')).toMatchObject({ gesamt: 0, mittlererGrad: null, mitGrad: 0 });
		const stadt = summeUeber(zeilen);
		expect([stadt.mittlererGrad, stadt.mitGrad]).toEqual([(40 + 10 + 50) / 3, 3]);
		expect(summeUeber(zeilen.filter((z) => z.handlungsfeld === 'AA')).mittlererGrad).toBeNull();
	});
});
