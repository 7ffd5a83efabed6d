/** The threshold rule and the withheld sum, run in DuckDB on a few hand-made cells. */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { primaerSql, summeGesperrtSql } from './geheimhaltung.sql';

let db: NodeDatabase;
beforeAll(async () => {
	db = await nodeDatabase();
});

async function zellen(werte: (number | null)[]): Promise<void> {
	await db.exec(`CREATE OR REPLACE TABLE zelle (id INTEGER, code VARCHAR, wert DOUBLE, gesperrt BOOLEAN)`);
	await db.query(`INSERT INTO zelle VALUES ${werte.map(() => '(?, ?, ?, false)').join(', ')}`, werte.flatMap((w, i) => [i, `b${i % 2}`, w]));
}

describe('primary suppression', () => {
	it('withholds every count from 1 up to below the threshold, never a 0, the threshold itself or an empty cell', async () => {
		await zellen([0, 1, 2, 2.5, 3, 4, null]);
		await db.exec(primaerSql('zelle', 3));
		const r = await db.query<{ wert: number | null; gesperrt: boolean }>(`SELECT wert, gesperrt FROM zelle ORDER BY id`);
		expect(r.map((z) => z.gesperrt)).toEqual([false, true, true, true, false, false, false]);
	});

	it('withholds nothing with a threshold of 0 or 1', async () => {
		for (const schwelle of [0, 1]) {
			await zellen([0, 1, 2]);
			await db.exec(primaerSql('zelle', schwelle));
			expect((await db.query<{ n: number }>(`SELECT count(*) FILTER (WHERE gesperrt) AS n FROM zelle`))[0].n).toBe(0);
		}
	});

	it('refuses a threshold that is not a whole number ≥ 0, naming it', () => {
		expect(() => primaerSql('zelle', 2.5)).toThrow('Ungültige Schwelle: 2.5');
		expect(() => primaerSql('zelle', -1)).toThrow('Ungültige Schwelle: -1');
		expect(() => primaerSql('zelle', Number.NaN)).toThrow('Ungültige Schwelle: NaN');
		expect(() => primaerSql('zelle', 0)).not.toThrow();
	});
});

describe('a sum over cells as the views publish it', () => {
	it('is withheld where one of its cells is, and the plain sum otherwise', async () => {
		await zellen([1, 2, 3, 4, 5, 6]);
		await db.exec(`UPDATE zelle SET gesperrt = true WHERE id = 2`);
		const r = await db.query<{ code: string; summe: number | null }>(`SELECT code, ${summeGesperrtSql('wert', 'gesperrt')} AS summe FROM zelle GROUP BY code ORDER BY code`);
		// b0: cells 0, 2, 4 (2 withheld); b1: cells 1, 3, 5.
		expect(r).toEqual([
			{ code: 'b0', summe: null },
			{ code: 'b1', summe: 12 }
		]);
	});
});
