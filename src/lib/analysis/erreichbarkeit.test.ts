import { describe, expect, it } from 'vitest';
import { bevoelkerungspunkte } from './bevoelkerungspunkte';
import { erreichbarkeit, fusswegRegel, luftlinienradius, naechsteEntfernung } from './erreichbarkeit';
import { vorschlaege } from './vorschlag';
import { ebene, ort, zahlen } from './testing/wohnorte';

describe('coverage on a hand-made city', () => {
	// District a: A at 0 m (10 people, 4 with MH), B at 300 m (20, 16 with MH); district b: C at 1 000 m (30, none).
	const orte = [ort('a', 0, 0, 10, { mh: 4 }), ort('a', 300, 0, 20, { mh: 16 }), ort('b', 1000, 0, 30, { mh: 0 })];
	const p = bevoelkerungspunkte(orte, new Map([['a', zahlen(30, { mh: 20, unter18: 6 })], ['b', zahlen(30, { mh: 5 })]]), ebene);
	const angebot = [{ x: 0, y: 0 }];
	const reichweite = { distanzM: 500, umwegfaktor: 1.3 };

	it('reaches points whose straight line times the detour factor is within the walking distance', () => {
		const d = naechsteEntfernung(p, angebot);
		expect([...d].map((x) => Math.round(x))).toEqual([0, 300, 1000]);
		const e = erreichbarkeit(p, d, 'einwohner', reichweite);
		// B: 300 m × 1,3 = 390 m ≤ 500 m; C: 1 300 m > 500 m.
		const gerundet = (a: ReturnType<typeof e.je.get>) => ({ ...a!, medianM: a!.medianM === null ? null : Math.round(a!.medianM) });
		expect(gerundet(e.je.get('a'))).toEqual({ gesamt: 30, erreicht: 30, anteil: 100, medianM: 390, orte: 2 });
		expect(gerundet(e.je.get('b'))).toEqual({ gesamt: 30, erreicht: 0, anteil: 0, medianM: 1300, orte: 1 });
		expect(gerundet(e.stadt)).toEqual({ gesamt: 60, erreicht: 30, anteil: 50, medianM: 390, orte: 3 });
		// With a factor of 1.8 the walk to B is 540 m: out of reach.
		expect(erreichbarkeit(p, d, 'einwohner', { distanzM: 500, umwegfaktor: 1.8 }).je.get('a')!.anteil).toBeCloseTo(100 / 3, 10);
	});

	it('weights a target group by its own counts, scaled to the district totals', () => {
		const e = erreichbarkeit(p, naechsteEntfernung(p, angebot), 'mh', { distanzM: 300, umwegfaktor: 1 });
		// District a: 20 with MH spread 4 : 16 over A and B; only A (0 m) and B (300 m) are within 300 m.
		expect(e.je.get('a')).toMatchObject({ gesamt: 20, erreicht: 20, anteil: 100 });
		expect(e.je.get('a')!.medianM).toBeCloseTo(300, 6);
		// District b names no one with MH at its point: the 5 live where its inhabitants live.
		expect(e.je.get('b')!.gesamt).toBe(5);
		expect(p.geschaetzt.has('mh')).toBe(false);
		expect(p.geschaetzt.has('unter18')).toBe(true);
	});

	it('has no median and no share where nobody lives, and unknown coverage for a district without points', () => {
		const q = bevoelkerungspunkte(orte, new Map([['a', zahlen(30)], ['b', zahlen(30)], ['c', zahlen(12)]]), ebene);
		const e = erreichbarkeit(q, naechsteEntfernung(q, []), 'einwohner', reichweite);
		expect(e.je.get('a')).toEqual({ gesamt: 30, erreicht: 0, anteil: 0, medianM: null, orte: 2 });
		expect(e.je.has('c')).toBe(false);
		expect(q.ohneOrte).toEqual(['c']);
	});
});

