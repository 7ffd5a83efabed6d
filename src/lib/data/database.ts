/**
 * The one interface the rest of the atlas uses to talk to DuckDB. The browser implementation runs
 * DuckDB-WASM in its worker; the Node implementation (tests, build scripts) runs the same engine
 * blocking, so the SQL verified in unit tests is byte for byte the SQL the dashboard runs.
 */
import type { Table } from 'apache-arrow';

export type Row = Record<string, unknown>;

export interface Database {
	/** Runs a parameterised statement (`?` placeholders); parameters are never spliced into SQL. */
	query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
	/** Runs one or more statements without parameters or results (DDL, transactions). */
	exec(sql: string): Promise<void>;
	registerFileText(name: string, text: string): Promise<void>;
	/** A file's bytes under `name` for read_csv (a large import is handed over without copying to text). */
	registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Creates table `name` from an Arrow IPC stream (replacing none: the name must be free). */
	insertArrowIPC(name: string, bytes: Uint8Array): Promise<void>;
	/** A query's answer as an Arrow IPC stream (prepared tables: the build's files, the own data's store). */
	arrowIPC(sql: string): Promise<Uint8Array>;
	/**
	 * A second connection to the same engine: its temporary tables and its open transaction are its
	 * own, so an import can be checked (and rolled back) while the views keep reading the loaded data.
	 */
	verbinde(): Promise<Database>;
}

/** Arrow rows become plain objects here, once; results of the atlas are small (≤ a few thousand rows). */
export function tableRows<T>(table: Table): T[] {
	return table.toArray().map((row) => row.toJSON() as T);
}

/**
 * Settings applied right after `open`: with autoloading off, a query that would need an extension
 * (Parquet, JSON, spatial) fails at once with a clear Catalog Error instead of trying to download it.
 */
export const OFFLINE_SETTINGS = `
	SET autoload_known_extensions = false;
	SET autoinstall_known_extensions = false;
`;

/** BigInt counts and DECIMAL sums arrive as JS numbers. */
export const OPEN_CONFIG = { query: { castBigIntToDouble: true, castDecimalToDouble: true } } as const;

/** Quotes a name for SQL. Only the atlas's own table names pass through here, never text from a file. */
export function bezeichner(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ungültiger interner Tabellenname: ${name}`);
	return `"${name}"`;
}
