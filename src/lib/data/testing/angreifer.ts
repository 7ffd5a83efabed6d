/**
 * For tests: an attacker with a spreadsheet. Collects every count the profile, the pyramid, the
 * Faktencheck and the comparison publish, through the very queries those views use, and writes down
 * the equations anyone can read off the definitions (the districts add up to the city; the pyramid's
 * bars add up to the profile's counts; the citizenships and the lengths of stay to the Ausländer*innen;
 * MH = Eingebürgerte + Aussiedler*innen + Ausländer*innen; EU + Drittstaaten = Ausländer*innen), and
 * one that holds only where every person with Fluchthintergrund is an Ausländer*in (as the
 * Ausländerzentralregister counts them): the refugees = their citizenships. An attacker who knows that
 * definition assumes it; `nurWahre` keeps it where the true values satisfy it.
 * A published "•" is an unknown. `schaele` then peels: any equation with one unknown gives it away;
 * `spanne` bounds unknowns by linear programs over all equations at once.
 */
import type { Highs } from 'highs';
import type { Koordinator } from '../abfragen/koordinator';
import { altersaufbau, aufenthaltsdauer, zaehlungen } from '../abfragen/aufteilungen';
import { haeufigsteStaatsangehoerigkeiten } from '../abfragen/staatsangehoerigkeiten';
import { GESAMTSTADT } from '../schema';

export interface Angreifersicht {
	/** Every published number by key; null = withheld ("•"). */
	zahlen: Map<string, number | null>;
	/** Sums: Σ teile = gesamt, by keys (a key never published counts 0); `bedingt`: true only where the data say so. */
	gleichungen: { gesamt: string; teile: string[]; bedingt?: boolean }[];
}

const ALLE = 10_000;

export async function angreifersicht(k: Koordinator): Promise<Angreifersicht> {
	const zahlen = new Map<string, number | null>();
	const gleichungen: Angreifersicht['gleichungen'] = [];
	const z = await zaehlungen(k);
	const codes = [...new Set(z.map((x) => x.code))].filter((c) => c !== GESAMTSTADT);
	const stichtage = [...new Set(z.map((x) => x.stichtag))];
	const GROESSEN = ['einwohner', 'mh', 'auslaender', 'eingebuergert', 'aussiedler', 'auslaender_eu', 'auslaender_dritt', 'frauen', 'unter18', 'ab65', 'flucht'] as const;
	for (const x of z) for (const g of GROESSEN) zahlen.set(`z|${x.stichtag}|${x.code}|${g}`, x[g]);
	const spalten = new Map<string, Set<string>>();
	const inSpalte = (art: string, t: string, merkmal: string) => {
		const s = `${art}|${t}|${merkmal}`;
		spalten.set(s, spalten.get(s) ?? new Set());
		return s;
	};
	for (const t of stichtage) {
		for (const g of GROESSEN) gleichungen.push({ gesamt: `z|${t}|${GESAMTSTADT}|${g}`, teile: codes.map((c) => `z|${t}|${c}|${g}`) });
		for (const c of [...codes, GESAMTSTADT]) {
			const zk = (g: string) => `z|${t}|${c}|${g}`;
			gleichungen.push({ gesamt: zk('mh'), teile: [zk('eingebuergert'), zk('aussiedler'), zk('auslaender')] });
			gleichungen.push({ gesamt: zk('auslaender'), teile: [zk('auslaender_eu'), zk('auslaender_dritt')] });
			const balken = await altersaufbau(k, t, c);
			const bk = (b: (typeof balken)[number]) => `a|${t}|${c}|${b.geschlecht}|${b.altersgruppe}|${b.status}`;
			for (const b of balken) {
				zahlen.set(bk(b), b.anzahl);
				spalten.get(inSpalte('a', t, `${b.geschlecht}|${b.altersgruppe}|${b.status}`))!.add(c);
			}
			const summe = (gesamt: string, f: (b: (typeof balken)[number]) => boolean) => gleichungen.push({ gesamt: zk(gesamt), teile: balken.filter(f).map(bk) });
			summe('einwohner', () => true);
			summe('mh', (b) => b.status !== 'deutsch');
			for (const s of ['auslaender', 'eingebuergert', 'aussiedler'] as const) summe(s, (b) => b.status === s);
			summe('frauen', (b) => b.geschlecht === 'w');
			summe('unter18', (b) => Number.parseInt(b.altersgruppe, 10) < 18);
			summe('ab65', (b) => Number.parseInt(b.altersgruppe, 10) >= 65);
			const dauer = await aufenthaltsdauer(k, t, c);
			const dk = (d: (typeof dauer)[number]) => `d|${t}|${c}|${d.aufenthaltsdauer}|${d.eu}`;
			for (const d of dauer) {
				zahlen.set(dk(d), d.anzahl);
				spalten.get(inSpalte('d', t, `${d.aufenthaltsdauer}|${d.eu}`))!.add(c);
			}
			if (dauer.length) {
				gleichungen.push({ gesamt: zk('auslaender'), teile: dauer.map(dk) });
				gleichungen.push({ gesamt: zk('auslaender_eu'), teile: dauer.filter((d) => d.eu).map(dk) });
			}
			const staaten = await haeufigsteStaatsangehoerigkeiten(k, t, ALLE, false, c);
			const sk = (iso: string) => `s|${t}|${c}|${iso}`;
			for (const s of staaten) {
				zahlen.set(sk(s.iso), s.anzahl);
				spalten.get(inSpalte('s', t, s.iso))!.add(c);
			}
			if (staaten.length) gleichungen.push({ gesamt: zk('auslaender'), teile: staaten.map((s) => sk(s.iso)) });
			const fluechtlinge = await haeufigsteStaatsangehoerigkeiten(k, t, ALLE, true, c);
			const fk = (iso: string) => `f|${t}|${c}|${iso}`;
			for (const f of fluechtlinge) {
				zahlen.set(fk(f.iso), f.anzahl);
				spalten.get(inSpalte('f', t, f.iso))!.add(c);
			}
			if (fluechtlinge.length) gleichungen.push({ gesamt: zk('flucht'), teile: fluechtlinge.map((f) => fk(f.iso)), bedingt: true });
		}
	}
	for (const [s, cs] of spalten) {
		const [art, t, ...merkmal] = s.split('|');
		const key = (c: string) => [art, t, c, ...merkmal].join('|');
		if (cs.has(GESAMTSTADT)) gleichungen.push({ gesamt: key(GESAMTSTADT), teile: [...cs].filter((c) => c !== GESAMTSTADT).map(key) });
	}
	return { zahlen, gleichungen };
}

