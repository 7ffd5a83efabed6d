/** Workbooks as offices send them: a contents sheet before the figures, a sheet chosen by name. */
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import { excelTabelle } from './excelTabelle';
import { angeblich } from './testing/archiv';

const t = (value: string) => ({ type: String, value });
const n = (value: number) => ({ type: Number, value });
type Blatt = { sheet: string; data: unknown[][] };

async function mappe(...blaetter: Blatt[]): Promise<Uint8Array> {
	return new Uint8Array(await writeXlsxFile(blaetter as never).toBuffer());
}
const INHALT: Blatt = { sheet: 'Inhalt', data: [[t('Inhalt')], [t('Blatt')], [t('Zahlen je Bezirk')]] };
const HINWEISE: Blatt = { sheet: 'Hinweise', data: [[t('Quelle'), t('Amt für Statistik')], [t('Stand'), t('2024')]] };
const ZAHLEN: Blatt = { sheet: 'Zahlen', data: [[t('Bezirk'), t('Einwohner')], [t('1'), n(10)], [t('2'), n(20)]] };
const NOCH: Blatt = { sheet: '2023', data: [[t('Bezirk'), t('Einwohner')], [t('1'), n(9)]] };

async function grund(p: Promise<unknown>): Promise<string> {
	try {
		await p;
		return '';
	} catch (e) {
		return (e as { meldungen: { text: string }[] }).meldungen.map((m) => m.text).join('\n');
	}
}

describe('excelTabelle', () => {
	it('reads the first sheet with numbers, says which sheets it passed over, and lists all', async () => {
		const roh = await excelTabelle('bezirke.xlsx', await mappe(INHALT, HINWEISE, ZAHLEN, NOCH));
		expect(roh.blatt).toBe('Zahlen');
		expect(roh.blaetter).toEqual(['Inhalt', 'Hinweise', 'Zahlen', '2023']);
		expect(roh.format).toBe('Excel, Blatt „Zahlen“');
		expect(roh.kopf).toEqual(['Bezirk', 'Einwohner']);
		expect(roh.zeilen).toEqual([['1', 10], ['2', 20]]);
		// "Inhalt" has no header of two cells and is no table; "Hinweise" is one, without numbers.
		expect(roh.hinweise.map((h) => h.text)).toEqual(['Gelesen wird das Blatt „Zahlen“, das erste mit Zahlen; „Inhalt“, „Hinweise“ davor enthalten keine. Ein anderes Blatt ist wählbar.']);
		const eins = await excelTabelle('bezirke.xlsx', await mappe(INHALT, ZAHLEN));
		expect(eins.hinweise.map((h) => h.text)).toEqual(['Gelesen wird das Blatt „Zahlen“, das erste mit Zahlen; „Inhalt“ davor enthält keine. Ein anderes Blatt ist wählbar.']);
	});

	it('says nothing when the first sheet holds the numbers', async () => {
		const roh = await excelTabelle('bezirke.xlsx', await mappe(ZAHLEN, NOCH));
		expect(roh.blatt).toBe('Zahlen');
		expect(roh.hinweise).toEqual([]);
		const einziges = await excelTabelle('b.xlsx', await mappe(ZAHLEN), 'Zahlen');
		expect(einziges.zeilen).toEqual([['1', 10], ['2', 20]]);
	});

	it('reads a column with numbers in half of the rows as numbers', async () => {
		const halb: Blatt = { sheet: 'Halb', data: [[t('Bezirk'), t('Einwohner')], [t('1'), n(10)], [t('2'), t('.')]] };
		expect((await excelTabelle('b.xlsx', await mappe(HINWEISE, halb))).blatt).toBe('Halb');
		const weniger: Blatt = { sheet: 'Weniger', data: [[t('Bezirk'), t('Einwohner')], [t('1'), n(10)], [t('2'), t('.')], [t('3'), t('.')]] };
		expect((await excelTabelle('b.xlsx', await mappe(HINWEISE, weniger))).blatt).toBe('Hinweise');
	});

	it('takes the first table where no sheet has numbers', async () => {
		const roh = await excelTabelle('b.xlsx', await mappe(INHALT, HINWEISE));
		expect(roh.blatt).toBe('Hinweise');
		expect(roh.kopf).toEqual(['Quelle', 'Amt für Statistik']);
	});

	it('reads the sheet the user chose, without a note', async () => {
		const roh = await excelTabelle('b.xlsx', await mappe(INHALT, ZAHLEN, NOCH), '2023');
		expect(roh.blatt).toBe('2023');
		expect(roh.zeilen).toEqual([['1', 9]]);
		expect(roh.hinweise).toEqual([]);
	});

	it('names a missing sheet, a chosen sheet without a table, and a workbook without one', async () => {
		const b = await mappe(INHALT, ZAHLEN);
		expect(await grund(excelTabelle('b.xlsx', b, 'Tabelle9'))).toBe('Die Arbeitsmappe hat kein Blatt „Tabelle9“.');
		expect(await grund(excelTabelle('b.xlsx', b, 'Inhalt'))).toBe('Das Blatt „Inhalt“ enthält keine Tabelle mit Kopfzeile.');
		expect(await grund(excelTabelle('b.xlsx', await mappe(INHALT)))).toBe('Keines der Blätter enthält eine Tabelle mit Kopfzeile.');
	});

	it('names an archive that is no workbook', async () => {
		const zip = zipSync({ 'notiz.txt': new TextEncoder().encode('keine Arbeitsmappe') });
		expect(await grund(excelTabelle('b.xlsx', zip))).toBe('Die Excel-Datei kann nicht gelesen werden (beschädigt oder kein Arbeitsblatt).');
	});

	it('refuses a workbook that would unpack to more than 400 MB before reading it', async () => {
		const eintraege = unzipSync(await mappe(ZAHLEN));
		const bombe = angeblich(eintraege, { 'xl/worksheets/sheet1.xml': 401 * 1024 * 1024 });
		expect(await grund(excelTabelle('bombe.xlsx', bombe))).toBe('Das Archiv würde entpackt mehr als 400 MB belegen (401 MB allein „xl/worksheets/sheet1.xml“); das ist mehr, als der Browser sicher verarbeiten kann. Verdacht auf eine „ZIP-Bombe“: die Datei wird nicht gelesen.');
	});
});
