/**
 * The query coordinator (after Mosaic's Coordinator): it owns the connection to the loaded data set and
 * caches every answer until the data change. Views never hold SQL; they call the query functions of a
 * feature module (abfragen/*.ts), which ask through here.
 */
import type { Database } from '../database';

export class Koordinator {
	#cache = new Map<string, Promise<unknown>>();

	constructor(readonly db: Database) {}

	/** Parameters are passed to DuckDB as parameters, never spliced into the SQL. */
	frage<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
		const key = JSON.stringify([sql, params]);
		let answer = this.#cache.get(key) as Promise<T[]> | undefined;
		if (!answer) {
			answer = this.db.query<T>(sql, params);
			answer.catch(() => this.#cache.delete(key));
			this.#cache.set(key, answer);
		}
		return answer;
	}

	/** Forget every answer: the data changed. */
	vergiss(): void {
		this.#cache.clear();
	}
}
