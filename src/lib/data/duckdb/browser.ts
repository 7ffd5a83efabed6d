/**
 * DuckDB-WASM in the browser, started once per page (Evidence's single init promise). The bundles are
 * self-hosted through Vite's `?url` imports: no CDN, no request to any other host.
 *
 * The engine runs in a small classic worker that loads DuckDB's own worker script (workerShim). It
 * does two things DuckDB's worker does not: a failed start reaches the page as an error instead of
 * hanging, and the wasm module is compiled straight from `fetch`, so V8 can cache the compiled code
 * for the next visit (DuckDB wraps the response for its progress events, which defeats that cache).
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { OFFLINE_SETTINGS, OPEN_CONFIG, tableRows, type Database } from '../database';
import { workerShim } from './workerShim';
import { pruefeWasmAuslieferung } from './wasmMime';
import highsWasm from 'highs/runtime?url';
import { setzeHighsLader } from '../ableitung/schutz/highs';

let started: Promise<Database> | undefined;

const ALTER_BROWSER =
	'Dieser Browser ist zu alt für die Datenbank des Atlas (ihm fehlen WebAssembly-Ausnahmen). Bitte einen aktuellen Browser verwenden: Firefox ab 100, Chrome oder Edge ab 95, Safari ab 15.2. Karte und Tabelle zeigen die Werte trotzdem.';

export function browserDatabase(): Promise<Database> {
	started ??= start();
	return started;
}

const absolut = (url: string) => new URL(url, location.href).href;

// The LP solver of the confidentiality audit, from this site like DuckDB's own wasm.
setzeHighsLader(async () => (await import('highs')).default({ locateFile: () => absolut(highsWasm) }));

async function start(): Promise<Database> {
	// Imported lazily: the package's Node build must never reach prerendering.
	const duckdb = await import('@duckdb/duckdb-wasm');
	// Only the bundle with WebAssembly exceptions is shipped (every browser since 2022 has them); the
	// fallback bundle for older browsers would add 39 MB to the site that no current browser loads.
	if (!(await duckdb.getPlatformFeatures()).wasmExceptions) throw new Error(ALTER_BROWSER);
	const bundle = { mainModule: absolut(ehWasm), mainWorker: absolut(ehWorker), pthreadWorker: null };
	const shimUrl = URL.createObjectURL(new Blob([workerShim(bundle.mainWorker)], { type: 'text/javascript' }));
	const worker = new Worker(shimUrl);
	URL.revokeObjectURL(shimUrl);
	const gescheitert = new Promise<never>((_, reject) => {
		worker.addEventListener('error', async (event) => {
			event.preventDefault();
			reject(await startfehler(bundle.mainModule, event.message));
		});
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), gescheitert]);
	await db.open(OPEN_CONFIG);
	const conn = await db.connect();
	await conn.query(OFFLINE_SETTINGS);
	return wrap(db, conn);
}

/** Names the likely cause: a server that sends .wasm with the wrong MIME type is the common one. */
async function startfehler(wasmUrl: string, meldung: string): Promise<Error> {
	const diagnose = await pruefeWasmAuslieferung(wasmUrl);
	return new Error(diagnose ?? `Die Datenbank (DuckDB-WASM) konnte nicht starten: ${meldung}`);
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
		async registerFileBuffer(name, bytes) {
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async insertArrowIPC(name, bytes) {
			await conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async arrowIPC(sql) {
			const { tableToIPC } = await import('apache-arrow');
			return tableToIPC(await conn.query(sql), 'stream');
		},
		async verbinde() {
			const zweite = await db.connect();
			await zweite.query(OFFLINE_SETTINGS);
			return wrap(db, zweite);
		}
	};
}
