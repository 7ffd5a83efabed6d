// `npm run mutation`: mutation testing of the logic the atlas's figures rest on (not part of `npm test`:
// it runs the unit tests once per mutant and takes long). The clear-text report prints the score per
// folder and file; the surviving mutants judged equivalent are listed in the README's testing section.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'vite.config.ts' },
	mutate: [
		'src/lib/data/ableitung/**/*.ts',
		'src/lib/data/import/**/*.ts',
		'src/lib/analysis/**/*.ts',
		'!src/**/*.test.ts',
		'!src/**/testing/**'
	],
	// The sandbox is a copy of the worktree; its tests need `.svelte-kit/tsconfig.json`, which a fresh clone lacks
	// until `svelte-kit sync` (the first step of `npm run mutation`). Build output is left out of the copy.
	ignorePatterns: ['/build', '/build-messung', '/test-results', '/playwright-report', '/bench-results', '/reports'],
	coverageAnalysis: 'perTest',
	concurrency: Number(process.env.STRYKER_PARALLEL ?? 2),
	timeoutMS: 60_000,
	// The first run (every related test once, for coverage) loads the default data set several times: over the
	// default 5 minutes on a shared machine.
	dryRunTimeoutMinutes: 30,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
	thresholds: { high: 85, low: 70, break: null }
};
