import { describe, expect, it } from 'vitest';
import { haengeAn, leererStand, standAm, statusVon, verlaufVon, type Massnahmenstand } from './stand';

const eintrag = (massnahme: string, status: Massnahmenstand['status'], geaendertAm: string, mehr: Partial<Massnahmenstand> = {}): Massnahmenstand => ({
	...leererStand(massnahme),
	status,
	geaendertAm,
	geaendertVon: 'Kommunale Integrationsarbeit',
	...mehr
});

describe('measure-state history', () => {
	it('appends a change without touching the earlier state, and the latest record is the current state', () => {
		const v0 = haengeAn([], eintrag('SB 2.4', 'geplant', '2022-03-15', { umsetzungsgrad: 0 }));
		const v1 = haengeAn(v0, eintrag('SB 2.4', 'laufend', '2024-05-08', { umsetzungsgrad: 40 }));
		expect(v0).toHaveLength(1);
		expect(v1).toHaveLength(2);
		expect(v1[0]).toEqual(v0[0]);
		expect(v1[0].status).toBe('geplant');
		expect(() => ((v1[0] as Massnahmenstand).status = 'umgesetzt')).toThrow();
		expect(standAm(v1).get('SB 2.4')?.status).toBe('laufend');
		expect(standAm(v1, '2023-12-31').get('SB 2.4')?.status).toBe('geplant');
		expect(standAm(v1, '2021-12-31').has('SB 2.4')).toBe(false);
		expect(statusVon(standAm(v1, '2021-12-31'), 'SB 2.4')).toBe('nicht erfasst');
		expect(verlaufVon(v1, 'SB 2.4').map((e) => e.status)).toEqual(['geplant', 'laufend']);
	});
	it('orders by the date of change, not by the order of import, and a record of the same day later in the file wins', () => {
		let v = haengeAn([], eintrag('GT 2.1', 'umgesetzt', '2025-01-10'));
		v = haengeAn(v, eintrag('GT 2.1', 'geplant', '2022-01-10'));
		v = haengeAn(v, eintrag('GT 2.1', 'dauerhaft etabliert', '2025-01-10'));
		expect(standAm(v).get('GT 2.1')?.status).toBe('dauerhaft etabliert');
		expect(verlaufVon(v, 'GT 2.1').map((e) => e.status)).toEqual(['geplant', 'umgesetzt', 'dauerhaft etabliert']);
		expect(standAm(v, '2025-01-10').get('GT 2.1')?.status).toBe('dauerhaft etabliert');
		expect(standAm(v, '2025-01-09').get('GT 2.1')?.status).toBe('geplant');
	});
	it('a record with a time of day counts for its day', () => {
		const v = haengeAn([], eintrag('AA 1.1', 'laufend', '2026-11-30T14:05:00.000Z'));
		expect(standAm(v, '2026-11-30').get('AA 1.1')?.status).toBe('laufend');
		expect(standAm(v, '2026-11-29').size).toBe(0);
	});
});
