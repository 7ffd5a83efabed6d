import { describe, expect, it } from 'vitest';
import { leererStand, type Massnahmenstand } from '../../data/kik/stand';
import { laufendeJeBezirk, luecken } from './luecken';

const m = (massnahme: string, mehr: Partial<Massnahmenstand>): [string, Massnahmenstand] => [massnahme, { ...leererStand(massnahme), geaendertAm: '2025-01-01', geaendertVon: 'KIA', ...mehr }];

describe('gaps: high need and no running measure for a group', () => {
	const bedarf = new Map<string, number | null>([['40', 1.4], ['41', 0.5], ['54', 0.2], ['60', null]]);
	const stand = new Map([
		m('SB 2.4', { status: 'laufend', stadtweit: false, bezirke: ['40'], zielgruppen: ['Neuzugewanderte'] }),
		m('GT 2.1', { status: 'geplant', stadtweit: false, bezirke: ['41'], zielgruppen: [] }),
		m('GT 3.1', { status: 'dauerhaft etabliert', stadtweit: true, zielgruppen: ['Frauen'] }),
		m('AA 1.1', { status: 'laufend', stadtweit: false, bezirke: ['54'] })
	]);
	const ergebnis = luecken(bedarf, stand, (code, g) => (g === 'Frauen' ? Number(code) * 10 : null), ['Neuzugewanderte', 'Frauen', 'alle']);
	it('names districts at or above the threshold whose running measures miss the group; a planned measure does not count; a district without any running measure is one gap for all', () => {
		expect(ergebnis.map((l) => `${l.code} ${l.zielgruppe}`)).toEqual(['40 Frauen', '41 alle']);
	});
	it('asked for one group, a district without any measure is a gap of that group', () => {
		expect(luecken(bedarf, stand, () => null, ['Neuzugewanderte']).map((l) => `${l.code} ${l.zielgruppe}`)).toEqual(['41 Neuzugewanderte']);
	});
	it('carries the numbers behind each gap', () => {
		const l = ergebnis.find((x) => x.code === '40')!;
		expect(l).toEqual({ code: '40', zielgruppe: 'Frauen', bedarfsindex: 1.4, personen: 400, laufendImBezirk: 1, stadtweit: 1 });
	});
	it('a measure for all groups closes every group in its district', () => {
		const mitAlle = new Map([...stand, m('GT 2.2', { status: 'laufend', stadtweit: false, bezirke: ['41'], zielgruppen: ['alle'] })]);
		expect(luecken(bedarf, mitAlle).some((l) => l.code === '41')).toBe(false);
	});
	it('counts running measures per district, by Handlungsfeld and Zielgruppe, city-wide ones left out', () => {
		const je = laufendeJeBezirk(stand, ['40', '41', '54']);
		expect([...je].map(([c, l]) => [c, l.length])).toEqual([['40', 1], ['41', 0], ['54', 1]]);
		expect(laufendeJeBezirk(stand, ['40', '54'], { handlungsfeld: 'SB' }).get('54')).toEqual([]);
		expect(laufendeJeBezirk(stand, ['40'], { zielgruppe: 'Frauen' }).get('40')).toEqual([]);
	});
});
