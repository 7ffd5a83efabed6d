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
	coverageAnalysis: 'perTest',
	concurrency: Number(process.env.STRYKER_PARALLEL ?? 2),
	timeoutMS: 60_000,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
	thresholds: { high: 85, low: 70, break: null }
};
