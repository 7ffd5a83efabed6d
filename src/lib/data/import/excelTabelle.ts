/**
 * An Excel workbook (.xlsx): any sheet, with title rows above the table. The archive is checked for
 * its unpacked size first (zip.ts), so a workbook cannot unpack to more than the tab can hold.
 */
import readXlsxFile from 'read-excel-file/universal';
import { fehler, Ladefehler, warnung } from '../meldungen';
import { entpacke } from './zip';
import { alsRohtabelle, type Rohtabelle, type Zelle } from './rohtabelle';

/** A column in which most rows hold a number. */
function mitZahlen(zeilen: readonly Zelle[][]): boolean {
	const breite = Math.max(0, ...zeilen.map((z) => z.length));
	return Array.from({ length: breite }, (_, i) => zeilen.filter((z) => typeof z[i] === 'number').length).some((n) => n * 2 >= zeilen.length && n > 0);
}

/** `blatt`: the sheet's name; without it, the first sheet that holds a table. */
export async function excelTabelle(datei: string, bytes: Uint8Array, blatt?: string): Promise<Rohtabelle> {
	// Every entry's declared size counts, none is inflated: the reader unpacks the workbook itself.
	entpacke(datei, bytes, () => false, () => true);
	let blaetter: { sheet: string; data: Zelle[][] }[];
	try {
		blaetter = (await readXlsxFile(bytes.slice().buffer)) as unknown as { sheet: string; data: Zelle[][] }[];
	} catch {
		throw new Ladefehler([fehler(datei, 'Die Excel-Datei kann nicht gelesen werden (beschädigt oder kein Arbeitsblatt).')]);
	}
	const namen = blaetter.map((b) => b.sheet);
	const tabellen = blaetter.map((b) => ({ blatt: b.sheet, roh: alsRohtabelle(datei, b.data) })).filter((t) => t.roh.kopf.length >= 2);
	// Without a choice, the first sheet with numbers: a contents or description sheet often comes first.
	const gewaehlt = blatt ? blaetter.find((b) => b.sheet === blatt) && tabellen.find((t) => t.blatt === blatt) : (tabellen.find((t) => mitZahlen(t.roh.zeilen)) ?? tabellen[0]);
	if (!gewaehlt) throw new Ladefehler([fehler(datei, blatt ? (namen.includes(blatt) ? `Das Blatt „${blatt}“ enthält keine Tabelle mit Kopfzeile.` : `Die Arbeitsmappe hat kein Blatt „${blatt}“.`) : 'Keines der Blätter enthält eine Tabelle mit Kopfzeile.')]);
	const uebersprungen = blatt ? [] : namen.slice(0, namen.indexOf(gewaehlt.blatt));
	const hinweise = uebersprungen.length ? [warnung(datei, `Gelesen wird das Blatt „${gewaehlt.blatt}“, das erste mit Zahlen; ${uebersprungen.map((b) => `„${b}“`).join(', ')} davor ${uebersprungen.length === 1 ? 'enthält' : 'enthalten'} keine. Ein anderes Blatt ist wählbar.`)] : [];
	return { ...gewaehlt.roh, hinweise: [...hinweise, ...gewaehlt.roh.hinweise], blatt: gewaehlt.blatt, blaetter: namen, format: `Excel, Blatt „${gewaehlt.blatt}“` };
}
