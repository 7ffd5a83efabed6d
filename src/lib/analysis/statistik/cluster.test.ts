import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { clusteranalyse } from './cluster';

const reihe = (n: number): Feature<Polygon>[] =>
	Array.from({ length: n }, (_, x) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } }));
const z = (code: string, zaehler: number | null, nenner: number | null, gesperrt = false) => ({ code, zaehler, nenner, gesperrt });

describe('cluster analysis: which districts are tested', () => {
	it('districts without counts or without people are left out like withheld ones; under three left, nothing is tested', () => {
		const a = clusteranalyse([z('1', 10, 100), z('2', null, 100), z('3', 5, 0), z('4', 20, 100), z('5', 1, 10, true)], reihe(5), { art: 'queen', korrektur: 'keine', permutationen: 9, seed: 1 });
		expect([a.n, a.global]).toEqual([2, null]);
		expect(a.bezirke.map((b) => b.klasse)).toEqual(['gesperrt', 'gesperrt', 'gesperrt', 'gesperrt', 'gesperrt']);
	});
	it('three districts are tested; one left without a neighbour is not', () => {
		// 1 and 2 touch; 4 is cut off from them by the withheld 3.
		const a = clusteranalyse([z('1', 10, 100), z('2', 20, 100), z('3', 1, 10, true), z('4', 30, 100)], reihe(4), { art: 'queen', korrektur: 'keine', permutationen: 9, seed: 1 });
		expect(a.n).toBe(3);
		expect(a.global).not.toBeNull();
		expect(a.bezirke.map((b) => b.klasse)).toEqual(['ns', 'ns', 'gesperrt', 'ohne_nachbarn']);
		expect(a.bezirke[3]).toMatchObject({ code: '4', p: null, pKorrigiert: null });
		expect(a.bezirke[0].p).not.toBeNull();
		expect([a.permutationen, a.seed, a.korrektur]).toEqual([9, 1, 'keine']);
	});
});
