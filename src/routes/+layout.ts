// A static site: every page is prerendered as a shell and runs in the browser (DuckDB-WASM needs it).
export const prerender = true;
export const ssr = false;
