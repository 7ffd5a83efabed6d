import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { DEFAULT_DIR } from '../testing/defaultData';
import { leseManifest, type DatensatzManifest } from '../manifest';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { oeffneArbeitsstand } from '../quellen/arbeitsstand';
import { Ladefehler } from '../meldungen';
import { fehlendeTeile, stelleZusammen, type Arbeitsstand, type Quelle } from './arbeitsstand';
import { bezirkeDerQuelle, istFremd, plane, type Bezirk } from './neueStadt';

const lies = (f: string) => readFile(join(DEFAULT_DIR, f), 'utf8');
let standard: DatensatzManifest;
let demoCodes: Set<string>;
let db: NodeDatabase;
beforeAll(async () => {
	standard = leseManifest(await lies('datensatz.json'), 'datensatz.json');
	demoCodes = new Set(csvParse(await lies(standard.dateien.stadtbezirk)).map((z) => z.code!));
	db = await nodeDatabase();
});

// A city that is not Kempten: three districts near Nürnberg, codes 101–103.
const STADT: Bezirk[] = [
	{ code: '101', name: 'Altstadt' },
	{ code: '102', name: 'Gostenhof' },
	{ code: '103', name: 'Südstadt' }
];
const quadrat = (i: number) => [[[11.0 + i * 0.02, 49.44], [11.02 + i * 0.02, 49.44], [11.02 + i * 0.02, 49.46], [11.0 + i * 0.02, 49.46], [11.0 + i * 0.02, 49.44]]];
const zeit = '2026-12-01T20:00:00Z';
const grenzen: Quelle = {
	id: 'g',
	teil: 'geometrie',
	datei: 'grenzen.geojson',
	format: 'GeoJSON',
	importiert: zeit,
	zeilen: 3,
	stichtage: [],
	inhalt: JSON.stringify({ type: 'FeatureCollection', features: STADT.map((b, i) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: quadrat(i) }, properties: b })) })
};
const statistik = (id: string, stichtag: string, codes = STADT.map((b) => b.code)): Quelle => ({
	id,
	teil: 'bezirkszahl',
	datei: `${id}.csv`,
	format: 'CSV',
	importiert: zeit,
	zeilen: codes.length,
	stichtage: [stichtag],
	inhalt: `stichtag,stadtbezirk,einwohner,mh,auslaender\n${codes.map((c, i) => `${stichtag},${c},${1000 + i * 100},${300 + i * 10},${100 + i}`).join('\n')}\n`
});
const liste: Quelle = { id: 'l', teil: 'stadtbezirk', datei: 'bezirke.csv', format: 'CSV', importiert: zeit, zeilen: 3, stichtage: [], inhalt: `code,name,stadtteil,flaeche_km2\n${STADT.map((b) => `${b.code},${b.name},,`).join('\n')}\n` };

const codesVon = (a: Arbeitsstand) => bezirkeDerQuelle(a.quellen.find((q) => q.teil === 'stadtbezirk')!);
/** Adds one file after the other as the import does, each against the district list then in use. */
function nacheinander(...quellen: [Quelle, Bezirk[]?][]): { a: Arbeitsstand; arten: string[] } {
	let a: Arbeitsstand | null = null;
	const arten: string[] = [];
	for (const [q, namen] of quellen) {
		const bekannt = a?.eigeneStadt ? new Set(codesVon(a).map((b) => b.code)) : demoCodes;
		const p = plane(a, standard, q, bezirkeDerQuelle(q, namen), bekannt);
		arten.push(p.art);
		a = p.arbeitsstand;
	}
	return { a: a!, arten };
}

/** Loads the composed data set through every check of the loader; the districts and the MH share of 101. */
async function lade(a: Arbeitsstand) {
	const o = await oeffneArbeitsstand(a, lies);
	const pruefung = await o.pruefe(await db.verbinde());
	expect(pruefung.filter((m) => m.schwere === 'fehler')).toEqual([]);
	const d = await o.ladeInDatenbank(db);
	const t = d.indikatortabelle;
	const wert = t.werte[((t.stichtage.length - 1) * t.indikatoren.length + t.indikatoren.indexOf('mh_anteil')) * t.codes.length + t.codes.indexOf('101')];
	return { o, bezirke: d.stadtbezirke.map((b) => `${b.code} ${b.name}`), mh101: wert };
}

