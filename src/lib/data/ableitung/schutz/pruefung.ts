/**
 * The audit of suppression (as τ-ARGUS does it): for each withheld cell to be protected, the smallest and
 * the largest value consistent with everything published — every equation of the linked tables with its
 * published members filled in, every withheld cell ≥ 0 — each a linear program solved by HiGHS. Equations
 * never span Stichtage and withheld cells link only through shared lines, so each connected set of
 * withheld cells is one model; its min and max for one cell after another are re-solved from the previous
 * basis (only the objective changes). Every solution HiGHS returns is a point consistent with everything
 * published, so it widens what is known of every cell's interval: a cell whose known points already span
 * its protection interval needs no LP of its own (its true interval contains them); `genau` asks for the
 * exact min and max of every cell instead. The LP relaxation is the attacker's best linear reasoning; an
 * attacker who also uses that counts are whole numbers can at most round the bounds inwards, which the
 * check allows for.
 */
import type { Highs } from 'highs';
import { anzahlLinien, type Schutzsystem } from './system';

export interface Intervall {
	/** The cell's index in the system. */
	zelle: number;
	wert: number;
	/** Bounds of the possible values: exact when `genau`, else an inner bound that already proves protection. */
	min: number;
	max: number;
	genau: boolean;
}

export interface Pruefergebnis {
	intervalle: Intervall[];
	/** Cells whose interval, rounded inwards to whole numbers, is narrower than `breite`. */
	zuEng: Intervall[];
	/** Cells not audited because the time limit was reached. */
	ungeprueft: number[];
	/** Linear programs solved. */
	lps: number;
}

export interface Pruefoptionen {
	/** The protection interval: max − min (rounded inwards) must be at least this. */
	breite: number;
	/** Exact min and max for every cell audited, not only proof of protection. */
	genau?: boolean;
	/** Stop auditing at this time (performance.now()); the rest is reported as not audited. */
	bis?: number;
	/** At most this many LPs (a deterministic limit: the same data give the same protection on every machine). */
	hoechstensLps?: number;
}

/** Starting directions of an audit (besides the two extremes): more cost LPs, fewer per cell. */
const RICHTUNGEN = 4;

interface Komponente {
	zellen: number[];
	linien: number[];
	ziele: number[];
}

/** The connected sets of withheld cells (linked by lines with more than one withheld member). */
function komponenten(s: Schutzsystem, ziele: readonly number[]): Komponente[] {
	const eltern = new Map<number, number>();
	const wurzel = (i: number): number => {
		let r = i;
		while (eltern.get(r) !== r) r = eltern.get(r)!;
		while (i !== r) {
			const n = eltern.get(i)!;
			eltern.set(i, r);
			i = n;
		}
		return r;
	};
	const linien: number[] = [];
	for (let l = 0; l < anzahlLinien(s); l++) {
		let erste = -1;
		for (let k = s.start[l]; k < s.start[l + 1]; k++) {
			const z = s.glied[k];
			if (!s.gesperrt[z]) continue;
			if (!eltern.has(z)) eltern.set(z, z);
			if (erste < 0) erste = z;
			else {
				const [a, b] = [wurzel(erste), wurzel(z)];
				if (a !== b) eltern.set(b, a);
			}
		}
		if (erste >= 0) linien.push(l);
	}
	const je = new Map<number, Komponente>();
	const von = (z: number) => {
		const w = wurzel(z);
		return je.get(w) ?? je.set(w, { zellen: [], linien: [], ziele: [] }).get(w)!;
	};
	for (const z of eltern.keys()) von(z).zellen.push(z);
	for (const l of linien) for (let k = s.start[l]; k < s.start[l + 1]; k++) if (s.gesperrt[s.glied[k]]) { von(s.glied[k]).linien.push(l); break; }
	for (const z of ziele) if (eltern.has(z)) von(z).ziele.push(z);
	return [...je.values()];
}

/** The rows of `linien` over the columns `spalte` gives (−1: a known value, moved to the right-hand side). */
function matrix(s: Schutzsystem, linien: readonly number[], spalte: (z: number) => number) {
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	const rechts: number[] = [];
	for (const l of linien) {
		let bekannt = 0;
		for (let i = s.start[l]; i < s.start[l + 1]; i++) {
			const z = s.glied[i];
			const j = spalte(z);
			if (j >= 0) {
				indices.push(j);
				values.push(s.faktor[i]);
			} else bekannt += s.faktor[i] * s.wert[z];
		}
		starts.push(indices.length);
		rechts.push(-bekannt);
	}
	return { starts, indices, values, rechts };
}

