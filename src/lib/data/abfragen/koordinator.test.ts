/** The query coordinator: one answer per question until the data change, and a failed question asked again. */
import { describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { Koordinator } from './koordinator';

/** A database that answers every query with its SQL and parameters, counting them; `fehler` fails the next one. */
function zaehlendeDb() {
	const gestellt: string[] = [];
	let fehler = false;
	const db = {
		async query(sql: string, params: readonly unknown[] = []) {
			gestellt.push(sql);
			if (fehler) {
				fehler = false;
				throw new Error('DuckDB: verloren');
			}
			return [{ sql, params }];
		}
	} as unknown as Database;
	return { db, gestellt, scheitere: () => (fehler = true) };
}

describe('the query coordinator', () => {
	it('asks the database once for the same question, and shares the answer', async () => {
		const { db, gestellt } = zaehlendeDb();
		const k = new Koordinator(db);
		const [a, b] = await Promise.all([k.frage('SELECT 1 WHERE x = ?', [1]), k.frage('SELECT 1 WHERE x = ?', [1])]);
		expect(gestellt).toHaveLength(1);
		expect(a).toBe(b);
	});

	it('tells questions apart by their parameters, which it passes on, never spliced into the SQL', async () => {
		const { db, gestellt } = zaehlendeDb();
		const k = new Koordinator(db);
		const antwort = await k.frage<{ sql: string; params: unknown[] }>('SELECT ?', ["'; DROP TABLE x; --"]);
		await k.frage('SELECT ?', ['b']);
		expect(gestellt.slice(0, 2)).toEqual(['SELECT ?', 'SELECT ?']);
		expect(antwort[0].params).toEqual(["'; DROP TABLE x; --"]);
		// A question without parameters passes none.
		expect((await k.frage<{ params: unknown[] }>('SELECT 2'))[0].params).toEqual([]);
	});

	it('forgets a failed answer, so that the question is asked again', async () => {
		const { db, gestellt, scheitere } = zaehlendeDb();
		const k = new Koordinator(db);
		scheitere();
		await expect(k.frage('SELECT 1')).rejects.toThrow('DuckDB: verloren');
		await expect(k.frage('SELECT 1')).resolves.toHaveLength(1);
		expect(gestellt).toHaveLength(2);
	});

	it('asks again after the data changed', async () => {
		const { db, gestellt } = zaehlendeDb();
		const k = new Koordinator(db);
		await k.frage('SELECT 1');
		k.vergiss();
		await k.frage('SELECT 1');
		expect(gestellt).toHaveLength(2);
	});
});
