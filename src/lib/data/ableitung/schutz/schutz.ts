/**
 * The joint protection of all published tables: primary suppression (counts of 1 up to below the
 * threshold) in SQL; then, on the linked tables as one system of equations, secondary suppression over
 * every line until no line has a single withheld member, and the LP audit of every primary cell. A cell
 * whose interval is narrower than its protection interval gets one more cell withheld: the smallest shown
 * member of the lines that bind it in the LP's optimum which those lines' combination does not cancel (as
 * τ-ARGUS does; the smallest member of any of its lines may lie in a line that does not bind it, or cancel
 * out, and leave the interval as it was). Secondary suppression and the audit of the cells that failed run
 * again, until none fails or none can be widened. More withheld cells only widen intervals, so cells that
 * passed stay protected.
 */
import type { Database } from '../../database';
import { AUFTEILUNGEN, zellenVon } from '../kennzahlen.sql';
import { primaerSql } from '../geheimhaltung.sql';
import { SCHUTZ_LINIEN_LESEN_SQL, SCHUTZ_ZELLE_SQL, SCHUTZ_ZELLEN_LESEN_SQL, schutzGliedSql, sperreSql } from './linien.sql';
import { highs } from './highs';
import { pruefe, type Intervall } from './pruefung';
import { basisgedaechtnis } from './basen';
import { anzahlLinien, erweitere, linienJeZelle, sekundaer, systemAusGliedern } from './system';

/**
 * LP work one load in the browser may do (an import's take-over, a raised threshold, the CSV fallback),
 * in units of one simplex iteration over one line, summed over the LPs solved (pruefung.ts
 * `arbeitDesLps`): a count, not a time, so the same data are protected alike on every machine, and one
 * that follows the LPs' CPU time (~0,1 µs a unit in Node at a load of 10; WebAssembly runs alike in the
 * browser), so the limit bounds the audit, whatever is imported, to about ten seconds on this machine. The default data set
 * needs 20 349 596 (127 LPs), which the CSV fallback now audits in full, as the build does; the generated
 * city of the attacker's suite needs 1 345 436, a city of 1 000 areas × 5 Stichtage 18 030 (15 LPs), a
 * generated city of 200 districts with every breakdown 59 367 051 (260 LPs; its whole load 7,6–8,8 s in
 * Node at a load of 4–5): audited in full too. Data beyond the limit stop at its first LP that the work
 * left cannot pay for; the cells from there on stay unaudited, counted in the report.
 */
export const HOECHSTENS_ARBEIT = 80_000_000;

/** LP work the build may do for a hosted data set (the publisher's tables): no limit, it audits them in full. */
export const VOLLE_PRUEFUNG = Infinity;

/** Enough for any real table: each round withholds at least one more cell or ends. */
const HOECHSTENS_RUNDEN = 40;

export interface Schutzbericht {
	/** Cells of all published tables, cells withheld, of them primary (below the threshold). */
	zellen: number;
	gesperrt: number;
	primaer: number;
	/** Lines (published totals) the cells are bound by. */
	linien: number;
	/** Primary cells audited by LP, those the limit left unaudited, the LPs solved and their work (pruefung.ts). */
	geprueft: number;
	ungeprueft: number;
	lps: number;
	arbeit: number;
	/** Cells withheld because the audit found an interval too narrow. */
	erweitert: number;
	/** Cells still too narrow after the last round (none unless the rounds ran out). */
	zuEng: Intervall[];
	ms: number;
}

export interface Schutzoptionen {
	/** The protection interval (max − min of a withheld cell's possible values); default: the threshold − 1, at least 1 (README). */
	breite?: number;
	/** Time budget of the audit in ms (the rest is reported as not audited). */
	budgetMs?: number;
	/** LP work this load may do (default HOECHSTENS_ARBEIT; pruefung.ts `hoechstensArbeit`). */
	hoechstensArbeit?: number;
	/** The share done (0–1), after each step and during the audit, which yields to the page now and then. */
	fortschritt?: (anteil: number) => void;
}

/** A query's answer as columns (typed arrays): 10⁵ rows as objects cost more than the protection's SQL. */
async function spalten(db: Database, sql: string) {
	const { tableFromIPC } = await import('apache-arrow');
	return tableFromIPC(await db.arrowIPC(sql));
}

