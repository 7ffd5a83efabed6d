import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PORT } from './tests/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	// Two browsers at once halve the wall time on CI's two cores; no test shares state with another (each
	// has its own context, storage and temporary files; the print scripts pick a free port).
	fullyParallel: true,
	workers: Number(process.env.E2E_WORKERS ?? 2),
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		headless: true,
		viewport: { width: 1400, height: 1000 },
		locale: 'de-DE',
		launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS }
	},
	webServer: {
		// Serves the built static site (npm test builds it first) with the headers a city's server sends:
		// strict CSP with the build's hashes, application/wasm, caching (scripts/server.ts).
		command: `npx tsx scripts/server.ts --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
