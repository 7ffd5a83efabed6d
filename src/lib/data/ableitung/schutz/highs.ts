/**
 * HiGHS (WebAssembly), loaded once. Node finds its wasm beside the package; the browser's engine module
 * (duckdb/browser.ts) hands in a loader that fetches the self-hosted file.
 */
import type { Highs } from 'highs';

let lader: () => Promise<Highs> = async () => (await import('highs')).default();
let geladen: Promise<Highs> | undefined;

export function setzeHighsLader(l: () => Promise<Highs>): void {
	lader = l;
	geladen = undefined;
}

export function highs(): Promise<Highs> {
	geladen ??= lader();
	return geladen;
}
