/**
 * DuckDB-WASM in the browser, started once per page (Evidence's single init promise). The bundles are
 * self-hosted through Vite's `?url` imports: no CDN, no request to any other host.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { OFFLINE_SETTINGS, OPEN_CONFIG, tableRows, type Database } from '../database';

let started: Promise<Database> | undefined;

export function browserDatabase(): Promise<Database> {
	started ??= start();
	return started;
}

async function start(): Promise<Database> {
	// Imported lazily: the package's Node build must never reach prerendering.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open(OPEN_CONFIG);
	const conn = await db.connect();
	await conn.query(OFFLINE_SETTINGS);
	return wrap(db, conn);
}

function wrap(db: AsyncDuckDB, conn: AsyncDuckDBConnection): Database {
	return {
		async query(sql, params = []) {
			if (params.length === 0) return tableRows(await conn.query(sql));
			const statement = await conn.prepare(sql);
			try {
				return tableRows(await statement.query(...params));
			} finally {
				await statement.close();
			}
		},
		async exec(sql) {
			await conn.query(sql);
		},
		async registerFileText(name, text) {
			await db.registerFileText(name, text);
		},
		async dropFile(name) {
			await db.dropFile(name);
		}
	};
}
