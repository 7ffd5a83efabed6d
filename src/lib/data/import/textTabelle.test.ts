/** Text tables in the dialects offices export: the delimiter told from the rows, large files read in part. */
import { describe, expect, it } from 'vitest';
import { erkenneTrenner, textTabelle, VORSCHAU_BYTES } from './textTabelle';

const text = (t: string, datei = 'x.csv') => textTabelle(datei, new TextEncoder().encode(t));

describe('erkenneTrenner', () => {
	it('takes the delimiter that splits most rows alike', () => {
		expect(erkenneTrenner('Bezirk;Einwohner\n1;1,5\n2;2,5')).toBe(';');
		expect(erkenneTrenner('Bezirk,Einwohner\n1,15\n2,25')).toBe(',');
		expect(erkenneTrenner('Bezirk\tEinwohner\n1\t1,5\n2\t2,5')).toBe('\t');
		expect(erkenneTrenner('Bezirk|Einwohner|Name\n1|1,5|A, B\n2|2,5|C')).toBe('|');
	});

	it('prefers more rows alike over wider rows, and among as many rows the wider split', () => {
		// Commas split two of three rows into 3 fields; semicolons all three into 2.
		expect(erkenneTrenner('a;b\n1,5;2,5\n3,5;4')).toBe(';');
		// Both split every row alike: the split into more fields wins.
		expect(erkenneTrenner('a;b,c,d\n1;2,3,4\n5;6,7,8')).toBe(',');
	});

	it('does not count blank lines as rows', () => {
		// The first 60 rows are the sample: blank lines above the table would fill it.
		expect(erkenneTrenner(`${'\n \r\n'.repeat(40)}a,b\n1,2\n3,4`)).toBe(',');
		expect(erkenneTrenner(`${' \n'.repeat(70)}a,b\n1,2\n3,4`)).toBe(',');
	});

	it('judges by the first 60 rows only', () => {
		const oben = 'a;b\n'.repeat(60);
		expect(erkenneTrenner(`${oben}${'1,2,3\n'.repeat(100)}`)).toBe(';');
	});

	it('takes the width most rows share, the semicolon first among equals, and it where nothing splits', () => {
		// Semicolons split the header into 3 and two rows into 2, commas the two rows into 2: as many rows, semicolon first.
		expect(erkenneTrenner('Bezirk;Einwohner;Anmerkung\n1;1,5\n2;2,5')).toBe(';');
		// A title split by semicolons over rows split by commas: the rows decide.
		expect(erkenneTrenner('Quelle;Stadt;Amt;2024\n1,2\n3,4')).toBe(',');
		expect(erkenneTrenner('Bezirk\n1\n2')).toBe(';');
	});
});

describe('textTabelle', () => {
	it('reads rows ending in CR LF or CR like those ending in LF, and names the dialect', () => {
		const t = text('Bezirk;Einwohner\r\n1;10\r2;20\r\n');
		expect(t.kopf).toEqual(['Bezirk', 'Einwohner']);
		expect(t.zeilen).toEqual([['1', '10'], ['2', '20']]);
		expect(t.zeileVon).toEqual([2, 3]);
		expect(t.format).toBe('UTF-8, Trennzeichen Semikolon');
		expect(t.text).toEqual({ trenner: ';', kodierung: 'UTF-8' });
		expect(t.vorschau).toBeUndefined();
		expect(text('a\tb\n1\t2').format).toBe('UTF-8, Trennzeichen Tabulator');
		expect(text('a|b\n1|2').format).toBe('UTF-8, Trennzeichen senkrechter Strich');
		expect(text('a,b\n1,2').format).toBe('UTF-8, Trennzeichen Komma');
	});

	it('reads a file above the preview size in part, without its cut-off last line', () => {
		const zeile = '1234567;Ein langer Bezirksname, der Platz braucht;1000\n';
		const n = Math.ceil((VORSCHAU_BYTES + 1) / zeile.length);
		const t = text(`Bezirk;Name;Einwohner\n${zeile.repeat(n)}`);
		expect(t.vorschau).toBe(true);
		const gelesen = Math.floor((256 * 1024 - 'Bezirk;Name;Einwohner\n'.length) / zeile.length);
		expect(t.zeilen).toHaveLength(gelesen);
		expect(t.zeilen.at(-1)).toEqual(['1234567', 'Ein langer Bezirksname, der Platz braucht', '1000']);
		expect(t.hinweise.filter((h) => h.schwere === 'fehler')).toEqual([]);
	});

	it('reads a file of exactly the preview size whole', () => {
		const kopf = 'a;b\n';
		const t = text(kopf + '1;2\n' + 'x'.repeat(VORSCHAU_BYTES - kopf.length - 4 - 4) + ';9\n\n');
		expect(t.vorschau).toBeUndefined();
		expect(t.zeilen.at(-1)?.[1]).toBe('9');
	});
});
