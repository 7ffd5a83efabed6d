/**
 * What a browser tab can safely read. Beyond these sizes the tab would run out of memory and crash;
 * the import says so before reading instead.
 */
const MB = 1024 * 1024;

export const GRENZEN = {
	/** A text table, a Parquet file or a GeoJSON file. */
	datei: 300 * MB,
	/** An archive (XLSX, zipped Shapefile) as stored. */
	archiv: 100 * MB,
	/** Everything an archive would unpack to; more is refused (a "zip bomb" unpacks to gigabytes). */
	entpackt: 400 * MB,
	/** Rows a table parsed in JavaScript may have (person-level extracts go to DuckDB instead). */
	zeilen: 2_000_000
} as const;

export function mb(bytes: number): string {
	return `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: 0 })} MB`;
}
