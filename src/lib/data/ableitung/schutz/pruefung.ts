/**
 * The audit of suppression (as τ-ARGUS does it): for each withheld cell to be protected, the smallest and
 * the largest value consistent with everything published — every equation of the linked tables with its
 * published members filled in, every withheld cell ≥ 0 — each a linear program solved by HiGHS. Equations
 * never span Stichtage and withheld cells link only through shared lines, so each connected set of
 * withheld cells is one model; its min and max for one cell after another are re-solved from the previous
 * basis (only the objective changes), by primal simplex. Every solution HiGHS returns is a point consistent with everything
 * published, and so is its reflection through the true values (spiegelung.ts), so each widens what is
 * known of every cell's interval: a cell whose known points already span its protection interval needs no
 * LP of its own (its true interval contains them); `genau` asks for the exact min and max of every cell instead. For a cell found too narrow, the max LP's duals name the lines
 * that bind it and so the shown cells that can widen it (`hebel`). The LP relaxation is the attacker's best linear reasoning; an
 * attacker who also uses that counts are whole numbers can at most round the bounds inwards, which the
 * check allows for.
 */
import type { Basis, Highs } from 'highs';
import type { Schutzsystem } from './system';
import { komponenten, matrix } from './komponenten';
import { beginne, merke, type Basisgedaechtnis } from './basen';
import { spiegele, spiegelgrenzen, stimmig } from './spiegelung';

export interface Intervall {
	/** The cell's index in the system. */
	zelle: number;
	wert: number;
	/** Bounds of the possible values: exact when `genau`, else an inner bound that already proves protection. */
	min: number;
	max: number;
	genau: boolean;
	/**
	 * When too narrow: the shown cells whose withholding loosens the bound the LP proved for its max — the
	 * members of the lines binding the cell in the LP's optimum (non-zero dual) that keep a non-zero
	 * coefficient in the lines' combination (a member the combination cancels, or a line not binding the
	 * cell, would leave the bound as it is); a 0 only where raising it raises the cell (below 0 it cannot go).
	 */
	hebel?: number[];
}

export interface Pruefergebnis {
	intervalle: Intervall[];
	/** Cells whose interval, rounded inwards to whole numbers, is narrower than `breite`. */
	zuEng: Intervall[];
	/** Cells not audited because the time limit or the limit of work was reached. */
	ungeprueft: number[];
	/** Linear programs solved, and their work (`arbeitDesLps`), summed (`hoechstensArbeit`). */
	lps: number;
	arbeit: number;
}

export interface Pruefoptionen {
	/** The protection interval: max − min (rounded inwards) must be at least this. */
	breite: number;
	/** Exact min and max for every cell audited, not only proof of protection. */
	genau?: boolean;
	/** Stop auditing at this time (performance.now()); the rest is reported as not audited. */
	bis?: number;
	/**
	 * At most this much work (`arbeitDesLps`), summed over the LPs solved: a deterministic limit (the same
	 * data give the same protection on every machine) that follows the LPs' cost, as neither a count of LPs
	 * nor one of their models' cells does: a re-audit from the last basis takes tens of iterations, the
	 * model's first LP a thousand or more. An LP may take as many simplex iterations as the work left pays
	 * for (at least as many as its fixed share would, so that a small model's LP begun is finished): one LP
	 * of a model far larger than the default data set's cannot take the load past the limit either.
	 */
	hoechstensArbeit?: number;
	/** Called now and then with the share of `ziele` decided, after which the audit yields to the page. */
	zwischendurch?: (anteil: number) => void;
	/** The models' last bases from earlier audits of this system (basen.ts), which models that grew since start from. */
	basen?: Basisgedaechtnis;
}

/**
 * The work of one LP, in units of one simplex iteration over one line (~0,1 µs in Node, fitted over the
 * LPs of the default data set, an own import and generated cities of 24 and 200 districts, CPU time
 * per LP): its simplex iterations as HiGHS reports them × its model's lines (an iteration's cost follows
 * the basis, one column per line), plus twice its model's cells (setting up the run and reading back its
 * solution and basis: ~0,2 µs a cell even without an iteration) and a fixed share for each LP (~0,1 ms,
 * the calls between JavaScript and WebAssembly), so that no data, however many tiny models they make,
 * get more LPs than the limit pays for.
 */
function arbeitDesLps(iterationen: number, linien: number, zellen: number): number {
	return iterationen * linien + 2 * zellen + GRUNDARBEIT;
}

