/**
 * `npm run bench`: speed of the built atlas in headless Chromium (fresh profile per cold load).
 * Builds nothing: run `npm run build` first. Prints medians of cold loads (time to first choropleth,
 * time until DuckDB answers), the same for a page that only starts DuckDB-WASM with the same bundle,
 * their ratio, and p50/p95 of 50 indicator switches until the map has repainted.
 * Loads of the two pages alternate, so that a noisy neighbour hits both alike.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import { quantileSorted } from 'simple-statistics';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium';
import { INDIKATOREN } from '../src/lib/data/indikatoren';

const LADUNGEN = Number(process.env.BENCH_LADUNGEN ?? 5);
const WECHSEL = 50;
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const ZIELE = { erstesChoropleth: 1500, bereitVerhaeltnis: 1.2, wechselP95: 100 };

if (!existsSync(join(import.meta.dirname, '../build/index.html'))) {
	console.error('Kein Build gefunden: bitte zuerst `npm run build` ausführen.');
	process.exit(1);
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const basis = `http://127.0.0.1:${PORT}`;

async function mark(browser: Browser, pfad: string, marken: string[]): Promise<Record<string, number>> {
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	await page.goto(`${basis}${pfad}`);
	await page.waitForFunction(
		(names) => names.every((n) => performance.getEntriesByName(n).length > 0),
		marken,
		{ timeout: 60_000 }
	);
	const werte = await page.evaluate(
		(names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0].startTime])),
		marken
	);
	await page.close();
	return werte;
}

/** One cold load = a new browser with a new, empty profile. */
async function kalt<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		return await fn(browser);
	} finally {
		await browser.close();
	}
}

interface Wechsel {
	/** From the change event until the map's new colours are set (state, queries, Svelte). */
	gefaerbt: number;
	/** Until the repainted frame is on screen. */
	gezeichnet: number;
}

async function wechselzeiten(): Promise<Wechsel[]> {
	return kalt(async (browser) => {
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		await page.goto(`${basis}/`);
		await page.waitForFunction(() => performance.getEntriesByName('duckdb-bereit').length > 0, null, { timeout: 60_000 });
		await page.locator('[data-testid="kennzahlen"] dl').waitFor();
		const folge = Array.from({ length: WECHSEL }, (_, i) => INDIKATOREN[(i + 1) % INDIKATOREN.length].id);
		return page.evaluate(async (ids) => {
			const select = document.querySelector<HTMLSelectElement>('#indikator')!;
			const karte = document.querySelector<HTMLElement>('[data-gemalt]')!;
			const zeiten: { gefaerbt: number; gezeichnet: number }[] = [];
			for (const id of ids) {
				const start = performance.now();
				const gemalt = new Promise<void>((resolve) => {
					const obs = new MutationObserver(() => {
						if (karte.dataset.gemalt?.includes(`|${id}|`)) {
							obs.disconnect();
							resolve();
						}
					});
					obs.observe(karte, { attributes: true, attributeFilter: ['data-gemalt'] });
				});
				select.value = id;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				await gemalt;
				const ende = performance.now();
				const gefaerbt = performance
					.getEntriesByName('karte-gefaerbt')
					.filter((m) => (m as PerformanceMark).detail?.includes(`|${id}|`))
					.at(-1)!.startTime;
				zeiten.push({ gefaerbt: gefaerbt - start, gezeichnet: ende - start });
			}
			return zeiten;
		}, folge);
	});
}

const median = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.5);
const p95 = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.95);
const ms = (x: number) => `${Math.round(x).toLocaleString('de-DE')} ms`;
const ok = (pass: boolean) => (pass ? 'erreicht' : 'VERFEHLT');

try {
	const atlas: Record<string, number>[] = [];
	const nurDuckdb: number[] = [];
	for (let i = 0; i < LADUNGEN; i++) {
		atlas.push(await kalt((b) => mark(b, '/', ['erstes-choropleth', 'duckdb-gestartet', 'duckdb-bereit'])));
		nurDuckdb.push((await kalt((b) => mark(b, '/messung/duckdb', ['duckdb-bereit'])))['duckdb-bereit']);
		process.stderr.write('.');
	}
	process.stderr.write('\n');
	const erstes = median(atlas.map((a) => a['erstes-choropleth']));
	const gestartet = median(atlas.map((a) => a['duckdb-gestartet']));
	const bereit = median(atlas.map((a) => a['duckdb-bereit']));
	const referenz = median(nurDuckdb);
	const verhaeltnisse = atlas.map((a, i) => a['duckdb-bereit'] / nurDuckdb[i]);
	const wechsel = await wechselzeiten();

	console.log(`Sozialraumatlas – Messung (${LADUNGEN} kalte Ladungen je Seite, Median; Chromium ${CHROMIUM})`);
	console.log(`  Erstes Choropleth:                ${ms(erstes)}   (Ziel ≤ ${ms(ZIELE.erstesChoropleth)}: ${ok(erstes <= ZIELE.erstesChoropleth)})`);
	console.log(`  DuckDB gestartet (Atlas):         ${ms(gestartet)}`);
	console.log(`  DuckDB antwortet (Atlas):         ${ms(bereit)}`);
	console.log(`  DuckDB antwortet (nur DuckDB):    ${ms(referenz)}`);
	console.log(
		`  Verhältnis Atlas/nur DuckDB:      ${median(verhaeltnisse).toFixed(2)} (Median der Paare; Ziel ≤ ${ZIELE.bereitVerhaeltnis}: ${ok(median(verhaeltnisse) <= ZIELE.bereitVerhaeltnis)})`
	);
	const gezeichnet = wechsel.map((w) => w.gezeichnet);
	const gefaerbt = wechsel.map((w) => w.gefaerbt);
	console.log(
		`  Indikatorwechsel bis Neuzeichnung (${WECHSEL}×): p50 ${ms(median(gezeichnet))}, p95 ${ms(p95(gezeichnet))}   (Ziel p95 ≤ ${ms(ZIELE.wechselP95)}: ${ok(p95(gezeichnet) <= ZIELE.wechselP95)})`
	);
	console.log(`    davon bis neue Farben gesetzt:  p50 ${ms(median(gefaerbt))}, p95 ${ms(p95(gefaerbt))} (der Rest ist das Neuzeichnen des Kartenbilds)`);
	console.log(`  Einzelwerte erstes Choropleth:    ${atlas.map((a) => ms(a['erstes-choropleth'])).join(', ')}`);
	console.log(`  Einzelwerte DuckDB (Atlas / nur): ${atlas.map((a, i) => `${ms(a['duckdb-bereit'])} / ${ms(nurDuckdb[i])}`).join(', ')}`);
} finally {
	await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
