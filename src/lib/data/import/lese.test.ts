/** A dropped file read into a table or into boundaries, or refused with the reason. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lese } from './lese';

const text = (t: string) => new TextEncoder().encode(t);
async function grund(datei: string, bytes: Uint8Array): Promise<string> {
	try {
		await lese(datei, bytes);
		return '';
	} catch (e) {
		return (e as { meldungen: { text: string }[] }).meldungen.map((m) => m.text).join('\n');
	}
}

describe('lese', () => {
	it('reads a text table, with pairs of value and name columns one below the other', async () => {
		const e = await lese('werte.csv', text('Gebiet;Basiswert 1;Name Basiswert 1;Basiswert 2;Name Basiswert 2\n1;100;Einwohner;20;Ausländer\n2;50;Einwohner;;\n'));
		expect(e.art).toBe('tabelle');
		if (e.art !== 'tabelle') return;
		expect(e.roh.kopf).toEqual(['Gebiet', 'Basiswert', 'Name Basiswert']);
		expect(e.roh.zeilen).toEqual([['1', '100', 'Einwohner'], ['1', '20', 'Ausländer'], ['2', '50', 'Einwohner']]);
		expect(e.roh.zeileVon).toEqual([2, 2, 3]);
		expect(e.roh.hinweise.map((h) => h.text)).toEqual(['Die Spaltenpaare „Basiswert 1“/„Name Basiswert 1“, „Basiswert 2“/„Name Basiswert 2“ werden untereinander gelesen: je Zahl eine Zeile mit ihrer Bezeichnung in „Name Basiswert“ (2 Zeilen der Datei, 3 Zahlen).']);
	});

	it('leaves a single pair of value and name, or pairs of different stems, as they are', async () => {
		const eins = await lese('w.csv', text('Gebiet;Wert 1;Name Wert 1\n1;5;Einwohner\n'));
		expect(eins.art === 'tabelle' && eins.roh.kopf).toEqual(['Gebiet', 'Wert 1', 'Name Wert 1']);
		const zwei = await lese('w.csv', text('Gebiet;Wert 1;Name Wert 1;Zahl 2;Name Zahl 2\n1;5;Einwohner;3;Frauen\n'));
		expect(zwei.art === 'tabelle' && zwei.roh.kopf).toEqual(['Gebiet', 'Wert 1', 'Name Wert 1', 'Zahl 2', 'Name Zahl 2']);
		const ohneNummer = await lese('w.csv', text('Gebiet;Wert;Name Wert;Zahl;Name Zahl\n1;5;Einwohner;3;Frauen\n'));
		expect(ohneNummer.art === 'tabelle' && ohneNummer.roh.kopf).toHaveLength(5);
	});

	it('reads GeoJSON as boundaries', async () => {
		const e = await lese('grenzen.geojson', text(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '1' }, geometry: { type: 'Polygon', coordinates: [[[10.3, 47.7], [10.31, 47.7], [10.31, 47.71], [10.3, 47.7]]] } }] })));
		expect(e.art).toBe('geometrie');
	});

	it('refuses a file without a header of two columns, and one with the header only', async () => {
		expect(await grund('eine.csv', text('Nur eine Zeile Text\n'))).toBe('Keine Tabelle gefunden: es fehlt eine Kopfzeile mit mindestens zwei Spaltennamen.');
		expect(await grund('kopf.csv', text('Stadtbezirk;Stichtag;Einwohner\n'))).toBe('Die Datei enthält nur die Kopfzeile („Stadtbezirk“, „Stichtag“, „Einwohner“) und keine Datenzeilen; es gibt nichts zu laden.');
	});

	it('hands a Parquet file to the Parquet reader', async () => {
		const kaputt = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/import/fehlerhaft/kaputt.parquet')));
		expect(await grund('kaputt.parquet', kaputt)).toBe('Die Parquet-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.');
	});

	it('reads every pair of a row with a value or a name, and leaves out a pair with neither', async () => {
		const e = await lese('werte.csv', text('Gebiet;Basiswert 1;Name Basiswert 1;Basiswert 2;Name Basiswert 2\n1;100;;;Ausländer\n2;;;;\n'));
		expect(e.art === 'tabelle' && e.roh.zeilen).toEqual([['1', '100', ''], ['1', '', 'Ausländer']]);
	});

	it('reads pairs numbered without a space or beyond 9 under their common stem', async () => {
		const ohne = await lese('w.csv', text('Gebiet;Wert1;Name Wert1;Wert2;Name Wert2\n1;5;Einwohner;3;Frauen\n'));
		expect(ohne.art === 'tabelle' && ohne.roh.kopf).toEqual(['Gebiet', 'Wert', 'Name Wert']);
		const zehn = await lese('w.csv', text('Gebiet;Wert 9;Name Wert 9;Wert 10;Name Wert 10\n1;5;Einwohner;3;Frauen\n'));
		expect(zehn.art === 'tabelle' && zehn.roh.kopf).toEqual(['Gebiet', 'Wert', 'Name Wert']);
		const jahr = await lese('w.csv', text('Gebiet;Wert 2020 1;Name Wert 2020 1;Wert 2020 2;Name Wert 2020 2\n1;5;Einwohner;3;Frauen\n'));
		expect(jahr.art === 'tabelle' && jahr.roh.kopf).toEqual(['Gebiet', 'Wert 2020', 'Name Wert 2020']);
	});
});
