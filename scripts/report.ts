/**
 * Renders the Faktencheck report of one Stichtag to a PDF for the publication workflow: serves the
 * built site (building it first if there is none), opens the report in Debian's Chromium, waits until
 * every figure is drawn and prints it on A4 with page numbers.
 *   npm run report -- --stichtag 2020-12-31 --out faktencheck-2020.pdf
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium';
import { starteServer } from './server';

function abbruch(text: string): never {
	console.error(`Fehler: ${text}`);
	process.exit(1);
}

function argument(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const stichtag = argument('stichtag');
const ziel = argument('out');
if (!stichtag || !/^\d{4}-\d{2}-\d{2}$/.test(stichtag)) abbruch('„--stichtag“ fehlt oder ist kein Datum der Form JJJJ-MM-TT, z. B. --stichtag 2020-12-31.');
if (!ziel || !ziel.toLowerCase().endsWith('.pdf')) abbruch('„--out“ fehlt oder endet nicht auf „.pdf“, z. B. --out faktencheck-2020.pdf.');
const datei = resolve(process.env.INIT_CWD ?? process.cwd(), ziel);
if (!existsSync(dirname(datei))) abbruch(`Der Ordner „${dirname(datei)}“ existiert nicht.`);

const wurzel = join(import.meta.dirname, '..');
if (!existsSync(join(wurzel, 'build/index.html'))) {
	console.log('Kein Build gefunden: npm run build …');
	if (spawnSync('npm', ['run', 'build'], { cwd: wurzel, stdio: 'inherit' }).status !== 0) abbruch('Der Build ist fehlgeschlagen.');
}

// Port 0: the system picks a free one, so a running `npm start` is not in the way.
const server = await starteServer(0);
const adresse = server.address();
const port = typeof adresse === 'object' && adresse ? adresse.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	const seite = await browser.newPage({ locale: 'de-DE', viewport: { width: 1100, height: 1400 } });
	const fehler: string[] = [];
	seite.on('pageerror', (e) => fehler.push(e.message));
	await seite.goto(`http://127.0.0.1:${port}/faktencheck?t=${stichtag}`);
	await seite.waitForFunction(() => performance.getEntriesByName('bericht-fertig').length > 0 || document.querySelector('[role="alert"]'), null, { timeout: 120_000 });
	const alarm = await seite.locator('[role="alert"]').allInnerTexts();
	if (alarm.length) abbruch(`Der Bericht meldet: ${alarm.join(' ')}`);
	const gewaehlt = await seite.locator('#bericht-stichtag').inputValue();
	if (gewaehlt !== stichtag) {
		const vorhanden = await seite.locator('#bericht-stichtag option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
		abbruch(`Die Daten haben keinen Stichtag ${stichtag}. Vorhanden: ${vorhanden.join(', ')}.`);
	}
	// The key figures ask their own query; the report is complete when no part is still computing.
	await seite.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('wird berechnet')), null, { timeout: 60_000 });
	if (fehler.length) abbruch(`Fehler im Bericht: ${fehler.join('; ')}`);
	const titel = await seite.title();
	await seite.pdf({
		path: datei,
		format: 'A4',
		printBackground: true,
		displayHeaderFooter: true,
		headerTemplate: '<span></span>',
		footerTemplate: `<div style="font-size:8px;width:100%;padding:0 12mm;display:flex;justify-content:space-between;font-family:sans-serif"><span>${titel.replace(/[<>&]/g, '')}</span><span>Seite <span class="pageNumber"></span> von <span class="totalPages"></span></span></div>`,
		margin: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' }
	});
	console.log(`${datei} geschrieben (${Math.round(statSync(datei).size / 1024)} KB): ${titel}`);
} finally {
	await browser.close();
	server.close();
}
