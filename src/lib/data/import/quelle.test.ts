/** From a mapped table to a source of the own data, or to the findings that keep it out. */
import { describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { quelleAusTabelle } from './quelle';
import type { Rohtabelle, Zelle } from './rohtabelle';

/** The conversion of these tables asks no database (only a register extract would). */
const KEINE_DB = null as unknown as Database;

function roh(kopf: string[], zeilen: Zelle[][], mehr: Partial<Rohtabelle> = {}): Rohtabelle {
	return { datei: 'bezirke.csv', kopf, kopfzeile: 1, zeilen, zeileVon: zeilen.map((_, i) => i + 2), zeilenwort: 'Zeile', hinweise: [], format: 'UTF-8, Trennzeichen Semikolon', ...mehr };
}

describe('quelleAusTabelle', () => {
	it('names the required fields the mapping leaves open', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']]), { ziel: 'stadtbezirk', spalten: { code: 0 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen.map((m) => [m.schwere, m.text])).toEqual([['fehler', 'Noch nicht zugeordnet: Name des Stadtbezirks.']]);
	});

	it('refuses to convert a file read only in part', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']], { vorschau: true }), { ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen[0].text).toMatch(/^Die Datei ist zu groß, um sie als diese Tabellenart im Browser umzuwandeln/);
	});

	it('keeps a table with faults out, but offers its districts', async () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '1', 'viele'], ['2024', '2', '5']]);
		const v = await quelleAusTabelle(t, { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } }, KEINE_DB);
		expect(v.quelle).toBeNull();
		expect(v.meldungen.some((m) => m.schwere === 'fehler' && m.zeile === 2)).toBe(true);
		expect(v.stadtbezirke).toEqual([{ code: '1' }, { code: '2' }]);
	});

	it('makes a source of a converted table, with the rows and columns its values came from', async () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '1', '10'], ['2023', '2', '5']]);
		const z = { ziel: 'bezirkszahl' as const, spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } };
		const v = await quelleAusTabelle(t, z, KEINE_DB);
		const q = v.quelle!;
		expect(q).toMatchObject({ teil: 'bezirkszahl', datei: 'bezirke.csv', format: 'UTF-8, Trennzeichen Semikolon', zeilen: 2, stichtage: ['2023-12-31', '2024-12-31'], zeileVon: [2, 3], zuordnung: z });
		expect(q.spalteVon).toEqual(expect.arrayContaining([['einwohner', 'Einwohner'], ['stadtbezirk', 'Bezirk']]));
		expect(q.inhalt.split('\n')[1]).toMatch(/^2024-12-31,1,10,/);
		expect(Date.parse(q.importiert)).not.toBeNaN();
		expect(v.stadtbezirke).toEqual([{ code: '1' }, { code: '2' }]);
		const zweite = await quelleAusTabelle(t, z, KEINE_DB);
		expect(zweite.quelle!.id).not.toBe(q.id);
		expect(q.id).toMatch(/^q[0-9a-z]+$/);
	});

	it('gives a table read without a format an empty one', async () => {
		const v = await quelleAusTabelle(roh(['Nr', 'Name'], [['1', 'A']], { format: undefined }), { ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } }, KEINE_DB);
		expect(v.quelle!.format).toBe('');
	});
});
