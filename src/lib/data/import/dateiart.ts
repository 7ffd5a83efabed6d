/**
 * What a file is, judged by its first bytes, not only by its name: an Excel file renamed to .csv, a
 * Shapefile without its archive or a binary file are named as such before anything is parsed.
 */
import { fehler, Ladefehler } from '../meldungen';
import { GRENZEN, mb } from './grenzen';

export type Dateiart = 'csv' | 'xlsx' | 'parquet' | 'geojson' | 'shapezip';

const endung = (name: string) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

function beginnt(b: Uint8Array, ...bytes: number[]): boolean {
	return bytes.every((x, i) => b[i] === x);
}

/** Text (also UTF-16 with its byte-order mark) has no NUL bytes outside UTF-16's pattern. */
function istText(b: Uint8Array): boolean {
	if (beginnt(b, 0xff, 0xfe) || beginnt(b, 0xfe, 0xff)) return true;
	const n = Math.min(b.length, 8192);
	for (let i = 0; i < n; i++) if (b[i] === 0) return false;
	return true;
}

function ersterBuchstabe(b: Uint8Array): string {
	let i = beginnt(b, 0xef, 0xbb, 0xbf) ? 3 : 0;
	while (i < b.length && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
	return String.fromCharCode(b[i] ?? 0);
}

/** `groesse`: the whole file's size; `kopf`: its first bytes (a few KB are enough). */
export function erkenneDateiart(datei: string, groesse: number, kopf: Uint8Array): Dateiart {
	const nein = (text: string): never => {
		throw new Ladefehler([fehler(datei, text)]);
	};
	if (groesse === 0) nein('Die Datei ist leer.');
	const zip = beginnt(kopf, 0x50, 0x4b, 0x03, 0x04) || beginnt(kopf, 0x50, 0x4b, 0x05, 0x06);
	const parquet = beginnt(kopf, 0x50, 0x41, 0x52, 0x31);
	const altesExcel = beginnt(kopf, 0xd0, 0xcf, 0x11, 0xe0);
	const e = endung(datei);
	if (altesExcel) nein('Das ist eine Excel-Datei im alten Format (.xls). Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“ speichern.');
	if (e === 'shp' || e === 'dbf' || e === 'shx' || e === 'prj')
		nein('Ein Shapefile besteht aus mehreren Dateien (.shp, .dbf, .prj, .cpg). Bitte alle zusammen als ZIP-Archiv laden.');
	const art: Dateiart | null = zip
		? e === 'xlsx'
			? 'xlsx'
			: e === 'zip'
				? 'shapezip'
				: null
		: parquet
			? 'parquet'
			: istText(kopf)
				? ersterBuchstabe(kopf) === '{' || e === 'geojson' || e === 'json'
					? 'geojson'
					: 'csv'
				: null;
	if (zip && art === null) nein(`Die Datei ist ein ZIP-Archiv, die Endung „.${e}“ passt nicht dazu. Excel-Dateien enden auf .xlsx, Shapefiles kommen als .zip.`);
	if (art === null) nein('Die Datei ist weder Text (CSV) noch Excel, Parquet, GeoJSON oder ein ZIP-Archiv; sie kann nicht gelesen werden.');
	if (e === 'xlsx' && art !== 'xlsx') nein('Die Datei endet auf .xlsx, ist aber keine Excel-Arbeitsmappe (kein ZIP-Archiv); vielleicht unvollständig heruntergeladen?');
	if (e === 'parquet' && art !== 'parquet') nein('Die Datei endet auf .parquet, ist aber keine Parquet-Datei (die Kennung „PAR1“ fehlt).');
	if (e === 'zip' && art !== 'shapezip') nein('Die Datei endet auf .zip, ist aber kein ZIP-Archiv.');
	if ((e === 'geojson' || e === 'json') && art !== 'geojson') nein('Die Datei endet auf .geojson, ist aber kein Text.');
	const grenze = art === 'xlsx' || art === 'shapezip' ? GRENZEN.archiv : GRENZEN.datei;
	if (groesse > grenze) nein(`Die Datei ist mit ${mb(groesse)} zu groß für den Browser (höchstens ${mb(grenze)}). Bitte die Daten aufteilen oder vorher zusammenfassen.`);
	return art!;
}
