/** What a file is, told by its first bytes and its name, before anything is parsed. */
import { describe, expect, it } from 'vitest';
import { erkenneDateiart } from './dateiart';
import { GRENZEN } from './grenzen';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (t: string) => new TextEncoder().encode(t);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);
const LEERES_ZIP = bytes(0x50, 0x4b, 0x05, 0x06, 0x00, 0x00);
const PARQUET = bytes(0x50, 0x41, 0x52, 0x31, 0x15, 0x04);
const XLS = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1);
/** The reason a file is refused, or null. */
function grund(datei: string, kopf: Uint8Array, groesse = kopf.length): string | null {
	try {
		erkenneDateiart(datei, groesse, kopf);
		return null;
	} catch (e) {
		return (e as { meldungen: { text: string }[] }).meldungen.map((m) => m.text).join('\n');
	}
}

describe('erkenneDateiart', () => {
	it('tells tables, workbooks, Parquet, GeoJSON and zipped Shapefiles apart', () => {
		expect(erkenneDateiart('Bezirke.CSV', 10, text('a;b\n1;2'))).toBe('csv');
		expect(erkenneDateiart('bezirke.txt', 10, text('a;b\n1;2'))).toBe('csv');
		expect(erkenneDateiart('mappe.xlsx', 10, ZIP)).toBe('xlsx');
		expect(erkenneDateiart('grenzen.zip', 10, ZIP)).toBe('shapezip');
		expect(erkenneDateiart('grenzen.zip', 10, LEERES_ZIP)).toBe('shapezip');
		expect(erkenneDateiart('register.parquet', 10, PARQUET)).toBe('parquet');
		expect(erkenneDateiart('auszug.dat', 10, PARQUET)).toBe('parquet');
		expect(erkenneDateiart('grenzen.geojson', 10, text('{"type":"FeatureCollection"}'))).toBe('geojson');
		expect(erkenneDateiart('grenzen.json', 10, text('[]'))).toBe('geojson');
		expect(erkenneDateiart('grenzen.geojson', 10, text('[]'))).toBe('geojson');
		// The name's last ending counts, and a name without one is read by the bytes alone.
		expect(erkenneDateiart('bezirke.2021.xlsx', 10, ZIP)).toBe('xlsx');
		expect(erkenneDateiart('Bezirke', 10, text('a;b\n1;2'))).toBe('csv');
		expect(grund('Bezirke', ZIP)).toBe('Die Datei ist ein ZIP-Archiv, die Endung „.“ passt nicht dazu. Excel-Dateien enden auf .xlsx, Shapefiles kommen als .zip.');
	});

	it('reads a text file starting with "{" as GeoJSON, also after a byte-order mark and blank space', () => {
		expect(erkenneDateiart('grenzen.txt', 10, text('{"type":"FeatureCollection"}'))).toBe('geojson');
		expect(erkenneDateiart('grenzen.txt', 10, bytes(0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x0d, 0x09, 0x7b))).toBe('geojson');
		expect(erkenneDateiart('tabelle.txt', 10, bytes(0xef, 0xbb, 0xbf, 0x20, 0x61, 0x7b))).toBe('csv');
		expect(erkenneDateiart('tabelle.txt', 10, bytes(0x0a, 0x0a))).toBe('csv');
	});

	it('takes UTF-16 with its byte-order mark as text, despite its NUL bytes', () => {
		expect(erkenneDateiart('tabelle.csv', 10, bytes(0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00))).toBe('csv');
		expect(erkenneDateiart('tabelle.csv', 10, bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x3b))).toBe('csv');
		expect(grund('tabelle.csv', bytes(0xff, 0x61, 0x00, 0x3b))).toMatch(/^Die Datei ist weder Text/);
	});

	it('looks for NUL bytes in the first 8 KB only', () => {
		const kopf = new Uint8Array(8193).fill(0x61);
		kopf[8192] = 0;
		expect(erkenneDateiart('tabelle.csv', kopf.length, kopf)).toBe('csv');
		kopf[8191] = 0;
		expect(grund('tabelle.csv', kopf)).toMatch(/^Die Datei ist weder Text/);
	});

	it('refuses an empty file, an old workbook and a Shapefile without its archive', () => {
		expect(grund('leer.csv', text(''), 0)).toBe('Die Datei ist leer.');
		expect(grund('mappe.xls', XLS)).toMatch(/^Das ist eine Excel-Datei im alten Format \(\.xls\)/);
		expect(grund('mappe.csv', XLS)).toMatch(/^Das ist eine Excel-Datei im alten Format/);
		for (const e of ['shp', 'dbf', 'shx', 'prj']) expect(grund(`grenzen.${e}`, bytes(0x00, 0x00, 0x27, 0x0a))).toMatch(/^Ein Shapefile besteht aus mehreren Dateien/);
	});

	it('refuses a file whose name promises what its bytes are not', () => {
		expect(grund('mappe.csv', ZIP)).toBe('Die Datei ist ein ZIP-Archiv, die Endung „.csv“ passt nicht dazu. Excel-Dateien enden auf .xlsx, Shapefiles kommen als .zip.');
		expect(grund('mappe.xlsx', text('a;b'))).toMatch(/^Die Datei endet auf \.xlsx, ist aber keine Excel-Arbeitsmappe/);
		expect(grund('daten.parquet', text('a;b'))).toMatch(/^Die Datei endet auf \.parquet, ist aber keine Parquet-Datei/);
		expect(grund('grenzen.zip', text('a;b'))).toBe('Die Datei endet auf .zip, ist aber kein ZIP-Archiv.');
		expect(grund('grenzen.geojson', PARQUET)).toBe('Die Datei endet auf .geojson, ist aber kein Text.');
		expect(grund('grenzen.json', PARQUET)).toBe('Die Datei endet auf .geojson, ist aber kein Text.');
		expect(grund('bild.png', bytes(0x89, 0x50, 0x00, 0x47))).toBe('Die Datei ist weder Text (CSV) noch Excel, Parquet, GeoJSON oder ein ZIP-Archiv; sie kann nicht gelesen werden.');
	});

	it('allows archives less than plain files, up to the limit itself', () => {
		expect(erkenneDateiart('mappe.xlsx', GRENZEN.archiv, ZIP)).toBe('xlsx');
		expect(grund('mappe.xlsx', ZIP, GRENZEN.archiv + 1)).toMatch(/^Die Datei ist mit 100 MB zu groß für den Browser \(höchstens 100 MB\)/);
		expect(grund('grenzen.zip', ZIP, GRENZEN.archiv + 1)).toMatch(/höchstens 100 MB/);
		expect(erkenneDateiart('tabelle.csv', GRENZEN.datei, text('a;b'))).toBe('csv');
		expect(grund('tabelle.csv', text('a;b'), GRENZEN.datei + 1)).toMatch(/höchstens 300 MB/);
		expect(erkenneDateiart('tabelle.csv', GRENZEN.archiv + 1, text('a;b'))).toBe('csv');
	});
});
