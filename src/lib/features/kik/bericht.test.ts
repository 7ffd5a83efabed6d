import { describe, expect, it } from 'vitest';
import { leererStand } from '../../data/kik/stand';
import { vorigerBerichtstag } from './bericht';

describe('Statusbericht dates', () => {
	it('compares with the last day of records before the latest one', () => {
		const e = (t: string) => ({ ...leererStand('SB 2.4'), geaendertAm: t, geaendertVon: 'x' });
		const v = [e('2022-03-15'), e('2024-05-08'), e('2024-05-08T12:00:00Z'), e('2025-10-22')];
		expect(vorigerBerichtstag(v, '2026-01-01')).toBe('2024-05-08');
		expect(vorigerBerichtstag(v, '2024-12-31')).toBe('2022-03-15');
		expect(vorigerBerichtstag(v, '2022-12-31')).toBeNull();
	});
});
