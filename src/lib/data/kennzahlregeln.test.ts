import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase, type NodeDatabase } from './duckdb/node';
import { anteil, anteilSql, bandAnfangSql, bandSql, indikatorSql } from './kennzahlregeln';
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, bandStart } from './schema';
import { indikator } from './indikatoren';

let db: NodeDatabase;
beforeAll(async () => {
	db = await nodeDatabase();
});
const wert = async (sql: string) => Object.values((await db.query(`SELECT ${sql} AS x`))[0])[0];

describe('the indicator rules, in SQL and in TypeScript alike', () => {
	it('takes a share as 100 × part / whole, and none of an empty whole', async () => {
		for (const [teil, ganz] of [[1, 3], [27, 1000], [0, 5], [5, 0]]) {
			const sql = await wert(anteilSql(String(teil), String(ganz)));
			expect(sql === null ? null : Number(sql), `${teil}/${ganz}`).toBe(anteil(teil, ganz));
		}
		expect(anteil(1, null)).toBeNull();
		expect(anteil(1, 8)).toBe(12.5);
	});

	it('computes a catalogue share, a density and a count from their counts', async () => {
		const sql = (id: string) => indikatorSql(indikator(id)!).replaceAll(/\b(mh|einwohner|flaeche_km2)\b/g, (n) => ({ mh: '30', einwohner: '120', flaeche_km2: '2.5' })[n]!);
		expect(Number(await wert(sql('mh_anteil')))).toBe(25);
		expect(Number(await wert(sql('dichte')))).toBe(48);
		expect(Number(await wert(sql('einwohner')))).toBe(120);
	});

	it('puts every age and every length of stay into the band whose range holds it, at both edges', async () => {
		for (const [baender, bis] of [[ALTERSGRUPPEN, 110], [AUFENTHALTSDAUER, 50]] as const) {
			const werte = Array.from({ length: bis + 1 }, (_, i) => i);
			const zeilen = await db.query(`SELECT w, ${bandSql('w', baender)} AS band, ${bandAnfangSql(bandSql('w', baender))} AS anfang FROM (SELECT unnest([${werte.join(',')}]) AS w) ORDER BY w`);
			for (const z of zeilen) {
				const w = Number(z.w);
				const i = baender.indexOf(z.band as never);
				expect(i, `${w}`).toBeGreaterThanOrEqual(0);
				// The band starts at or below the value, and the next one above it.
				expect(bandStart(baender[i])).toBeLessThanOrEqual(w);
				if (i + 1 < baender.length) expect(bandStart(baender[i + 1]), `${w} in ${z.band}`).toBeGreaterThan(w);
				expect(Number(z.anfang)).toBe(bandStart(baender[i]));
			}
		}
		expect(await wert(bandSql('17', ALTERSGRUPPEN))).toBe('15-17');
		expect(await wert(bandSql('18', ALTERSGRUPPEN))).toBe('18-19');
		expect(await wert(bandSql('4', AUFENTHALTSDAUER))).toBe('4-6');
		expect(await wert(bandSql('3', AUFENTHALTSDAUER))).toBe('1-4');
	});
});
