/** wkt-parser (proj4's WKT parser) ships no types: it turns WKT 1 or 2 into proj4's definition object. */
declare module 'wkt-parser' {
	export default function wktParser(wkt: string): Record<string, unknown>;
}