describe('a city starts clean', () => {
	it('tells foreign codes from the demo’s, leading zeros aside', () => {
		expect(istFremd(STADT, demoCodes)).toBe(true);
		expect(istFremd([{ code: '010', name: '' }, { code: '11', name: '' }], demoCodes)).toBe(false);
	});

	it('boundaries first, then statistics: the district list comes from the boundaries’ attributes, no demo part is left', async () => {
		const { a, arten } = nacheinander([grenzen], [statistik('s2021', '2021-12-31')]);
		expect(arten).toEqual(['neueStadt', 'passt']);
		expect(codesVon(a)).toEqual(STADT);
		const z = stelleZusammen(a, standard);
		expect(Object.keys(z.manifest.dateien).sort()).toEqual(['bezirkszahl', 'geometrie', 'staat', 'stadtbezirk']);
		expect(z.manifest.dateien.staat).toBe(standard.dateien.staat);
		expect(z.manifest).toMatchObject({ beispieldaten: false, hinweis: '', stadt: 'Eigene Stadt', quelle: 'Eigene Daten (grenzen.geojson, s2021.csv)', veroeffentlicht: [] });
		const { bezirke, mh101, o } = await lade(a);
		expect(bezirke).toEqual(['101 Altstadt', '102 Gostenhof', '103 Südstadt']);
		expect(mh101).toBeCloseTo(30, 5);
		expect(o.geometrie?.features.map((f) => f.properties.code)).toEqual(['101', '102', '103']);
	});

	it('boundaries alone wait for the statistics and say so', () => {
		const { a } = nacheinander([grenzen]);
		expect(fehlendeTeile(a)).toEqual(['bezirkszahl']);
		expect(() => stelleZusammen(a, standard)).toThrow(Ladefehler);
		expect(() => stelleZusammen(a, standard)).toThrow('Es fehlen noch: Bevölkerung je Stadtbezirk.');
	});

	it('statistics first, then boundaries: the table’s codes and names become the list, loadable before any map; the boundaries then fill names the table lacked', async () => {
		const namen = [{ code: '101', name: 'Altstadt' }];
		const erst = nacheinander([statistik('s2021', '2021-12-31'), namen]);
		expect(erst.arten).toEqual(['neueStadt']);
		expect(codesVon(erst.a)).toEqual([{ code: '101', name: 'Altstadt' }, { code: '102', name: '102' }, { code: '103', name: '103' }]);
		const ohneKarte = await lade(erst.a);
		expect(ohneKarte.o.geometrie).toBeNull();
		expect(ohneKarte.o.meldungen.map((m) => m.text)).toEqual([expect.stringContaining('Noch keine Bezirksgrenzen geladen')]);
		expect(ohneKarte.bezirke).toEqual(['101 Altstadt', '102 102', '103 103']);

		const { a, arten } = nacheinander([statistik('s2021', '2021-12-31'), namen], [grenzen]);
		expect(arten).toEqual(['neueStadt', 'passt']);
		const { bezirke, o } = await lade(a);
		expect(bezirke).toEqual(['101 Altstadt', '102 Gostenhof', '103 Südstadt']);
		expect(o.geometrie?.features).toHaveLength(3);
		expect(a.quellen.filter((q) => q.teil === 'stadtbezirk')).toHaveLength(1);
	});

	it('statistics whose areas lie in coarser ones keep them as the list’s Stadtteil, through boundaries that do not say', async () => {
		const namen = [{ code: '101', name: 'Altstadt', stadtteil: 'Mitte' }, { code: '102', name: '102', stadtteil: 'Mitte' }, { code: '103', name: '103', stadtteil: 'Süd' }];
		const { a, arten } = nacheinander([statistik('s2021', '2021-12-31'), namen], [grenzen]);
		expect(arten).toEqual(['neueStadt', 'passt']);
		expect(codesVon(a)).toEqual([
			{ code: '101', name: 'Altstadt', stadtteil: 'Mitte' },
			{ code: '102', name: 'Gostenhof', stadtteil: 'Mitte' },
			{ code: '103', name: 'Südstadt', stadtteil: 'Süd' }
		]);
		const d = await (await oeffneArbeitsstand(a, lies)).ladeInDatenbank(db);
		expect(d.stadtbezirke.map((b) => b.stadtteil)).toEqual(['Mitte', 'Mitte', 'Süd']);
	});

	it('district list first, then statistics, then boundaries: the list stays the user’s own', async () => {
		const { a, arten } = nacheinander([liste], [statistik('s2020', '2020-12-31')], [statistik('s2021', '2021-12-31')], [grenzen]);
		expect(arten).toEqual(['neueStadt', 'passt', 'passt', 'passt']);
		expect(a.quellen.find((q) => q.teil === 'stadtbezirk')?.abgeleitet).toBeUndefined();
		expect(stelleZusammen(a, standard).manifest.stichtage).toEqual(['2020-12-31', '2021-12-31']);
		expect((await lade(a)).bezirke).toEqual(['101 Altstadt', '102 Gostenhof', '103 Südstadt']);
	});

	it('statistics with codes the own list lacks offer to become the list, keeping the names known', async () => {
		const p = nacheinander([grenzen], [statistik('s2021', '2021-12-31', ['101', '102', '103', '104'])]);
		expect(p.arten).toEqual(['neueStadt', 'bezirksliste']);
		expect(codesVon(p.a)).toEqual([...STADT, { code: '104', name: '104' }]);
		expect((await lade(p.a)).bezirke).toHaveLength(4);
	});

	it('boundaries numbered without leading zeros, then statistics with them: one city, keyed as the table writes its codes', async () => {
		const ohneNullen: Quelle = { ...grenzen, inhalt: grenzen.inhalt.replace(/"code":"10(\d)"/g, '"code":"$1"') };
		const { a, arten } = nacheinander([ohneNullen], [statistik('s2021', '2021-12-31', ['001', '002', '003'])]);
		expect(arten).toEqual(['neueStadt', 'passt']);
		expect(codesVon(a)).toEqual([{ code: '001', name: 'Altstadt' }, { code: '002', name: 'Gostenhof' }, { code: '003', name: 'Südstadt' }]);
		const o = await oeffneArbeitsstand(a, lies);
		expect((await o.pruefe(await db.verbinde())).map((m) => m.text)).toEqual([]);
		expect(o.geometrie?.features.map((f) => f.properties.code)).toEqual(['001', '002', '003']);
	});

	it('a finding names the user’s own files, not the data set’s internal ones', async () => {
		const { a } = nacheinander([liste], [statistik('s2021', '2021-12-31')]);
		const falsch = { ...a, quellen: a.quellen.map((q) => (q.teil === 'bezirkszahl' ? { ...q, inhalt: q.inhalt.replace(',103,', ',104,') } : q)) };
		const o = await oeffneArbeitsstand(falsch, lies);
		const fehler = await o.pruefe(await db.verbinde()).catch((e: unknown) => (e instanceof Ladefehler ? e.meldungen : []));
		const texte = fehler.map((m) => m.text);
		expect(texte).toContain('Der Stadtbezirk „104“ fehlt in „bezirke.csv“; Bezirksnummern müssen genau so geschrieben sein wie dort.');
		expect(texte.join(' ')).not.toContain('eigene-');
	});

	it('the demo’s own codes still add to the demo data as before', () => {
		const p = plane(null, standard, statistik('k', '2021-12-31', ['10', '11', '12']), bezirkeDerQuelle(statistik('k', '2021-12-31', ['10', '11', '12'])), demoCodes);
		expect(p.art).toBe('passt');
		expect(p.arbeitsstand.eigeneStadt).toBeUndefined();
	});

	it('names what the new city replaces', () => {
		const p = plane(null, standard, grenzen, STADT, demoCodes);
		expect(p.art === 'neueStadt' && p.beispielteile).toEqual(['Stadtbezirke', 'Bevölkerung nach Merkmalen', 'Treffpunkte und Angebote', 'Wohnorte', 'Maßnahmen des Integrationskonzepts', 'Bezirksgrenzen']);
	});
});
