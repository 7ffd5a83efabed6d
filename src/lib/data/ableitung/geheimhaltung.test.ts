/**
 * Statistical confidentiality end to end through the loader: no table a view can read holds a count
 * below the threshold, and no suppressed count can be recovered by subtraction from a shown total.
 */
import { describe, expect, it } from 'vitest';
import { csvFormat } from 'd3-dsv';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { pruefeManifest } from '../manifest';
import { ladeTabellen } from '../laden/tabellen';
import { frageIndikatortabelle } from '../indikatortabelle';
import { GESAMTSTADT } from '../schema';
import { kleineZahlen } from '../laden/kleineZahlen';
import { resteDerWahrenWerte } from '../testing/reste';

const SCHWELLE = 3;

const bezirke = [
	{ code: 'A', einwohner: 900, mh: 300, auslaender: 150, eingebuergert: 148, aussiedler: 2 },
	{ code: 'B', einwohner: 800, mh: 250, auslaender: 120, eingebuergert: 90, aussiedler: 40 },
	{ code: 'C', einwohner: 700, mh: 210, auslaender: 100, eingebuergert: 80, aussiedler: 30 },
	{ code: 'D', einwohner: 200, mh: 60, auslaender: 30, eingebuergert: 20, aussiedler: 10 }
];

async function lade(mindestEinwohner = 0): Promise<NodeDatabase> {
	const manifest = pruefeManifest(
		{
			id: 'geheim',
			titel: 'Geheimhaltung',
			stadt: 'Teststadt',
			beispieldaten: true,
			hinweis: 'Testdaten',
			quelle: 'Test',
			stichtage: ['2020-12-31'],
			geheimhaltung: { schwelle: SCHWELLE, mindestEinwohner },
			dateien: { stadtbezirk: 'b.csv', bezirkszahl: 'z.csv', staat: 's.csv', geometrie: 'g.geojson' }
		},
		'datensatz.json'
	);
	const dateien: Record<string, string> = {
		'b.csv': csvFormat(bezirke.map((b) => ({ code: b.code, name: `Bezirk ${b.code}` }))),
		's.csv': 'iso,name\nDE,Deutschland\n',
		'z.csv': csvFormat(bezirke.map((b) => ({ stichtag: '2020-12-31', stadtbezirk: b.code, ...b, code: undefined })), ['stichtag', 'stadtbezirk', 'einwohner', 'mh', 'auslaender', 'eingebuergert', 'aussiedler'])
	};
	const db = await nodeDatabase();
	await ladeTabellen(db, manifest, async (f) => dateien[f]);
	return db;
}

describe('statistical confidentiality', () => {
	it('suppresses the small count, and a second cell in its column and in its row, so that no subtraction recovers it', async () => {
		const db = await lade();
		const zeilen = await db.query<Record<string, number | null | string | string[]>>(`SELECT * FROM bezirk_kennzahl ORDER BY code`);
		const a = zeilen.find((z) => z.code === 'A')!;
		expect(a.aussiedler).toBeNull();
		const stadt = zeilen.find((z) => z.code === GESAMTSTADT)!;
		const bezirksZeilen = zeilen.filter((z) => z.code !== GESAMTSTADT);
		// Column: the districts add up to the city total, which is shown.
		for (const g of ['aussiedler', 'eingebuergert', 'auslaender', 'mh']) {
			const gesperrt = bezirksZeilen.filter((z) => z[g] === null).length;
			expect(gesperrt, g).not.toBe(1);
			expect(stadt[g], g).not.toBeNull();
		}
		// Row: Eingebürgerte + Aussiedler*innen + Ausländer*innen = MH, all shown for A except the suppressed ones.
		const zeileA = ['mh', 'eingebuergert', 'aussiedler', 'auslaender'].filter((g) => a[g] === null);
		expect(zeileA.length).toBeGreaterThanOrEqual(2);
		expect([...(a.gesperrt as unknown as Iterable<string>)]).toEqual(expect.arrayContaining(['aussiedler']));
	});

	it('leaves no count below the threshold in any table a view can read, and no population row at all', async () => {
		const db = await lade();
		const klein = await kleineZahlen(db, SCHWELLE);
		expect(klein.gepruefte).toBeGreaterThan(10);
		expect(klein.funde).toEqual([]);
		// The population rows and the cells before suppression, with every true value, are gone.
		expect(await resteDerWahrenWerte(db)).toEqual({ zeilen: 0, tabellen: [] });
	});

	it('withholds the shares computed from a suppressed count and marks them', async () => {
		const t = await frageIndikatortabelle(await lade());
		const k = (id: string, code: string) => (t.indikatoren.indexOf(id) * t.codes.length + t.codes.indexOf(code));
		expect(t.werte[k('aussiedler_anteil', 'A')]).toBeNull();
		expect(t.sperren[k('aussiedler_anteil', 'A')]).toBe('wert');
		expect(t.werte[k('aussiedler_anteil', GESAMTSTADT)]).toBeCloseTo((100 * 82) / 2600, 9);
		expect(t.sperren[k('einwohner', 'A')]).toBeNull();
	});

	it('greys out the shares of districts below the minimum population, not their counts', async () => {
		const t = await frageIndikatortabelle(await lade(300));
		const k = (id: string, code: string) => (t.indikatoren.indexOf(id) * t.codes.length + t.codes.indexOf(code));
		expect(t.werte[k('mh_anteil', 'D')]).toBeNull();
		expect(t.sperren[k('mh_anteil', 'D')]).toBe('bezirk');
		expect(t.werte[k('einwohner', 'D')]).toBe(200);
		expect(t.werte[k('mh_anteil', 'C')]).toBeCloseTo(30, 9);
	});
});
