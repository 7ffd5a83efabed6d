/**
 * An Excel workbook (.xlsx): any sheet, with title rows above the table. The archive is checked for
 * its unpacked size first (zip.ts), so a workbook cannot unpack to more than the tab can hold.
 */
import readXlsxFile from 'read-excel-file/universal';
import { fehler, Ladefehler } from '../meldungen';
import { entpacke } from './zip';
import { alsRohtabelle, type Rohtabelle, type Zelle } from './rohtabelle';

/** `blatt`: the sheet's name; without it, the first sheet that holds a table. */
export async function excelTabelle(datei: string, bytes: Uint8Array, blatt?: string): Promise<Rohtabelle> {
	entpacke(datei, bytes, () => false);
	let blaetter: { sheet: string; data: Zelle[][] }[];
	try {
		blaetter = (await readXlsxFile(bytes.slice().buffer)) as unknown as { sheet: string; data: Zelle[][] }[];
	} catch {
		throw new Ladefehler([fehler(datei, 'Die Excel-Datei kann nicht gelesen werden (beschädigt oder kein Arbeitsblatt).')]);
	}
	const namen = blaetter.map((b) => b.sheet);
	const gewaehlt = blatt ? blaetter.find((b) => b.sheet === blatt) : blaetter.find((b) => alsRohtabelle(datei, b.data).kopf.length >= 2);
	if (!gewaehlt) throw new Ladefehler([fehler(datei, blatt ? `Die Arbeitsmappe hat kein Blatt „${blatt}“.` : 'Keines der Blätter enthält eine Tabelle mit Kopfzeile.')]);
	return { ...alsRohtabelle(datei, gewaehlt.data), blatt: gewaehlt.sheet, blaetter: namen, format: `Excel, Blatt „${gewaehlt.sheet}“` };
}
