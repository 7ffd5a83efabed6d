/**
 * Source of the classic worker that hosts DuckDB's own worker script (see browser.ts).
 * - An unhandled rejection inside DuckDB's worker (a failed wasm compile, say) is rethrown as an
 *   uncaught error, which the page receives as the Worker's `error` event instead of waiting forever.
 * - Without `TransformStream`, DuckDB compiles its module with `instantiateStreaming(fetch(url))`:
 *   a response V8 can put in its compiled-code cache, so a repeat visit skips most of the compile.
 *   DuckDB's worker uses TransformStream only for its download progress events.
 */
export function workerShim(duckdbWorkerUrl: string): string {
	return [
		`self.addEventListener('unhandledrejection', (event) => { setTimeout(() => { throw event.reason; }); });`,
		`self.TransformStream = undefined;`,
		`importScripts(${JSON.stringify(duckdbWorkerUrl)});`
	].join('\n');
}
