/**
 * Where the next offers should go: the k residential points that, as new offer locations, would bring
 * the most people of the target group within reach who are not reached today (greedy maximal
 * coverage: each step takes the location with the largest gain, then counts those people as reached).
 * Greedy is within (1 − 1/e) of the optimum for this problem and exact for k = 1.
 * Candidate gains come from precomputed neighbour lists (a Flatbush over the points), so a step costs
 * one pass over the candidates.
 */
import Flatbush from 'flatbush';
import type { Bevoelkerungspunkte } from './bevoelkerungspunkte';
import { fussweg, inReichweite, luftlinienradius, type Reichweite } from './erreichbarkeit';
import type { Gruppe } from './zielgruppen';

export interface Vorschlag {
	/** Index of the residential point the offer would stand at. */
	punkt: number;
	x: number;
	y: number;
	/** People of the group this location would newly reach (after the earlier suggestions). */
	neuErreicht: number;
}

/** For every point, the points within the straight-line radius (including itself). */
function nachbarn(p: Bevoelkerungspunkte, radius: number): number[][] {
	const index = new Flatbush(Math.max(p.n, 1));
	for (let i = 0; i < p.n; i++) index.add(p.x[i], p.y[i], p.x[i], p.y[i]);
	if (p.n === 0) index.add(0, 0, 0, 0);
	index.finish();
	const r2 = (radius + 0.001) ** 2;
	return Array.from({ length: p.n }, (_, i) =>
		index.search(p.x[i] - radius, p.y[i] - radius, p.x[i] + radius, p.y[i] + radius, (j) => j < p.n && (p.x[j] - p.x[i]) ** 2 + (p.y[j] - p.y[i]) ** 2 <= r2)
	);
}

export function vorschlaege(p: Bevoelkerungspunkte, luftlinie: Float64Array, gruppe: Gruppe, r: Reichweite, k: number): Vorschlag[] {
	const w = p.gewicht[gruppe];
	const offen = new Float64Array(p.n);
	for (let i = 0; i < p.n; i++) offen[i] = inReichweite(fussweg(luftlinie[i], r), r) ? 0 : w[i];
	const liste = nachbarn(p, luftlinienradius(r));
	const gewinn = liste.map((l) => l.reduce((a, j) => a + offen[j], 0));
	const ergebnis: Vorschlag[] = [];
	for (let schritt = 0; schritt < k; schritt++) {
		let best = -1;
		for (let i = 0; i < p.n; i++) if (gewinn[i] > 0 && (best < 0 || gewinn[i] > gewinn[best])) best = i;
		if (best < 0) break;
		ergebnis.push({ punkt: best, x: p.x[best], y: p.y[best], neuErreicht: gewinn[best] });
		// The people reached now no longer count for any candidate whose circle holds them.
		for (const j of liste[best]) {
			if (offen[j] === 0) continue;
			for (const c of liste[j]) gewinn[c] -= offen[j];
			offen[j] = 0;
		}
	}
	return ergebnis;
}
