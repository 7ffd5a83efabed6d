/**
 * What of a register extract's import needs no database: the bytes handed to DuckDB, and the Stichtag it
 * insists on. The aggregation itself runs in DuckDB (importdateien.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { aggregiereRegister, alsUtf8 } from './register';
import type { Rohtabelle } from './rohtabelle';

const roh = (kodierung: string): Rohtabelle => ({ datei: 'auszug.csv', kopf: ['Bezirk', 'Alter'], kopfzeile: 1, zeilen: [], zeileVon: [], zeilenwort: 'Zeile', hinweise: [], text: { trenner: ';', kodierung } });

describe('alsUtf8', () => {
	it('passes UTF-8 as it is and re-encodes Windows-1252', () => {
		const utf8 = new TextEncoder().encode('Bezirk;Staatsangehörigkeit\n');
		expect(alsUtf8(roh('UTF-8'), utf8)).toBe(utf8);
		const win = new Uint8Array([0x42, 0x3b, 0xf6, 0x0a]);
		expect(new TextDecoder().decode(alsUtf8(roh('Windows-1252'), win))).toBe('B;ö\n');
	});
});

describe('aggregiereRegister', () => {
	it('asks for the Stichtag before anything is read', async () => {
		const db = {} as Database;
		await expect(aggregiereRegister(db, roh('UTF-8'), { ziel: 'register', spalten: { stadtbezirk: 0, alter: 1 } })).rejects.toMatchObject({
			meldungen: [{ schwere: 'fehler', datei: 'auszug.csv', text: 'Für einen Melderegister-Auszug muss der Stichtag angegeben werden.' }]
		});
	});
});