/** The fixed share of each LP's work (arbeitDesLps). */
const GRUNDARBEIT = 1_000;

/** HiGHS's largest iteration limit (a 32-bit integer). */
const OHNE_GRENZE = 2 ** 31 - 1;

/** How long the audit runs before it yields to the page (ms): it runs beside the page, not in a worker. */
const PAUSE_NACH_MS = 50;

/**
 * HiGHS's primal simplex, for every LP of a model after its first: only the objective changes (or the
 * reflection's bounds are lifted, which keeps the basis), so primal simplex goes on from the last basis,
 * where the dual simplex (HiGHS's default) starts over; on the default data set's largest model (2 037 cells, 606 lines) a cell's min or max takes
 * ~5 ms instead of ~160 ms. The first LP, from no basis, the dual simplex solves faster.
 */
const PRIMAL = 4;

/**
 * The share of a model's lines with exactly two withheld cells above which HiGHS's presolve runs before
 * its first LP (the later ones start from that LP's basis and skip it): it substitutes one cell of a pair
 * for the other and solves a far smaller LP. On the default data set's models with breakdowns (2 900
 * cells, 1 960 lines, 70 % pairs) the first LP then takes ~450 simplex iterations instead of ~1 700; on
 * those without (2 000 cells, 600 lines, 7 % pairs) presolve costs more than it saves (1 700 against 1 270).
 */
const PAARE_FUER_PRESOLVE = 0.5;

/** The shown cells whose withholding loosens the bound on cell z that the duals `y` of `linien` prove (Intervall.hebel). */
function hebel(s: Schutzsystem, linien: readonly number[], y: ArrayLike<number>, z: number): number[] {
	const anteil = new Map<number, number>();
	for (const [r, l] of linien.entries()) {
		if (Math.abs(y[r]) < 1e-9) continue;
		for (let i = s.start[l]; i < s.start[l + 1]; i++) anteil.set(s.glied[i], (anteil.get(s.glied[i]) ?? 0) + y[r] * s.faktor[i]);
	}
	// The combination says Σ anteil·x = 0: raising a cell whose share has the sign opposite to z's raises z.
	const eigen = anteil.get(z) ?? 0;
	return [...anteil].filter(([g, a]) => !s.gesperrt[g] && Math.abs(a) > 1e-9 && (s.wert[g] > 0 || a * eigen < 0)).map(([g]) => g);
}

