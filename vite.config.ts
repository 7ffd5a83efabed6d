import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		// Starting the Node DuckDB in a beforeAll takes about a second, several on a busy machine.
		hookTimeout: 60_000
	}
});
