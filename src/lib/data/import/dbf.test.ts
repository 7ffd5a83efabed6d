/**
 * The encoding of a Shapefile's attributes: what the .cpg says in the forms ArcGIS and QGIS write it,
 * else UTF-8 if the records are, else the language-driver byte, else Windows-1252; and whether the
 * records hold a character the encoding matters for.
 */
import { describe, expect, it } from 'vitest';
import { dbfKodierung, hatSonderzeichen } from './dbf';
import { schreibeShapefile } from '../../../../scripts/testdateien/shapefile';

const enc = new TextEncoder();
const quadrat = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const cp1252 = (t: string) => Uint8Array.from([...t].map((c) => c.charCodeAt(0)));
const dbf = (name: string, kodiere?: (t: string) => Uint8Array, treiber = 0) => schreibeShapefile([{ geometry: quadrat, attribute: { NAME: name } }], kodiere, treiber).dbf;

describe('the .cpg', () => {
	const mit = (cpg: string | Uint8Array) => dbfKodierung(dbf('Süd', cp1252), typeof cpg === 'string' ? enc.encode(cpg) : cpg);
	it('as ArcGIS and QGIS write it: a code page number, with ANSI, CP or windows- before it', () => {
		for (const cpg of ['1252', 'ANSI 1252', 'ANSI1252', 'CP1252', 'cp 1252', 'windows-1252', '1252\r\n', ' 1252 '])
			expect([cpg, mit(cpg)]).toEqual([cpg, { kodierung: 'windows-1252', herkunft: 'cpg' }]);
		expect(mit('1250')).toEqual({ kodierung: 'windows-1250', herkunft: 'cpg' });
		expect(mit('866')).toEqual({ kodierung: 'ibm866', herkunft: 'cpg' });
	});
	it('UTF-8 by name or as code page 65001, also with a zero byte after it', () => {
		expect(mit('UTF-8')).toEqual({ kodierung: 'utf-8', herkunft: 'cpg' });
		expect(mit('65001')).toEqual({ kodierung: 'utf-8', herkunft: 'cpg' });
		expect(mit(Uint8Array.from([...enc.encode('UTF-8'), 0]))).toEqual({ kodierung: 'utf-8', herkunft: 'cpg' });
	});
	it('ISO 8859 as "88591", "8859-15", "8859_2" or by its label', () => {
		expect(mit('88591')).toEqual({ kodierung: 'windows-1252', herkunft: 'cpg' });
		expect(mit('8859-15')).toEqual({ kodierung: 'iso-8859-15', herkunft: 'cpg' });
		expect(mit('8859_2')).toEqual({ kodierung: 'iso-8859-2', herkunft: 'cpg' });
		expect(mit('ISO-8859-15')).toEqual({ kodierung: 'iso-8859-15', herkunft: 'cpg' });
	});
	it('one the browser does not know is named, and the encoding found without it is used', () => {
		expect(mit('437\n')).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme', unbekannt: '437' });
		expect(mit('12520')).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme', unbekannt: '12520' });
		expect(mit('ANSI')).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme', unbekannt: 'ANSI' });
		expect(dbfKodierung(dbf('Süd', cp1252, 0xc8), enc.encode('Klingonisch'))).toEqual({ kodierung: 'windows-1250', herkunft: 'sprachtreiber', unbekannt: 'Klingonisch' });
	});
});

describe('without a .cpg', () => {
	it('records that are valid UTF-8 are UTF-8, whatever the language-driver byte', () => {
		expect(dbfKodierung(dbf('Süd'))).toEqual({ kodierung: 'utf-8', herkunft: 'utf8' });
		expect(dbfKodierung(dbf('Süd', undefined, 0xc9))).toEqual({ kodierung: 'utf-8', herkunft: 'utf8' });
	});
	it('a non-ASCII byte in the header does not count: only the records are tested', () => {
		const d = dbf('Sud', undefined, 0xc9);
		expect(d[29]).toBe(0xc9);
		expect(dbfKodierung(d)).toEqual({ kodierung: 'utf-8', herkunft: 'utf8' });
	});
	it('a file too short for a header is judged by its bytes, not refused here', () => {
		expect(dbfKodierung(Uint8Array.from([0x41, 0xfc]))).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme' });
	});
	it('others by the language-driver byte (Köln’s 0x57 is Windows-1252), else Windows-1252', () => {
		expect(dbfKodierung(dbf('Süd', cp1252, 0x57))).toEqual({ kodierung: 'windows-1252', herkunft: 'sprachtreiber' });
		expect(dbfKodierung(dbf('Süd', cp1252, 0x26))).toEqual({ kodierung: 'ibm866', herkunft: 'sprachtreiber' });
		expect(dbfKodierung(dbf('Süd', cp1252, 0x7f))).toEqual({ kodierung: 'windows-1252', herkunft: 'annahme' });
	});
});

describe('whether a record holds a character outside ASCII', () => {
	it('only the records are looked at, not the header', () => {
		expect(hatSonderzeichen(dbf('Sud', undefined, 0xc9))).toBe(false);
		expect(hatSonderzeichen(dbf('Süd', cp1252))).toBe(true);
		expect(hatSonderzeichen(dbf('S\u0080d', cp1252))).toBe(true);
		expect(hatSonderzeichen(dbf('S\u007fd', cp1252))).toBe(false);
	});
	it('a file too short for a header is read from its start', () => {
		expect(hatSonderzeichen(Uint8Array.from([0xfc, 0x41]))).toBe(true);
		expect(hatSonderzeichen(Uint8Array.from([0x41, 0x41]))).toBe(false);
	});
});
