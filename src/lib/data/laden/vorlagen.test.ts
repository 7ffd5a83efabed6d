/** The templates a city downloads must pass the loader as they are. */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeDatabase } from '../duckdb/node';
import { ladeTabellen } from './tabellen';
import { pruefeManifest } from '../manifest';
import { TABELLEN } from '../schema';

const ORDNER = join(import.meta.dirname, '../../../../static/vorlagen');

describe('templates', () => {
	it('load without errors or warnings and carry every column of the schema', async () => {
		const manifest = pruefeManifest(
			{
				id: 'vorlage',
				titel: 'Vorlage',
				stadt: 'Musterstadt',
				beispieldaten: true,
				hinweis: 'Vorlage',
				quelle: 'Vorlage',
				stichtage: ['2020-12-31'],
				dateien: {
					stadtbezirk: 'stadtbezirk-vorlage.csv',
					bevoelkerung: 'bevoelkerung-vorlage.csv',
					staat: 'staat-vorlage.csv',
					massnahme: 'massnahme-vorlage.csv',
					einrichtung: 'einrichtung-vorlage.csv',
					wohnort: 'wohnort-vorlage.csv',
					geometrie: 'x.geojson'
				}
			},
			'datensatz.json'
		);
		const lies = (datei: string) => readFile(join(ORDNER, datei), 'utf8');
		for (const [tabelle, spalten] of Object.entries(TABELLEN)) {
			const kopf = (await lies(`${tabelle}-vorlage.csv`)).split('\n')[0].split(',');
			expect(kopf).toEqual(spalten.map((s) => s.name));
		}
		const warnungen = await ladeTabellen(await nodeDatabase(), manifest, lies);
		expect(warnungen.filter((w) => !w.text.includes('keine Einwohner'))).toEqual([]);
		// The population as counts per district instead of by characteristics.
		const { bevoelkerung: _, ...andere } = manifest.dateien;
		const jeBezirk = { ...manifest, dateien: { ...andere, bezirkszahl: 'bezirkszahl-vorlage.csv' } };
		expect(await ladeTabellen(await nodeDatabase(), jeBezirk, lies)).toEqual([]);
	});
});
