/**
 * The browser's DuckDB-WASM engine run blocking in Node, for unit tests and build scripts
 * (the prepared tables and indicator values). Never imported by the site.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OFFLINE_SETTINGS, OPEN_CONFIG, tableRows, type Database } from '../database';

export type NodeDatabase = Database;

export async function nodeDatabase(): Promise<NodeDatabase> {
	const require = createRequire(import.meta.url);
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof import('@duckdb/duckdb-wasm/blocking');
	// The CommonJS build of apache-arrow, the same copy DuckDB's Node build uses (one copy, one Table class).
	const arrow = require('apache-arrow') as typeof import('apache-arrow');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open(OPEN_CONFIG);
	return verbunden(db, arrow);
}

type Blocking = Awaited<ReturnType<typeof import('@duckdb/duckdb-wasm/blocking').createDuckDB>>;

function verbunden(db: Blocking, arrow: typeof import('apache-arrow')): NodeDatabase {
	const conn = db.connect();
	conn.query(OFFLINE_SETTINGS);
	return {
		async query(sql, params = []) {
			if (params.length === 0) return tableRows(conn.query(sql));
			const statement = conn.prepare(sql);
			try {
				return tableRows(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async exec(sql) {
			conn.query(sql);
		},
		async registerFileText(name, text) {
			db.registerFileText(name, text);
		},
		async registerFileBuffer(name, bytes) {
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			db.dropFile(name);
		},
		async insertArrowIPC(name, bytes) {
			conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async verbinde() {
			return verbunden(db, arrow);
		},
		async arrowIPC(sql) {
			return arrow.tableToIPC(conn.query(sql), 'stream');
		}
	};
}