/** The attacker's view with only the conditional equations that the true values (`wahr`, by key) satisfy. */
export function nurWahre(sicht: Angreifersicht, wahr: (key: string) => number | null | undefined): Angreifersicht {
	const w = (key: string) => wahr(key) ?? 0;
	const gilt = (g: Angreifersicht['gleichungen'][number]) => !g.bedingt || g.teile.reduce((a, t) => a + w(t), 0) === w(g.gesamt);
	return { zahlen: sicht.zahlen, gleichungen: sicht.gleichungen.filter(gilt) };
}

/** Peeling: solves every equation with one unknown, repeatedly; returns what it recovered. */
export function schaele(sicht: Angreifersicht): Map<string, number> {
	const bekannt = new Map<string, number>();
	const wert = (key: string): number | null => (sicht.zahlen.has(key) ? (sicht.zahlen.get(key) ?? bekannt.get(key) ?? null) : 0);
	for (let weiter = true; weiter; ) {
		weiter = false;
		for (const g of sicht.gleichungen) {
			const glieder = [g.gesamt, ...g.teile];
			const offen = glieder.filter((x) => wert(x) === null);
			if (offen.length !== 1) continue;
			const [x] = offen;
			const summeTeile = g.teile.filter((t) => t !== x).reduce((s, t) => s + wert(t)!, 0);
			bekannt.set(x, x === g.gesamt ? summeTeile : wert(g.gesamt)! - summeTeile);
			weiter = true;
		}
	}
	return bekannt;
}

/** Min and max of each of `ziele` over the attacker's equations of one Stichtag, unknowns ≥ 0 (HiGHS). */
export function spanne(h: Highs, sicht: Angreifersicht, ziele: readonly string[], stichtag: string): Map<string, [number, number]> {
	const gl = sicht.gleichungen.filter((g) => g.gesamt.split('|')[1] === stichtag);
	const offen = [...new Set(gl.flatMap((g) => [g.gesamt, ...g.teile]).filter((x) => sicht.zahlen.has(x) && sicht.zahlen.get(x) === null))];
	const spalte = new Map(offen.map((x, j) => [x, j]));
	const zeilen = gl.filter((g) => [g.gesamt, ...g.teile].some((x) => spalte.has(x)));
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	const rechts: number[] = [];
	for (const g of zeilen) {
		let bekannt = 0;
		for (const [x, f] of [[g.gesamt, -1], ...g.teile.map((t) => [t, 1])] as [string, number][]) {
			if (spalte.has(x)) {
				indices.push(spalte.get(x)!);
				values.push(f);
			} else bekannt += f * (sicht.zahlen.get(x) ?? 0);
		}
		starts.push(indices.length);
		rechts.push(-bekannt);
	}
	const n = offen.length;
	const ergebnis = new Map<string, [number, number]>();
	const model = h.createModel({ numCols: n, numRows: zeilen.length, colCost: new Float64Array(n), colLower: new Float64Array(n), colUpper: new Float64Array(n).fill(h.infinity), rowLower: rechts, rowUpper: rechts, matrix: { format: 'csr', numRows: zeilen.length, numCols: n, starts, indices, values } });
	try {
		model.options.set({ output_flag: false });
		for (const z of ziele) {
			const j = spalte.get(z)!;
			model.changeColCost(j, 1);
			const r: number[] = [];
			for (const sinn of [h.constants.objectiveSense.maximize, h.constants.objectiveSense.minimize]) {
				model.changeObjectiveSense(sinn);
				model.run();
				r.push(model.getModelStatus() === h.constants.modelStatus.optimal ? model.getObjectiveValue() : sinn === h.constants.objectiveSense.maximize ? Infinity : 0);
			}
			model.changeColCost(j, 0);
			ergebnis.set(z, [r[1], r[0]]);
		}
	} finally {
		model.dispose();
	}
	return ergebnis;
}
