import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase } from './duckdb/node';
import { loadDatensatz } from './load';
import { AtlasQueries } from './queries';
import { Ladefehler } from './ladefehler';
import type { Database } from './database';
import type { DatensatzManifest } from './manifest';

const manifest: DatensatzManifest = {
	id: 'test',
	titel: 'Test',
	beispieldaten: true,
	hinweis: 'Testdaten',
	quelle: 'Test',
	stichtage: ['2020-12-31'],
	dateien: { stadtbezirk: 'stadtbezirk.csv', bevoelkerung: 'bevoelkerung.csv', staat: 'staat.csv', geometrie: 'x.geojson' }
};
const HEADER = 'stichtag,stadtbezirk,geschlecht,altersgruppe,status,staatsangehoerigkeit,eu,fluchthintergrund,aufenthaltsdauer,anzahl';
const files = (bevoelkerung: string): Record<string, string> => ({
	'stadtbezirk.csv': 'code,name,stadtteil,flaeche_km2\n10,Nord,1,2.0\n11,Süd,1,3.0\n',
	'staat.csv': 'iso,name,eu_beitritt,eu_austritt\nDE,Deutschland,1958-01-01,\nTR,Türkei,,\n',
	'bevoelkerung.csv': `${HEADER}\n${bevoelkerung}`
});
const GOOD = [
	'2020-12-31,10,w,20-24,deutsch,DE,,false,,60',
	'2020-12-31,10,m,20-24,auslaender,TR,false,true,1-4,40',
	'2020-12-31,11,w,65-69,eingebuergert,DE,,false,,25',
	'2020-12-31,11,m,15-17,deutsch,DE,,false,,75'
].join('\n');

let db: Database;
let q: AtlasQueries;
beforeAll(async () => {
	db = await nodeDatabase();
	q = new AtlasQueries(db);
	await loadDatensatz(db, manifest, async (f) => files(GOOD)[f]);
});

describe('loadDatensatz', () => {
	it('computes shares, changes and ranks from a hand-made table', async () => {
		const mh = await q.indikatorWerte('2020-12-31', 'mh_anteil');
		expect(mh).toEqual([
			{ code: '10', wert: 40, veraenderung: null },
			{ code: '11', wert: 25, veraenderung: null },
			{ code: 'gesamt', wert: 32.5, veraenderung: null }
		]);
		const dichte = await q.indikatorWerte('2020-12-31', 'dichte');
		expect(dichte.find((d) => d.code === 'gesamt')?.wert).toBe(200 / 5);
		const u18 = await q.indikatorWerte('2020-12-31', 'unter18_anteil');
		expect(u18.find((d) => d.code === '11')?.wert).toBe(75);
		const neu = await q.indikatorWerte('2020-12-31', 'neuzugewandert_anteil');
		expect(neu.find((d) => d.code === '10')?.wert).toBe(100);
		expect(neu.find((d) => d.code === '11')?.wert).toBeNull();
	});

	it('names file, row and column of a bad value in German and keeps the data loaded before', async () => {
		const bad = GOOD.replace('false,,25', 'false,,fünfundzwanzig');
		const error = await loadDatensatz(db, manifest, async (f) => files(bad)[f]).catch((e) => e);
		expect(error).toBeInstanceOf(Ladefehler);
		expect(error.message).toBe(
			'Datei „bevoelkerung.csv“, Zeile 4, Spalte „anzahl“: Der Wert „fünfundzwanzig“ ist kein gültiger Wert vom Typ ganze Zahl.'
		);
		q.invalidate();
		expect((await q.indikatorWerte('2020-12-31', 'mh_anteil')).find((w) => w.code === 'gesamt')?.wert).toBe(32.5);
	});

	it('reports a row with too many columns', async () => {
		const error = await loadDatensatz(db, manifest, async (f) => files(`${GOOD}\n2020-12-31,10,w,20-24,deutsch,DE,,false,,5,99`)[f]).catch((e) => e);
		expect(error).toBeInstanceOf(Ladefehler);
		expect(error.message).toMatch(/^Datei „bevoelkerung.csv“, Zeile 6: Die Zeile hat eine andere Anzahl Spalten als die Kopfzeile\.$/);
	});
});
