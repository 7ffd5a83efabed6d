/**
 * A dropped file read into what the import works with: a table (CSV, XLSX, Parquet) or boundaries
 * (GeoJSON, zipped Shapefile). Runs in a web worker in the browser (lese.worker.ts) and directly in
 * tests; every failure is a Ladefehler naming the file.
 */
import { erkenneDateiart } from './dateiart';
import { excelTabelle } from './excelTabelle';
import { parquetTabelle } from './parquetTabelle';
import { textTabelle } from './textTabelle';
import { leseGeoJson, leseShapefile, type GeoRoh } from './geometrieImport';
import type { Rohtabelle } from './rohtabelle';
import { fehler, Ladefehler } from '../meldungen';
import { GRENZEN } from './grenzen';
import { entfalteWertpaare } from './wertpaare';

export type Eingelesen = { art: 'tabelle'; roh: Rohtabelle } | { art: 'geometrie'; geo: GeoRoh };

export async function lese(datei: string, bytes: Uint8Array, blatt?: string): Promise<Eingelesen> {
	const art = erkenneDateiart(datei, bytes.length, bytes.subarray(0, 8192));
	if (art === 'geojson') return { art: 'geometrie', geo: leseGeoJson(datei, bytes) };
	if (art === 'shapezip') return { art: 'geometrie', geo: leseShapefile(datei, bytes) };
	const gelesen = art === 'xlsx' ? await excelTabelle(datei, bytes, blatt) : art === 'parquet' ? await parquetTabelle(datei, bytes) : textTabelle(datei, bytes);
	const roh = entfalteWertpaare(gelesen);
	if (roh.kopf.length < 2) throw new Ladefehler([fehler(datei, 'Keine Tabelle gefunden: es fehlt eine Kopfzeile mit mindestens zwei Spaltennamen.')]);
	if (roh.zeilen.length === 0) throw new Ladefehler([fehler(datei, `Die Datei enthält nur die Kopfzeile (${roh.kopf.map((k) => `„${k}“`).join(', ')}) und keine Datenzeilen; es gibt nichts zu laden.`)]);
	if (roh.zeilen.length > GRENZEN.zeilen) throw new Ladefehler([fehler(datei, `Die Tabelle hat mehr als ${GRENZEN.zeilen.toLocaleString('de-DE')} Zeilen; so große Tabellen gehen nur als CSV (Melderegister-Auszug).`)]);
	return { art: 'tabelle', roh };
}
