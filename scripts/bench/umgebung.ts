/** Shared by the benchmark's parts: the built site served as in production, fresh browsers, statistics. */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { quantileSorted } from 'simple-statistics';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/chromium';
import { starteServer } from '../server';
import { ausgabeordner, messbuild } from '../ausgabe.js';
import { formatDezimal } from '../../src/lib/analysis/format';

export const median = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.5);
export const p95 = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.95);
export const ms = (x: number) => `${Math.round(x).toLocaleString('de-DE')} ms`;
export const verhaeltnis = (x: number) => formatDezimal(x, 2);
export const ziel = (erreicht: boolean) => (erreicht ? 'erreicht' : 'VERFEHLT');

export async function mitServer<T>(fn: (basis: string) => Promise<T>): Promise<T> {
	if (!messbuild || !existsSync(join(import.meta.dirname, '../..', ausgabeordner, 'messung/karte.html'))) {
		console.error('Kein Messbuild gefunden: `npm run bench` baut ihn selbst (ATLAS_MESSBUILD=1 npm run build).');
		process.exit(1);
	}
	const port = Number(process.env.BENCH_PORT ?? 4180);
	const server = await starteServer(port);
	try {
		return await fn(`http://127.0.0.1:${port}`);
	} finally {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}

/** A new browser with a new, empty profile: nothing cached, as on a first visit. */
export async function kalt<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		return await fn(browser);
	} finally {
		await browser.close();
	}
}

/** Waits for performance marks and returns their times (ms since navigation start). */
export async function marken(page: Page, namen: string[]): Promise<Record<string, number>> {
	await page.waitForFunction((n) => n.every((x) => performance.getEntriesByName(x).length > 0), namen, { timeout: 90_000 });
	return page.evaluate((n) => Object.fromEntries(n.map((x) => [x, performance.getEntriesByName(x)[0].startTime])), namen);
}

/** The machine's other load, so a reader can judge the figures: load average and cores. */
export function last(): string {
	const [eins] = loadavg();
	return `Last (1 min) ${formatDezimal(eins, 2)} auf ${cpus().length} Kernen`;
}