describe('the walking distance and the median', () => {
	it('states the rule and reaches a straight line of distance ÷ detour factor', () => {
		expect(fusswegRegel({ distanzM: 500, umwegfaktor: 1.3 })).toBe('Luftlinie × 1,3');
		expect(luftlinienradius({ distanzM: 520, umwegfaktor: 1.3 })).toBeCloseTo(400, 9);
	});
	it('takes the median over the people sorted by distance, and counts only points where the group lives', () => {
		// Listed far to near: 10 people at 900 m, 10 at 100 m, 10 at 300 m, and a point where nobody lives at 0 m.
		const orte = [ort('a', 900, 0, 10), ort('a', 100, 0, 10), ort('a', 300, 0, 10), ort('a', 0, 0, 0)];
		const p = bevoelkerungspunkte(orte, new Map([['a', zahlen(30)]]), ebene);
		const a = erreichbarkeit(p, naechsteEntfernung(p, [{ x: 0, y: 0 }]), 'einwohner', { distanzM: 500, umwegfaktor: 1 }).je.get('a')!;
		expect(a.medianM).toBeCloseTo(300, 6);
		expect(a.orte).toBe(3);
		expect(a.erreicht).toBe(20);
	});
	it('a district where none of the group lives has no share, no median and no points', () => {
		const p = bevoelkerungspunkte([ort('a', 0, 0, 10, { mh: 0 })], new Map([['a', zahlen(10, { mh: 0 })]]), ebene);
		expect(erreichbarkeit(p, naechsteEntfernung(p, [{ x: 0, y: 0 }]), 'mh', { distanzM: 500, umwegfaktor: 1 }).je.get('a')).toEqual({ gesamt: 0, erreicht: 0, anteil: null, medianM: null, orte: 0 });
	});
});

describe('greedy suggestion of new locations', () => {
	// Three clusters on a line, each in one 250-m grid cell: 3 people around 125 m, 5 at 1 125 m, 2 around 2 150 m; nobody reached yet.
	const orte = [ort('a', 115, 125, 1), ort('a', 125, 125, 1), ort('a', 135, 125, 1), ort('b', 1125, 125, 5), ort('c', 2125, 125, 1), ort('c', 2175, 125, 1)];
	const p = bevoelkerungspunkte(orte, new Map([['a', zahlen(3)], ['b', zahlen(5)], ['c', zahlen(2)]]), ebene);
	const r = { distanzM: 200, umwegfaktor: 1 };
	const ohne = naechsteEntfernung(p, []);

	it('takes the location that reaches most first, and counts no one twice', () => {
		const v = vorschlaege(p, ohne, 'einwohner', r, 5);
		expect(v.map((s) => [Math.round(s.x), Math.round(s.neuErreicht)])).toEqual([
			[1125, 5],
			[125, 3],
			[2125, 2]
		]);
	});
	it('finds the optimum for k = 1 and leaves out people already reached', () => {
		const erreicht = naechsteEntfernung(p, [{ x: 1125, y: 125 }]);
		const [erster] = vorschlaege(p, erreicht, 'einwohner', r, 1);
		// The first cluster's cell centre reaches all three of it.
		expect(Math.round(erster.x)).toBe(125);
		expect(erster.neuErreicht).toBeCloseTo(3, 10);
	});
	it('suggests at most k locations, and none without residents', () => {
		expect(vorschlaege(p, ohne, 'einwohner', r, 2)).toHaveLength(2);
		const leer = bevoelkerungspunkte([], new Map([['a', zahlen(0)]]), ebene);
		expect(vorschlaege(leer, naechsteEntfernung(leer, []), 'einwohner', r, 3)).toEqual([]);
	});
	it('reaches a circle around the cell centre, not its bounding square, and its rim', () => {
		// Cell centre (125, 125); one person 200 m east of it (on the rim), one 150 m east and 175 m north (230 m: in the square, outside the circle).
		const q = bevoelkerungspunkte([ort('a', 125, 125, 1), ort('a', 325, 125, 1), ort('a', 275, 300, 1)], new Map([['a', zahlen(3)]]), ebene);
		const [erster] = vorschlaege(q, naechsteEntfernung(q, []), 'einwohner', r, 1);
		expect([Math.round(erster.x), Math.round(erster.y)]).toEqual([125, 125]);
		expect(erster.neuErreicht).toBeCloseTo(2, 10);
	});
});
