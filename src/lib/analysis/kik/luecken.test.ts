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

describe('gaps: threshold, groups, city-wide measures and order', () => {
	// 5 (0.6) and 10 (0.8) have no running measure, 9 (0.8) one for women, 2 (0.5) one for all; 3 lies under the threshold.
	const bedarf = new Map<string, number | null>([['5', 0.6], ['10', 0.8], ['3', 0.49], ['9', 0.8], ['2', 0.5], ['4', null]]);
	const stand = new Map([
		m('SB 1.1', { status: 'laufend', stadtweit: false, bezirke: ['9'], zielgruppen: ['Frauen'] }),
		m('GT 1.1', { status: 'dauerhaft etabliert', stadtweit: true, zielgruppen: [] }),
		m('GT 1.2', { status: 'laufend', stadtweit: true, zielgruppen: ['Kinder'] }),
		m('GT 1.3', { status: 'laufend', stadtweit: true, bezirke: ['9'], zielgruppen: ['Frauen'] }),
		m('AA 1.1', { status: 'laufend', stadtweit: false, bezirke: ['2'], zielgruppen: ['alle'] }),
		m('BE 1.1', { status: 'umgesetzt', stadtweit: false, bezirke: ['10'], zielgruppen: [] })
	]);
	it('ordered by need, then by district number, then by Zielgruppe; city-wide measures counted per group, not as presence', () => {
		expect(luecken(bedarf, stand, () => null, ['Frauen', 'Kinder'])).toEqual([
			{ code: '9', zielgruppe: 'Kinder', bedarfsindex: 0.8, personen: null, laufendImBezirk: 1, stadtweit: 2 },
			{ code: '10', zielgruppe: 'Kinder', bedarfsindex: 0.8, personen: null, laufendImBezirk: 0, stadtweit: 2 },
			{ code: '10', zielgruppe: 'Frauen', bedarfsindex: 0.8, personen: null, laufendImBezirk: 0, stadtweit: 2 },
			{ code: '5', zielgruppe: 'Kinder', bedarfsindex: 0.6, personen: null, laufendImBezirk: 0, stadtweit: 2 },
			{ code: '5', zielgruppe: 'Frauen', bedarfsindex: 0.6, personen: null, laufendImBezirk: 0, stadtweit: 2 }
		]);
	});
	it('over all groups: a district without a running measure is one gap for all, every city-wide measure counting for it; people unknown by default', () => {
		const l = luecken(bedarf, stand);
		expect(l.map((x) => `${x.code} ${x.zielgruppe}`)).toEqual(['9 Kinder', '9 Jugendliche', '9 Eltern', '9 Senior*innen', '9 Neuzugewanderte', '9 Geflüchtete', '10 alle', '5 alle']);
		expect(l.find((x) => x.code === '10')).toEqual({ code: '10', zielgruppe: 'alle', bedarfsindex: 0.8, personen: null, laufendImBezirk: 0, stadtweit: 3 });
	});
	it('running measures per district by Handlungsfeld and Zielgruppe: a measure for all or for no group serves every group', () => {
		expect(laufendeJeBezirk(stand, ['9'], { handlungsfeld: 'SB' }).get('9')!.map((e) => e.massnahme)).toEqual(['SB 1.1']);
		expect(laufendeJeBezirk(stand, ['9'], { handlungsfeld: 'GT' }).get('9')).toEqual([]);
		expect(laufendeJeBezirk(stand, ['9', '2'], { zielgruppe: 'Kinder' })).toEqual(new Map([['9', []], ['2', [stand.get('AA 1.1')]]]));
		const ohneGruppe = new Map([m('IÖ 1.1', { status: 'laufend', stadtweit: false, bezirke: ['7'], zielgruppen: [] })]);
		expect(laufendeJeBezirk(ohneGruppe, ['7'], { zielgruppe: 'Kinder' }).get('7')).toHaveLength(1);
		expect(laufendeJeBezirk(stand, ['9'], { zielgruppe: 'alle' }).get('9')).toHaveLength(1);
	});
});
