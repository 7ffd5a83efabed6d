/** shpjs ships no types; the two parsers the import uses. */
declare module 'shpjs' {
	import type { Geometry } from 'geojson';
	export function parseShp(shp: ArrayBuffer | Uint8Array, prj?: string | false): Geometry[];
	export function parseDbf(dbf: ArrayBuffer | Uint8Array, cpg?: string | Uint8Array): Record<string, unknown>[];
}
