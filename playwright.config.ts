import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, PORT } from './tests/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 1,
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
		// Serves the built static site (npm test builds it first), exactly as a city would host it.
		command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
