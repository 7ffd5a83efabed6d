/**
 * An independent oracle for the indicator SQL: every indicator recomputed from the raw rows with
 * arquero (no SQL), from definitions written out here again in words and lists, on randomised data
 * sets with the edge cases that matter (ages 17/18 and 64/65, stays of 1–4 and 4–6 years, districts
 * without anyone, cells of 0) and compared with DuckDB's answer. A change like "unter 18" → "bis 18"
 * in the SQL makes this fail.
 */
import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { randomLcg } from 'd3-random';
import { csvFormat } from 'd3-dsv';
import { nodeDatabase } from '../duckdb/node';
import { ladeTabellen } from '../laden/tabellen';
import { frageIndikatortabelle } from '../indikatortabelle';
import { pruefeManifest } from '../manifest';
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, GESAMTSTADT, STATUS, type BevoelkerungZeile } from '../schema';
import { INDIKATOREN } from '../indikatoren';
import { wertAus } from '../../analysis/indikatorwerte';

// The definitions, as the KIK states them, as explicit lists.
const UNTER_18 = ['0-4', '5-9', '10-14', '15-17'];
const AB_65 = ['65-69', '70-74', '75-79', '80-84', '85+'];
const UNTER_4_JAHREN = ['0-1', '1-4'];
const STAATEN = [
	{ iso: 'DE', eu: null },
	{ iso: 'TR', eu: false },
	{ iso: 'IT', eu: true },
	{ iso: 'RO', eu: true },
	{ iso: 'SY', eu: false },
	{ iso: 'XK', eu: false }
];

type Zaehlung = Record<string, number>;
/** Each indicator from the counts, written independently of the catalogue. */
const FORMELN: Record<string, (z: Zaehlung) => number | null> = {
	mh_anteil: (z) => anteil(z.mh, z.einwohner),
	auslaender_anteil: (z) => anteil(z.auslaender, z.einwohner),
	aussiedler_anteil: (z) => anteil(z.aussiedler, z.einwohner),
	eingebuergert_anteil: (z) => anteil(z.eingebuergert, z.einwohner),
	flucht_anteil: (z) => anteil(z.flucht, z.einwohner),
	eu_anteil: (z) => anteil(z.eu, z.auslaender),
	drittstaat_anteil: (z) => anteil(z.dritt, z.auslaender),
	unter18_anteil: (z) => anteil(z.u18, z.einwohner),
	ab65_anteil: (z) => anteil(z.ab65, z.einwohner),
	mh_unter18_anteil: (z) => anteil(z.mhU18, z.u18),
	neuzugewandert_anteil: (z) => anteil(z.neu, z.auslaender),
	einwohner: (z) => z.einwohner,
	mh_anzahl: (z) => z.mh,
	auslaender_anzahl: (z) => z.auslaender,
	flucht_anzahl: (z) => z.flucht,
	staatsangehoerigkeiten: (z) => z.staaten,
	dichte: (z) => (z.flaeche > 0 ? z.einwohner / z.flaeche : null)
};
const anteil = (teil: number, ganz: number) => (ganz > 0 ? (100 * teil) / ganz : null);

interface Fall {
	bezirke: { code: string; flaeche_km2: number }[];
	stichtage: string[];
	zeilen: BevoelkerungZeile[];
}

