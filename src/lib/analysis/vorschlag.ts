/**
 * Where the next offers should go: the k locations that would bring the most people of the target
 * group within reach who are not reached today (greedy maximal coverage: each step takes the location
 * with the largest gain, then counts those people as reached). Greedy is within (1 − 1/e) of the
 * optimum for this problem and exact for k = 1.
 * The candidate locations are the centres of the protection grid's cells that hold residential points
 * (schaetzschutz.ts), never a residential point itself, so a suggestion shows no household's place.
 * Candidate gains come from precomputed neighbour lists (a Flatbush over the points), so a step costs
 * one pass over the candidates.
 */
import Flatbush from 'flatbush';
import type { Bevoelkerungspunkte } from './bevoelkerungspunkte';
import { fussweg, inReichweite, luftlinienradius, type Reichweite } from './erreichbarkeit';
import { rasterpunkt } from './schaetzschutz';
import type { Gruppe } from './zielgruppen';

export interface Vorschlag {
	x: number;
	y: number;
	/** People of the group this location would newly reach (after the earlier suggestions); raw, shown only protected. */
	neuErreicht: number;
}

/** The centres of the grid cells that hold at least one residential point. */
function kandidaten(p: Bevoelkerungspunkte): { x: number; y: number }[] {
	const zellen = new Map<string, { x: number; y: number }>();
	for (let i = 0; i < p.n; i++) {
		const z = rasterpunkt(p.x[i], p.y[i]);
		zellen.set(`${z.x}|${z.y}`, z);
	}
	return [...zellen.values()];
}

/** For every candidate, the points within the straight-line radius. */
function nachbarn(p: Bevoelkerungspunkte, orte: readonly { x: number; y: number }[], radius: number): number[][] {
	const index = new Flatbush(Math.max(p.n, 1));
	for (let i = 0; i < p.n; i++) index.add(p.x[i], p.y[i], p.x[i], p.y[i]);
	if (p.n === 0) index.add(0, 0, 0, 0);
	index.finish();
	const r2 = (radius + 0.001) ** 2;
	return orte.map((o) => index.search(o.x - radius, o.y - radius, o.x + radius, o.y + radius, (j) => j < p.n && (p.x[j] - o.x) ** 2 + (p.y[j] - o.y) ** 2 <= r2));
}

export function vorschlaege(p: Bevoelkerungspunkte, luftlinie: Float64Array, gruppe: Gruppe, r: Reichweite, k: number): Vorschlag[] {
	const w = p.gewicht[gruppe];
	const offen = new Float64Array(p.n);
	for (let i = 0; i < p.n; i++) offen[i] = inReichweite(fussweg(luftlinie[i], r), r) ? 0 : w[i];
	const orte = kandidaten(p);
	const liste = nachbarn(p, orte, luftlinienradius(r));
	const bei: number[][] = Array.from({ length: p.n }, () => []);
	liste.forEach((l, c) => l.forEach((j) => bei[j].push(c)));
	const gewinn = liste.map((l) => l.reduce((a, j) => a + offen[j], 0));
	const ergebnis: Vorschlag[] = [];
	for (let schritt = 0; schritt < k; schritt++) {
		let best = -1;
		for (let c = 0; c < orte.length; c++) if (gewinn[c] > 1e-9 && (best < 0 || gewinn[c] > gewinn[best])) best = c;
		if (best < 0) break;
		ergebnis.push({ x: orte[best].x, y: orte[best].y, neuErreicht: gewinn[best] });
		// The people reached now no longer count for any candidate whose circle holds them.
		for (const j of liste[best]) {
			if (offen[j] === 0) continue;
			for (const c of bei[j]) gewinn[c] -= offen[j];
			offen[j] = 0;
		}
	}
	return ergebnis;
}