/** Audits `ziele` (withheld cells) against every line of the system. */
export function pruefe(highs: Highs, s: Schutzsystem, ziele: readonly number[], o: Pruefoptionen): Pruefergebnis {
	const ergebnis: Pruefergebnis = { intervalle: [], zuEng: [], ungeprueft: [], lps: 0 };
	const erschoepft = () => (o.bis !== undefined && performance.now() > o.bis) || (o.hoechstensLps !== undefined && ergebnis.lps >= o.hoechstensLps);
	const { minimize, maximize } = highs.constants.objectiveSense;
	const optimal = highs.constants.modelStatus.optimal;
	const weit = (lo: number, hi: number) => Math.floor(hi + 1e-6) - Math.ceil(lo - 1e-6) >= o.breite;
	const fertig = (iv: Intervall) => {
		ergebnis.intervalle.push(iv);
		if (!weit(iv.min, iv.max)) ergebnis.zuEng.push(iv);
	};
	for (const z of ziele) if (!s.gesperrt[z]) throw new Error(`Zelle ${z} ist nicht gesperrt.`);
	// A withheld cell in no line at all: nothing published bounds it.
	const allein = new Set(ziele);
	for (const k of komponenten(s, ziele)) {
		for (const z of k.ziele) allein.delete(z);
		if (k.ziele.length === 0) continue;
		if (erschoepft()) {
			ergebnis.ungeprueft.push(...k.ziele);
			continue;
		}
		const spalte = new Map(k.zellen.map((z, j) => [z, j]));
		const { starts, indices, values, rechts } = matrix(s, k.linien, (z) => (s.gesperrt[z] ? spalte.get(z)! : -1));
		const n = k.zellen.length;
		// The true values are one consistent point.
		const lo = Float64Array.from(k.zellen, (z) => s.wert[z]);
		const hi = lo.slice();
		const model = highs.createModel({
			numCols: n,
			numRows: k.linien.length,
			colCost: new Float64Array(n),
			colLower: new Float64Array(n),
			colUpper: new Float64Array(n).fill(highs.infinity),
			rowLower: rechts,
			rowUpper: rechts,
			matrix: { format: 'csr', numRows: k.linien.length, numCols: n, starts, indices, values }
		});
		try {
			model.options.set({ output_flag: false, presolve: 'off' });
			const loese = (sinn: typeof minimize): number => {
				model.changeObjectiveSense(sinn);
				model.run();
				ergebnis.lps++;
				const status = model.getModelStatus();
				if (status !== optimal) {
					if (sinn === maximize) return Infinity;
					throw new Error(`Prüfung der Geheimhaltung: das Gleichungssystem ist nicht lösbar (Status ${status}).`);
				}
				const x = model.getSolution().colValue;
				for (let j = 0; j < n; j++) {
					if (x[j] < lo[j]) lo[j] = x[j];
					if (x[j] > hi[j]) hi[j] = x[j];
				}
				return model.getObjectiveValue();
			};
			if (!o.genau) {
				// Points far apart to start with: all targets as high, then as low as they can be, then
				// pushed in fixed pseudo-random directions; each point moves many cells at once.
				let zufall = 12345;
				for (let runde = 0; runde < RICHTUNGEN; runde++) {
					for (const z of k.ziele) {
						zufall = (zufall * 1103515245 + 12345) >>> 0;
						model.changeColCost(spalte.get(z)!, runde === 0 || zufall & 0x10000 ? 1 : -1);
					}
					loese(maximize);
					if (runde === 0) loese(minimize);
				}
				for (const z of k.ziele) model.changeColCost(spalte.get(z)!, 0);
				// Then the targets not yet proven, all as high as they can be together, while a round proves a
				// tenth of them: a few LPs prove most of what would otherwise take one LP per cell.
				let offen = k.ziele.filter((z) => !weit(lo[spalte.get(z)!], hi[spalte.get(z)!]));
				for (let vorher = Infinity; offen.length && offen.length <= vorher * 0.9 && !erschoepft(); ) {
					vorher = offen.length;
					for (const z of offen) model.changeColCost(spalte.get(z)!, 1);
					loese(maximize);
					for (const z of offen) model.changeColCost(spalte.get(z)!, 0);
					offen = offen.filter((z) => !weit(lo[spalte.get(z)!], hi[spalte.get(z)!]));
				}
			}
			for (const z of k.ziele) {
				const j = spalte.get(z)!;
				if (!o.genau && weit(lo[j], hi[j])) {
					fertig({ zelle: z, wert: s.wert[z], min: lo[j], max: hi[j], genau: false });
					continue;
				}
				if (erschoepft()) {
					ergebnis.ungeprueft.push(z);
					continue;
				}
				model.changeColCost(j, 1);
				const max = loese(maximize);
				const genau = o.genau === true || !weit(lo[j], max);
				const min = genau ? loese(minimize) : lo[j];
				model.changeColCost(j, 0);
				fertig({ zelle: z, wert: s.wert[z], min, max, genau });
			}
		} finally {
			model.dispose();
		}
	}
	for (const z of allein) fertig({ zelle: z, wert: s.wert[z], min: 0, max: Infinity, genau: true });
	return ergebnis;
}