function zufallsfall(seed: number): Fall {
	const rng = randomLcg(seed);
	const wahl = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
	const bezirke = Array.from({ length: 3 + Math.floor(rng() * 5) }, (_, i) => ({ code: String(10 + i), flaeche_km2: Math.round((0.3 + rng() * 3) * 100) / 100 }));
	const stichtage = ['2018-12-31', '2019-12-31', '2020-12-31'].slice(0, 1 + Math.floor(rng() * 3));
	// The last district stays empty at every Stichtag; every Stichtag keeps at least one row elsewhere.
	const bewohnt = bezirke.slice(0, -1);
	const zeilen = new Map<string, BevoelkerungZeile>();
	for (const stichtag of stichtage)
		for (let k = 0; k < 60 + rng() * 120; k++) {
			const status = wahl(STATUS);
			const staat = status === 'auslaender' ? wahl(STAATEN.slice(1)) : STAATEN[0];
			const zeile: BevoelkerungZeile = {
				stichtag,
				stadtbezirk: wahl(bewohnt).code,
				geschlecht: wahl(['m', 'w', 'd'] as const),
				altersgruppe: wahl(ALTERSGRUPPEN),
				status,
				staatsangehoerigkeit: staat.iso,
				eu: staat.eu,
				fluchthintergrund: status === 'auslaender' && rng() < 0.3,
				aufenthaltsdauer: status === 'auslaender' && rng() < 0.9 ? wahl(AUFENTHALTSDAUER) : null,
				// Cells of 0 occur in register extracts (a combination that exists, with nobody in it).
				anzahl: rng() < 0.15 ? 0 : 1 + Math.floor(rng() * 40)
			};
			const schluessel = JSON.stringify({ ...zeile, anzahl: 0, eu: null });
			if (!zeilen.has(schluessel)) zeilen.set(schluessel, zeile);
		}
	return { bezirke, stichtage, zeilen: [...zeilen.values()] };
}

/** Counts per (stichtag, code) and for the city, with arquero. */
function orakel(fall: Fall): Map<string, Zaehlung> {
	const t = aq
		.from(fall.zeilen)
		.derive({
			mh: (d: BevoelkerungZeile) => (d.status !== 'deutsch' ? d.anzahl : 0),
			auslaender: (d: BevoelkerungZeile) => (d.status === 'auslaender' ? d.anzahl : 0),
			aussiedler: (d: BevoelkerungZeile) => (d.status === 'aussiedler' ? d.anzahl : 0),
			eingebuergert: (d: BevoelkerungZeile) => (d.status === 'eingebuergert' ? d.anzahl : 0),
			flucht: (d: BevoelkerungZeile) => (d.fluchthintergrund ? d.anzahl : 0),
			eu: (d: BevoelkerungZeile) => (d.status === 'auslaender' && d.eu === true ? d.anzahl : 0),
			dritt: (d: BevoelkerungZeile) => (d.status === 'auslaender' && d.eu === false ? d.anzahl : 0),
			u18: aq.escape((d: BevoelkerungZeile) => (UNTER_18.includes(d.altersgruppe) ? d.anzahl : 0)),
			ab65: aq.escape((d: BevoelkerungZeile) => (AB_65.includes(d.altersgruppe) ? d.anzahl : 0)),
			mhU18: aq.escape((d: BevoelkerungZeile) => (UNTER_18.includes(d.altersgruppe) && d.status !== 'deutsch' ? d.anzahl : 0)),
			neu: aq.escape((d: BevoelkerungZeile) => (d.status === 'auslaender' && UNTER_4_JAHREN.includes(d.aufenthaltsdauer ?? '') ? d.anzahl : 0))
		});
	const summen = {
		einwohner: aq.op.sum('anzahl'),
		...Object.fromEntries(['mh', 'auslaender', 'aussiedler', 'eingebuergert', 'flucht', 'eu', 'dritt', 'u18', 'ab65', 'mhU18', 'neu'].map((c) => [c, aq.op.sum(c)]))
	};
	// Citizenships counted: those of foreigners actually present (a cell of 0 is nobody).
	const auslaender = t.filter((d: BevoelkerungZeile) => d.status === 'auslaender' && d.anzahl > 0);
	const staaten = { staaten: aq.op.distinct('staatsangehoerigkeit') };
	const flaeche = new Map(fall.bezirke.map((b) => [b.code, b.flaeche_km2]));
	const gesamtflaeche = fall.bezirke.reduce((a, b) => a + b.flaeche_km2, 0);
	const ergebnis = new Map<string, Zaehlung>();
	const leer = (code: string): Zaehlung => ({ ...Object.fromEntries([...Object.keys(summen), 'staaten'].map((k) => [k, 0])), flaeche: code === GESAMTSTADT ? gesamtflaeche : flaeche.get(code)! });
	for (const stichtag of fall.stichtage) {
		for (const b of fall.bezirke) ergebnis.set(`${stichtag}|${b.code}`, leer(b.code));
		ergebnis.set(`${stichtag}|${GESAMTSTADT}`, leer(GESAMTSTADT));
	}
	const zeilen = (tabelle: aq.ColumnTable) => tabelle.objects() as (Zaehlung & { stichtag: string; stadtbezirk?: string })[];
	const uebernimm = (tabelle: aq.ColumnTable) => {
		for (const z of zeilen(tabelle)) Object.assign(ergebnis.get(`${z.stichtag}|${z.stadtbezirk ?? GESAMTSTADT}`)!, z);
	};
	uebernimm(t.groupby('stichtag', 'stadtbezirk').rollup(summen));
	uebernimm(t.groupby('stichtag').rollup(summen));
	uebernimm(auslaender.groupby('stichtag', 'stadtbezirk').rollup(staaten));
	uebernimm(auslaender.groupby('stichtag').rollup(staaten));
	return ergebnis;
}

