/**
 * The layering rule of the code (README, "Aufbau des Codes"), checked by `npm test`:
 * data → analysis → map / charts / ui → features → routes; nothing below imports from above.
 */
const schicht = (...namen) => `^src/lib/(${namen.join('|')})/`;
/** Tests may reach across layers to state what they check; shipped code may not. */
const TESTS = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'data-nur-nach-unten',
			comment: 'src/lib/data (DuckDB, loading, validation) knows nothing of analysis, views or pages.',
			severity: 'error',
			from: { path: schicht('data'), pathNot: TESTS },
			to: { path: [schicht('analysis', 'map', 'charts', 'ui', 'features', 'export'), '^src/routes/'] }
		},
		{
			name: 'analysis-nur-nach-unten',
			comment: 'src/lib/analysis holds pure functions: it may use data types, never views or pages.',
			severity: 'error',
			from: { path: schicht('analysis'), pathNot: TESTS },
			to: { path: [schicht('map', 'charts', 'ui', 'features', 'export'), '^src/routes/'] }
		},
		{
			name: 'export-nur-nach-unten',
			severity: 'error',
			from: { path: schicht('export'), pathNot: TESTS },
			to: { path: [schicht('map', 'charts', 'ui', 'features'), '^src/routes/'] }
		},
		{
			name: 'karten-und-diagramme-ohne-seiten',
			comment: 'Map and chart views are building blocks: they do not know the pages or features that use them.',
			severity: 'error',
			from: { path: schicht('map', 'charts'), pathNot: TESTS },
			to: { path: [schicht('ui', 'features'), '^src/routes/'] }
		},
		{
			name: 'ui-ohne-features',
			severity: 'error',
			from: { path: schicht('ui'), pathNot: TESTS },
			to: { path: [schicht('features'), '^src/routes/'] }
		},
		{
			name: 'features-ohne-routen',
			severity: 'error',
			from: { path: schicht('features'), pathNot: TESTS },
			to: { path: '^src/routes/' }
		},
		{
			name: 'routen-duenn',
			comment: 'Pages only place a feature (and shared ui); data, analysis, maps and charts are reached through them.',
			severity: 'error',
			from: { path: '^src/routes/', pathNot: TESTS },
			to: { path: schicht('data', 'analysis', 'map', 'charts', 'export') }
		},
		{
			name: 'seite-ohne-node',
			comment: 'What the browser runs must not import Node built-ins (only tests, test helpers and the Node database may).',
			severity: 'error',
			from: { path: '^src/', pathNot: ['\\.test\\.ts$', '^src/lib/data/testing/', '^src/lib/data/duckdb/node\\.ts$'] },
			to: { dependencyTypes: ['core'] }
		},
		{
			name: 'seite-ohne-skripte',
			severity: 'error',
			from: { path: '^src/', pathNot: '\\.test\\.ts$' },
			to: { path: '^scripts/' }
		},
		{ name: 'keine-zyklen', severity: 'error', from: {}, to: { circular: true } }
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.schichten.json' },
		enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types', 'svelte'], extensions: ['.ts', '.js', '.svelte'] }
	}
};
