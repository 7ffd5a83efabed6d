import { describe, expect, it } from 'vitest';
import { csvFormat } from 'd3-dsv';
import { nodeDatabase } from '../../data/duckdb/node';
import { ladeTabellen } from '../../data/laden/tabellen';
import { pruefeManifest, type DatensatzManifestEingabe } from '../../data/manifest';
import { Koordinator } from '../../data/abfragen/koordinator';
import { frageIndikatortabelle } from '../../data/indikatortabelle';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { standarddaten } from '../../data/testing/defaultData';
import { faktencheck } from './abbildungen';
import { faktencheckDaten } from './daten';

type Zeile = Record<string, string | number>;

/** A district table as an office publishes it: only the columns given, two Stichtage (2005, 2012). */
async function bericht(zeilen: Zeile[], spalten: string[], extra: Partial<DatensatzManifestEingabe> = {}, stichtag = '2012-12-31') {
	const stichtage = [...new Set(zeilen.map((z) => String(z.stichtag)))].sort();
	const manifest = pruefeManifest(
		{ id: 'fremd', titel: 'Fremde Stadt', stadt: 'Fremde Stadt', beispieldaten: false, quelle: 'Statistikamt', stichtage, dateien: { stadtbezirk: 'b.csv', bezirkszahl: 'z.csv', staat: 's.csv', geometrie: 'g.geojson' }, ...extra },
		'datensatz.json'
	);
	const dateien: Record<string, string> = {
		'b.csv': 'code,name\n101,Altstadt\n102,Neustadt\n',
		's.csv': 'iso,name\nDE,Deutschland\n',
		'z.csv': csvFormat(zeilen, ['stichtag', 'stadtbezirk', ...spalten])
	};
	const db = await nodeDatabase();
	await ladeTabellen(db, manifest, async (f) => dateien[f]);
	const k = new Koordinator(db);
	const tabelle = await frageIndikatortabelle(db);
	const d = await faktencheckDaten(k, stichtag);
	// The maps' geometry is only drawn (svg()), never read while the specs are built.
	return faktencheck(d, { stichtag, manifest, tabelle, geometrie: {} as Bezirksgeometrie, bezirkName: new Map([['101', 'Altstadt'], ['102', 'Neustadt']]) });
}

const NUR_MH: Zeile[] = [
	{ stichtag: '2005-12-31', stadtbezirk: '101', einwohner: 4000, mh: 1000 },
	{ stichtag: '2005-12-31', stadtbezirk: '102', einwohner: 6000, mh: 1200 },
	{ stichtag: '2012-12-31', stadtbezirk: '101', einwohner: 4200, mh: 1300 },
	{ stichtag: '2012-12-31', stadtbezirk: '102', einwohner: 6100, mh: 1500 }
];

const alleTexte = (b: Awaited<ReturnType<typeof bericht>>) => [
	...b.abbildungen.flatMap((a) => [a.titel, ...a.saetze, ...a.hinweise, ...a.tabelle.zeilen.flat().map(String), ...a.tabelle.fussnoten]),
	...b.entfallen.flatMap((e) => [e.titel, e.grund])
];