async function duckdbTabelle(fall: Fall) {
	const manifest = pruefeManifest(
		{ id: 'orakel', titel: 'Orakel', stadt: 'Zufallsstadt', beispieldaten: true, hinweis: 'Zufallsdaten', quelle: 'Test', stichtage: fall.stichtage, geheimhaltung: { schwelle: 0 }, dateien: { stadtbezirk: 'b.csv', bevoelkerung: 'p.csv', staat: 's.csv', geometrie: 'g.geojson' } },
		'datensatz.json'
	);
	const dateien: Record<string, string> = {
		'b.csv': csvFormat(fall.bezirke.map((b) => ({ code: b.code, name: `Bezirk ${b.code}`, stadtteil: '1', flaeche_km2: b.flaeche_km2 }))),
		's.csv': csvFormat(STAATEN.map((s) => ({ iso: s.iso, name: s.iso, eu_beitritt: s.eu ? '1958-01-01' : '', eu_austritt: '' }))),
		'p.csv': csvFormat(fall.zeilen.map((z) => ({ ...z, eu: z.eu ?? '', aufenthaltsdauer: z.aufenthaltsdauer ?? '' })))
	};
	const db = await nodeDatabase();
	await ladeTabellen(db, manifest, async (f) => dateien[f]);
	return frageIndikatortabelle(db);
}

describe('indicator SQL against an independent arquero oracle', () => {
	for (const seed of [1, 7, 42, 2020, 31337]) {
		it(`agrees on every indicator, district and Stichtag (random data set ${seed})`, async () => {
			const fall = zufallsfall(seed);
			const tabelle = await duckdbTabelle(fall);
			const erwartet = orakel(fall);
			expect(Object.keys(FORMELN).sort()).toEqual(INDIKATOREN.map((i) => i.id).sort());
			let verglichen = 0;
			for (const [schluessel, z] of erwartet) {
				const [stichtag, code] = schluessel.split('|');
				for (const [id, formel] of Object.entries(FORMELN)) {
					const soll = formel(z);
					const ist = wertAus(tabelle, stichtag, id, code);
					if (soll === null) expect(ist, `${id} ${code} ${stichtag}`).toBeNull();
					else expect(ist, `${id} ${code} ${stichtag}`).toBeCloseTo(soll, 9);
					verglichen++;
				}
			}
			expect(verglichen).toBe(fall.stichtage.length * (fall.bezirke.length + 1) * INDIKATOREN.length);
			// The empty district has 0 inhabitants and no shares.
			const leer = fall.bezirke.at(-1)!.code;
			expect(wertAus(tabelle, fall.stichtage[0], 'einwohner', leer)).toBe(0);
			expect(wertAus(tabelle, fall.stichtage[0], 'mh_anteil', leer)).toBeNull();
		});
	}
});