export async function schuetze(db: Database, schwelle: number, o: Schutzoptionen = {}): Promise<Schutzbericht> {
	const start = performance.now();
	const breite = o.breite ?? Math.max(schwelle - 1, 1);
	const tabellen = ['kennzahl_zelle', ...AUFTEILUNGEN.map(zellenVon)];
	for (const [k, t] of tabellen.entries()) {
		await db.exec(primaerSql(t, schwelle));
		o.fortschritt?.((0.1 * (k + 1)) / tabellen.length);
	}
	await db.exec(SCHUTZ_ZELLE_SQL);
	await db.exec(schutzGliedSql());
	o.fortschritt?.(0.4);
	const zellen = await spalten(db, SCHUTZ_ZELLEN_LESEN_SQL);
	const ids = zellen.getChild('id')!.toArray() as Float64Array;
	const glieder = await spalten(db, SCHUTZ_LINIEN_LESEN_SQL);
	const s = systemAusGliedern(
		zellen.getChild('wert')!.toArray(),
		zellen.getChild('gesperrt')!.toArray(),
		glieder.getChild('linie')!.toArray(),
		glieder.getChild('glied')!.toArray(),
		glieder.getChild('faktor')!.toArray(),
		zellen.getChild('fest')!.toArray()
	);
	const jeZelle = linienJeZelle(s);
	const vorher = s.gesperrt.slice();
	sekundaer(s, jeZelle);
	o.fortschritt?.(0.55);
	const solver = await highs();
	const erlaubt = o.hoechstensArbeit ?? HOECHSTENS_ARBEIT;
	const bis = o.budgetMs === undefined ? undefined : start + o.budgetMs;
	let ziele = [...s.gesperrt.keys()].filter((z) => vorher[z] && s.wert[z] > 0 && s.wert[z] < schwelle);
	const basen = basisgedaechtnis(s);
	const bericht = { geprueft: 0, ungeprueft: 0, lps: 0, arbeit: 0, erweitert: 0, zuEng: [] as Intervall[] };
	// The first round audits every primary cell and takes nearly all the time, from 0,55 to 0,85; each later
	// one, the few that failed, half of what is left up to 0,9, so the bar never goes back however many run.
	let nach = 0.55;
	for (let runde = 0; runde < HOECHSTENS_RUNDEN && ziele.length; runde++) {
		const von = nach;
		nach = runde === 0 ? 0.85 : (von + 0.9) / 2;
		const r = await pruefe(solver, s, ziele, { breite, bis, hoechstensArbeit: erlaubt - bericht.arbeit, basen, zwischendurch: (a) => o.fortschritt?.(von + (nach - von) * a) });
		if (runde === 0) {
			bericht.geprueft = r.intervalle.length;
			bericht.ungeprueft = r.ungeprueft.length;
		}
		if (r.ungeprueft.length && runde > 0) bericht.ungeprueft += r.ungeprueft.length;
		bericht.lps += r.lps;
		bericht.arbeit += r.arbeit;
		bericht.zuEng = r.zuEng;
		ziele = r.zuEng.map((iv) => iv.zelle);
		const hinzu = erweitere(s, r.zuEng.map((iv) => iv.hebel ?? []));
		if (!hinzu.length) break;
		bericht.erweitert += hinzu.length;
		sekundaer(s, jeZelle);
		o.fortschritt?.(nach);
	}
	o.fortschritt?.(0.9);
	const neu = [...s.gesperrt.keys()].filter((z) => s.gesperrt[z] && !vorher[z]).map((z) => ids[z]);
	await db.exec(`CREATE OR REPLACE TEMP TABLE schutz_neu (id BIGINT)`);
	for (let i = 0; i < neu.length; i += 1000) {
		const teil = neu.slice(i, i + 1000);
		await db.query(`INSERT INTO schutz_neu VALUES ${teil.map(() => '(?)').join(', ')}`, teil);
	}
	await db.exec(sperreSql('schutz_neu'));
	await db.exec(`DROP TABLE schutz_neu; DROP TABLE schutz_glied; DROP VIEW schutz_zelle;`);
	o.fortschritt?.(1);
	const gesperrt = s.gesperrt.reduce((a, g) => a + g, 0);
	const primaer = [...s.gesperrt.keys()].filter((z) => s.gesperrt[z] && s.wert[z] > 0 && s.wert[z] < schwelle).length;
	return { zellen: ids.length, gesperrt, primaer, linien: anzahlLinien(s), ...bericht, ms: performance.now() - start };
}