/** Audits `ziele` (withheld cells) against every line of the system. */
export async function pruefe(highs: Highs, s: Schutzsystem, ziele: readonly number[], o: Pruefoptionen): Promise<Pruefergebnis> {
	const ergebnis: Pruefergebnis = { intervalle: [], zuEng: [], ungeprueft: [], lps: 0, arbeit: 0 };
	// An LP stopped at the iteration limit (its work used up the rest) proves nothing: the audit stops there.
	let abgebrochen = false;
	const erschoepft = () => abgebrochen || (o.bis !== undefined && performance.now() > o.bis) || (o.hoechstensArbeit !== undefined && ergebnis.arbeit >= o.hoechstensArbeit);
	let pause = performance.now();
	const vielleichtPause = async () => {
		if (performance.now() - pause < PAUSE_NACH_MS) return;
		o.zwischendurch?.((ergebnis.intervalle.length + ergebnis.ungeprueft.length) / Math.max(ziele.length, 1));
		await new Promise((weiter) => setTimeout(weiter, 0));
		pause = performance.now();
	};
	const { minimize, maximize } = highs.constants.objectiveSense;
	const { optimal, unbounded: unbeschraenkt, unboundedOrInfeasible: unbeschraenktOderLeer, iterationLimit: amLimit } = highs.constants.modelStatus;
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
		const x0 = Float64Array.from(k.zellen, (z) => s.wert[z]);
		// The true values are one consistent point, unless the tables contradict each other within their precision.
		const punkt = stimmig(x0, starts, indices, values, rechts);
		const lo = punkt ? x0.slice() : new Float64Array(n).fill(Infinity);
		const hi = punkt ? x0.slice() : new Float64Array(n).fill(-Infinity);
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
			const paare = rechts.filter((_, r) => starts[r + 1] - starts[r] === 2).length;
			model.options.set({ output_flag: false, presolve: paare > PAARE_FUER_PRESOLVE * rechts.length ? 'on' : 'off' });
			const fortgesetzt = o.basen !== undefined && beginne(highs, model, o.basen, k);
			if (fortgesetzt) model.options.set({ simplex_strategy: PRIMAL });
			let loesung: ReturnType<typeof model.getSolution> | undefined;
			let basis: Basis | undefined;
			const erstesLp = ergebnis.lps;
			/** The optimum's objective value, or undefined when the work left ran out during the LP. */
			const loese = (sinn: typeof minimize): number | undefined => {
				loesung = undefined;
				model.changeObjectiveSense(sinn);
				if (o.hoechstensArbeit !== undefined) {
					const uebrig = Math.max(o.hoechstensArbeit - ergebnis.arbeit, GRUNDARBEIT);
					model.options.set({ simplex_iteration_limit: Math.min(Math.ceil(uebrig / k.linien.length), OHNE_GRENZE) });
				}
				model.run();
				if (ergebnis.lps++ === erstesLp) model.options.set({ simplex_strategy: PRIMAL });
				ergebnis.arbeit += arbeitDesLps(Number(model.info.get('simplex_iteration_count')), k.linien.length, n);
				const status = model.getModelStatus();
				if (status === amLimit) {
					abgebrochen = true;
					return undefined;
				}
				if (status !== optimal) {
					if (sinn === maximize && (status === unbeschraenkt || status === unbeschraenktOderLeer)) return Infinity;
					throw new Error(`Prüfung der Geheimhaltung: das Gleichungssystem ist nicht lösbar (Status ${status}).`);
				}
				loesung = model.getSolution();
				if (o.basen) basis = model.getBasis();
				const x = loesung.colValue;
				if (punkt) spiegele(x, x0, lo, hi);
				else
					for (let j = 0; j < n; j++) {
						lo[j] = Math.min(lo[j], x[j]);
						hi[j] = Math.max(hi[j], x[j]);
					}
				return model.getObjectiveValue();
			};
			if (!o.genau && punkt && !fortgesetzt) {
				// The targets not yet proven, all as low as they can be together within twice their true values,
				// and reflected (spiegelung.ts), while a round proves a tenth of them: on the default data set one
				// round leaves about a tenth of a model's targets, a few rounds all but those that need an LP each.
				// Not for a model that goes on from its last basis: its targets are the few an extension left, and
				// the reflection's bounds would cost that basis (1 500 iterations against tens for each target's max).
				const alle = { kind: 'range', from: 0, to: n - 1 } as const;
				model.changeColsBounds(alle, new Float64Array(n), spiegelgrenzen(x0));
				let offen = k.ziele.filter((z) => !weit(lo[spalte.get(z)!], hi[spalte.get(z)!]));
				// One call for all costs: 2 000 calls of one cell each took 5 ms, one call 0,1 ms.
				const kosten = new Float64Array(n);
				for (let vorher = Infinity; offen.length && offen.length <= vorher * 0.9 && !erschoepft(); ) {
					vorher = offen.length;
					kosten.fill(0);
					for (const z of offen) kosten[spalte.get(z)!] = 1;
					model.changeColsCost(alle, kosten);
					loese(minimize);
					await vielleichtPause();
					offen = offen.filter((z) => !weit(lo[spalte.get(z)!], hi[spalte.get(z)!]));
				}
				model.changeColsCost(alle, new Float64Array(n));
				model.changeColsBounds(alle, new Float64Array(n), new Float64Array(n).fill(highs.infinity));
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
				await vielleichtPause();
				model.changeColCost(j, 1);
				const max = loese(maximize);
				const beimMax = loesung;
				const genau = o.genau === true || (max !== undefined && !weit(lo[j], max));
				const min = genau && max !== undefined ? loese(minimize) : lo[j];
				model.changeColCost(j, 0);
				if (max === undefined || min === undefined) {
					ergebnis.ungeprueft.push(z);
					continue;
				}
				const iv: Intervall = { zelle: z, wert: s.wert[z], min, max, genau };
				if (!weit(min, max) && beimMax) iv.hebel = hebel(s, k.linien, beimMax.rowDual, z);
				fertig(iv);
			}
			if (o.basen && basis) merke(basis, o.basen, k);
		} finally {
			model.dispose();
		}
	}
	for (const z of allein) fertig({ zelle: z, wert: s.wert[z], min: 0, max: Infinity, genau: true });
	return ergebnis;
}
