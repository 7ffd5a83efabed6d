import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
	worker: { format: 'es' },
	test: {
		projects: [
			{ extends: true, test: { name: 'einheit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['src/**/*.svelte.test.ts'] } },
			// Runes classes on Svelte's client runtime (tests/vitest/client.ts says why).
			{ extends: true, resolve: { conditions: ['browser'] }, test: { name: 'runen', include: ['src/**/*.svelte.test.ts'], environment: './tests/vitest/client.ts' } }
		],
		environment: 'node',
		// One worker per core: DuckDB and HiGHS run single-threaded WebAssembly, so vitest's default (cores − 1)
		// left one of CI's two cores idle through the whole unit-test phase.
		maxWorkers: availableParallelism(),
		testTimeout: 180_000,
		// Loading the default data set (in a beforeAll, or again in a test) runs its joint protection and LP audit: a few
		// seconds alone, over a minute on a machine shared by several test runs.
		hookTimeout: 180_000
	}
});
