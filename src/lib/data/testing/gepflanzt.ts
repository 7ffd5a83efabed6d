/**
 * For tests: a city of its own with counts of 1 and 2 planted all over its breakdowns, generated from a
 * fixed seed, as an office's register extract of small areas has them: a few dozen districts, some with
 * a handful of inhabitants, by age × sex × status, the Ausländer*innen by citizenship, EU membership,
 * refugee background and length of stay. It is opened exactly as an import is opened in the browser
 * (take-over as a city of its own, the same loader, the browser's LP limit), so an attack on it attacks
 * what an own import publishes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { leseManifest } from '../manifest';
import type { Arbeitsstand, Quelle } from '../arbeitsstand/arbeitsstand';
import { bezirkeDerQuelle, plane } from '../arbeitsstand/neueStadt';
import { liesZusammengestellt, stelleZusammen } from '../arbeitsstand/arbeitsstand';
import { ladeTabellen } from '../laden/tabellen';
import { letzterSchutz } from '../ableitung/ableitung';
import type { Schutzbericht, Schutzoptionen } from '../ableitung/schutz/schutz';
import { oeffneArbeitsstand } from '../quellen/arbeitsstand';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { Koordinator } from '../abfragen/koordinator';
import { GESAMTSTADT } from '../schema';
import { DEFAULT_DIR } from './defaultData';

export const GEPFLANZT_STICHTAGE = ['2020-12-31'];
const ALTER = ['0-4', '5-9', '10-14', '15-17', '18-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'];
const STAATEN: [string, boolean][] = [['TR', false], ['PL', true], ['RO', true], ['IT', true], ['SY', false], ['UA', false], ['ER', false]];
const DAUER = ['0-1', '1-4', '4-6', '6-8', '10-15', '30+'];

/** mulberry32: the same numbers on every machine, so a failure can be reproduced. */
function zufall(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A small count: mostly 1 and 2, sometimes none or a few more. */
const klein = (r: () => number) => [0, 1, 1, 1, 2, 2, 2, 3, 4, 6][Math.floor(r() * 10)];

/** The canonical population table (bevoelkerung.csv) of `bezirke` districts, from `seed`. */
export function gepflanzteBevoelkerung(bezirke = 24, seed = 13): string {
	const r = zufall(seed);
	const zeilen = ['stichtag,stadtbezirk,geschlecht,altersgruppe,status,staatsangehoerigkeit,eu,fluchthintergrund,aufenthaltsdauer,anzahl'];
	// Every fourth district is tiny (a handful per age band at most), the rest a few hundred to a few thousand.
	const groesse = Array.from({ length: bezirke }, (_, i) => (i % 4 === 3 ? 0.05 + r() * 0.1 : 0.5 + r() * 3));
	for (const t of GEPFLANZT_STICHTAGE)
		for (let b = 0; b < bezirke; b++) {
			const code = String(100 + b);
			const zeile = (g: string, a: string, status: string, staat: string, eu: string, flucht: boolean, dauer: string, n: number) => {
				if (n > 0) zeilen.push(`${t},${code},${g},${a},${status},${staat},${eu},${flucht},${dauer},${n}`);
			};
			for (const g of ['m', 'w', 'd'])
				for (const a of ALTER) {
					if (g === 'd') {
						// Divers: a single person here and there, the classic planted 1.
						if (r() < 0.04) zeile(g, a, 'deutsch', 'DE', '', false, '', 1 + Math.floor(r() * 2));
						continue;
					}
					zeile(g, a, 'deutsch', 'DE', '', false, '', Math.round(groesse[b] * (10 + r() * 20)));
					zeile(g, a, 'eingebuergert', 'DE', '', r() < 0.1, '', klein(r));
					if (r() < 0.5) zeile(g, a, 'aussiedler', 'DE', '', false, '', klein(r));
					const gezogen = new Set<string>();
					for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
						const [iso, eu] = STAATEN[Math.floor(r() * STAATEN.length)];
						const flucht = !eu && r() < 0.4;
						const dauer = DAUER[Math.floor(r() * DAUER.length)];
						// One row per combination, as the import requires.
						if (gezogen.has(`${iso}|${flucht}|${dauer}`)) continue;
						gezogen.add(`${iso}|${flucht}|${dauer}`);
						zeile(g, a, 'auslaender', iso, String(eu), flucht, dauer, klein(r));
					}
				}
		}
	return zeilen.join('\n') + '\n';
}

