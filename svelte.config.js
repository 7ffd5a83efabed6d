import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { ausgabeordner } from './scripts/ausgabe.js';

/** BASE_PATH lets a city host the atlas under a sub-path, e.g. https://intranet.example.org/sozialraumatlas */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: ausgabeordner, assets: ausgabeordner, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// SvelteKit starts each page with an inline script; its hash goes into every page's CSP (and into the
		// header the server sends, see scripts/hosting.ts). DuckDB needs 'wasm-unsafe-eval' and a blob: worker.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