describe('Faktencheck with partial data', () => {
	it('with only Einwohner and MH: no invented zeros, no broken sentences, the missing figures left out with the column that would fill them', async () => {
		const b = await bericht(NUR_MH, ['einwohner', 'mh']);
		const texte = alleTexte(b);
		expect(b.abbildungen.map((a) => a.id)).toEqual(['status', 'entwicklung', 'karte-mh_anteil', 'segregation']);
		const status = b.abbildungen[0];
		expect(status.saetze).toEqual(['Von den 10.300 Einwohner*innen haben 2.800 einen Migrationshintergrund (27,2 %).']);
		expect(status.hinweise).toEqual([
			'Keine Angabe: Die geladenen Daten enthalten die Zahl der Eingebürgerten, die Zahl der Aussiedler*innen und die Zahl der Ausländer*innen nicht; die Spalten „eingebuergert“, „aussiedler“ und „auslaender“ der Zahlen je Stadtbezirk würden diese Angaben liefern.'
		]);
		expect(status.tabelle.zeilen).toEqual([
			['Deutsche ohne Migrationshintergrund', 7500, expect.closeTo(72.8, 1)],
			['Eingebürgerte', 'keine Angabe', 'keine Angabe'],
			['Aussiedler*innen', 'keine Angabe', 'keine Angabe'],
			['Ausländer*innen', 'keine Angabe', 'keine Angabe']
		]);
		expect(status.tabelle.fussnoten).toContain(status.hinweise[0]);
		expect(b.abbildungen[1].saetze).toEqual([
			'Der Anteil der Menschen mit Migrationshintergrund stieg von 22,0 % (2005) auf 27,2 % (2012).',
			'Die Zahl der Einwohner*innen stieg von 10.000 (2005) auf 10.300 (2012), um 300.'
		]);
		expect(b.entfallen.map((e) => e.titel)).toEqual([
			'Altersaufbau nach Migrationsstatus',
			'Die zehn häufigsten Staatsangehörigkeiten der Ausländer*innen',
			'Entwicklung der fünf häufigsten Staatsangehörigkeiten',
			'Ausländer*innen aus EU-Staaten und Drittstaaten',
			'Aufenthaltsdauer der Ausländer*innen im Bundesgebiet',
			'Anteil Ausländer*innen je Stadtbezirk'
		]);
		expect(b.entfallen[0].grund).toBe('Keine Angabe: Die geladenen Daten enthalten den Altersaufbau nicht; die Spalten „altersgruppe“ und „geschlecht“ der Bevölkerung nach Merkmalen würden diese Angabe liefern.');
		expect(b.entfallen[3].grund).toMatch(/„auslaender_eu“.*„auslaender_dritt“/);
		expect(b.entfallen[5].grund).toMatch(/„auslaender“ der Zahlen je Stadtbezirk/);
		for (const t of texte) {
			expect(t).not.toMatch(/\b0 Ausländer|0,0 %|sind \.|bei \.|\(\)|undefined|NaN|null/);
			expect(t).not.toMatch(/2016|umgestellt|Kempten|KIK/);
		}
	});

	it('a real 0 stays 0, apart from a count the data lack', async () => {
		const null_ = NUR_MH.map((z) => ({ ...z, auslaender: 0 }));
		const b = await bericht(null_, ['einwohner', 'mh', 'auslaender']);
		const status = b.abbildungen.find((a) => a.id === 'status')!;
		expect(status.saetze[1]).toBe('Darunter sind 0 Ausländer*innen (0,0 % der Bevölkerung).');
		expect(status.tabelle.zeilen[3]).toEqual(['Ausländer*innen', 0, 0]);
		expect(status.tabelle.zeilen[1]).toEqual(['Eingebürgerte', 'keine Angabe', 'keine Angabe']);
		expect(status.hinweise[0]).toMatch(/Eingebürgerten.*Aussiedler\*innen nicht/);
		expect(status.hinweise[0]).not.toMatch(/Ausländer/);
	});

	it('speaks of a change of method only beside data that reach it', async () => {
		const wechsel = (jahr: number) => ({ begriffe: { methodenwechsel: { jahr, text: `Die Zählweise wurde ${jahr} umgestellt.` } } });
		const quer = await bericht(NUR_MH, ['einwohner', 'mh'], wechsel(2010));
		expect(quer.abbildungen.find((a) => a.id === 'entwicklung')!.hinweise).toContain('Die Zählweise wurde 2010 umgestellt.');
		const danach = await bericht(NUR_MH, ['einwohner', 'mh'], wechsel(2016));
		expect(alleTexte(danach).join(' ')).not.toMatch(/umgestellt/);
	});

	it('a single Stichtag gives no development sentence rather than "lag 2012 wie 2012"', async () => {
		const b = await bericht(NUR_MH.filter((z) => z.stichtag === '2012-12-31'), ['einwohner', 'mh']);
		expect(b.abbildungen.find((a) => a.id === 'entwicklung')!.saetze).toEqual([]);
	});

	it('the default data set fills every figure, with the sentences as before', async () => {
		const { k, manifest, tabelle } = await standarddaten();
		const stichtag = '2020-12-31';
		const b = faktencheck(await faktencheckDaten(k, stichtag), { stichtag, manifest, tabelle, geometrie: {} as Bezirksgeometrie, bezirkName: new Map() });
		expect(b.entfallen).toEqual([]);
		expect(b.abbildungen).toHaveLength(10);
		expect(b.abbildungen[0].saetze[0]).toBe('Von den 70.787 Einwohner*innen haben 27.027 einen Migrationshintergrund (38,2 %).');
		expect(b.abbildungen[0].hinweise).toEqual([]);
		expect(b.abbildungen[2].saetze[0]).toMatch(/^Der Anteil der Menschen mit Migrationshintergrund stieg von .* \(2016\) auf 38,2 % \(2020\)\.$/);
		expect(b.abbildungen[3].saetze[0]).toMatch(/^Die häufigsten Staatsangehörigkeiten sind Türkei \([\d.]+\), Italien/);
	}, 180_000);
});