/**
 * The true counts behind the attacker's keys (testing/angreifer.ts) — pyramid bars, citizenships (of all
 * Ausländer*innen and of those with Fluchthintergrund), lengths of stay and the district counts — summed
 * from the raw rows, for districts and the city.
 */
export function wahreZahlen(roh: string): Map<string, number> {
	const wahr = new Map<string, number>();
	const plus = (k: string, n: number) => wahr.set(k, (wahr.get(k) ?? 0) + n);
	for (const zeile of roh.trim().split('\n').slice(1)) {
		const [t, bezirk, g, a, status, iso, eu, flucht, dauer, anzahl] = zeile.split(',');
		const n = Number(anzahl);
		const alter = Number.parseInt(a, 10);
		for (const c of [bezirk, GESAMTSTADT]) {
			const z = (groesse: string) => plus(`z|${t}|${c}|${groesse}`, n);
			plus(`a|${t}|${c}|${g}|${a}|${status}`, n);
			z('einwohner');
			if (status !== 'deutsch') z('mh');
			if (status !== 'deutsch' && status !== 'auslaender') z(status);
			if (g === 'w') z('frauen');
			if (alter < 18) z('unter18');
			if (alter >= 65) z('ab65');
			if (flucht === 'true') z('flucht');
			if (flucht === 'true' && status === 'auslaender') plus(`f|${t}|${c}|${iso}`, n);
			if (status === 'auslaender') {
				z('auslaender');
				z(eu === 'true' ? 'auslaender_eu' : 'auslaender_dritt');
				plus(`s|${t}|${c}|${iso}`, n);
				plus(`d|${t}|${c}|${dauer}|${eu}`, n);
			}
		}
	}
	return wahr;
}

/** The generated table as an import of it is planned: a city of its own, beside the built-in data set read from disk. */
async function gepflanzterArbeitsstand(bezirke?: number, seed?: number, zeilen: (zeile: string) => boolean = () => true) {
	const lies = (f: string) => readFile(join(DEFAULT_DIR, f), 'utf8');
	const standard = leseManifest(await lies('datensatz.json'), 'datensatz.json');
	const [kopf, ...rest] = gepflanzteBevoelkerung(bezirke, seed).trimEnd().split('\n');
	const roh = [kopf, ...rest.filter(zeilen)].join('\n') + '\n';
	const q: Quelle = { id: 'gepflanzt', teil: 'bevoelkerung', datei: 'register.csv', format: 'CSV', importiert: '2026-12-03T00:00:00Z', zeilen: roh.split('\n').length - 2, stichtage: GEPFLANZT_STICHTAGE, inhalt: roh };
	const { arbeitsstand } = plane(null, standard, q, bezirkeDerQuelle(q), new Set());
	return { lies, standard, roh, arbeitsstand };
}

/** The generated table taken over as an import in the browser takes it over: a city of its own, protected on load. */
export async function gepflanzteDaten(bezirke?: number, seed?: number): Promise<{ db: NodeDatabase; k: Koordinator; roh: string; arbeitsstand: Arbeitsstand }> {
	const { lies, roh, arbeitsstand } = await gepflanzterArbeitsstand(bezirke, seed);
	const db = await nodeDatabase();
	await (await oeffneArbeitsstand(arbeitsstand, lies)).ladeInDatenbank(db);
	return { db, k: new Koordinator(db), roh, arbeitsstand };
}

/**
 * The same load with the protection's own options (limits, progress, protection interval) and, if given,
 * another threshold or only the rows `zeilen` keeps: what a browser load or the build would ask of
 * schutz/schutz.ts, with its report.
 */
export async function gepflanztGeschuetzt(
	schutz: Schutzoptionen,
	o: { schwelle?: number; bezirke?: number; seed?: number; zeilen?: (zeile: string) => boolean } = {}
): Promise<Schutzbericht> {
	const { lies, standard, arbeitsstand } = await gepflanzterArbeitsstand(o.bezirke, o.seed, o.zeilen);
	const z = stelleZusammen(arbeitsstand, standard);
	const manifest = { ...z.manifest, geheimhaltung: { ...z.manifest.geheimhaltung, schwelle: o.schwelle ?? z.manifest.geheimhaltung.schwelle } };
	await ladeTabellen(await nodeDatabase(), manifest, liesZusammengestellt(z, lies), { herkunft: z.herkunft, schutz });
	return letzterSchutz!;
}
