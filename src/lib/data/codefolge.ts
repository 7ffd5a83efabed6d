/**
 * The one order of district codes and of names with numbers (tables, rankings, lists): German
 * collation with digits compared as numbers, so "9" comes before "10". One collator for all:
 * `localeCompare` with a locale builds one per call, which made sorting a table of 1 000 areas take
 * milliseconds on every indicator switch.
 */
export const codefolge: (a: string, b: string) => number = new Intl.Collator('de', { numeric: true }).compare;
