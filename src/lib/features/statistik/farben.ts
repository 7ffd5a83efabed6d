/** Colours of the cluster and significance maps: GeoDa's, so a planner who knows GeoDa reads them at once. */
import type { Clusterklasse } from '../../analysis/statistik/cluster';

export const CLUSTERFARBEN: Record<Clusterklasse, string> = {
	HH: '#d7191c',
	LL: '#2c7bb6',
	HL: '#fdae61',
	LH: '#abd9e9',
	ns: '#eeeeee',
	ohne_nachbarn: '#ffffff',
	gesperrt: '#9e9e9e'
};

export const SIGNIFIKANZSTUFEN = [
	{ bis: 0.001, label: 'p ≤ 0,001', farbe: '#006d2c' },
	{ bis: 0.01, label: 'p ≤ 0,01', farbe: '#31a354' },
	{ bis: 0.05, label: 'p ≤ 0,05', farbe: '#a1d99b' }
] as const;

export function signifikanzfarbe(p: number | null): string | null {
	if (p === null) return null;
	return SIGNIFIKANZSTUFEN.find((s) => p <= s.bis)?.farbe ?? CLUSTERFARBEN.ns;
}
