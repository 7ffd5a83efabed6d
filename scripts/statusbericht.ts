/**
 * Renders the Statusbericht on the KIK's implementation to a PDF for the Beirat and the city council:
 * serves the built site (building it first if there is none), opens /statusbericht with the state as
 * of the given date in Debian's Chromium, waits until every part is computed and prints it on A4 with
 * page numbers. A fresh browser profile holds no own entries, so the PDF shows the data set's states.
 *   npm run statusbericht -- --stichtag 2026-11-30 --out statusbericht-2026.pdf [--seit 2024-05-08]
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

const istDatum = (t: string | undefined): t is string => !!t && /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t));
const stichtag = argument('stichtag');
const seit = argument('seit');
const ziel = argument('out');
if (!istDatum(stichtag)) abbruch('„--stichtag“ fehlt oder ist kein Datum der Form JJJJ-MM-TT, z. B. --stichtag 2026-11-30.');
if (seit !== undefined && !istDatum(seit)) abbruch('„--seit“ ist kein Datum der Form JJJJ-MM-TT, z. B. --seit 2024-05-08.');
if (seit && seit >= stichtag) abbruch(`„--seit“ (${seit}) muss vor dem Stichtag (${stichtag}) liegen.`);
if (!ziel || !ziel.toLowerCase().endsWith('.pdf')) abbruch('„--out“ fehlt oder endet nicht auf „.pdf“, z. B. --out statusbericht-2026.pdf.');
const datei = resolve(process.env.INIT_CWD ?? process.cwd(), ziel);
if (!existsSync(dirname(datei))) abbruch(`Der Ordner „${dirname(datei)}“ existiert nicht.`);

const wurzel = join(import.meta.dirname, '..');
if (!existsSync(join(wurzel, 'build/index.html'))) {
	console.log('Kein Build gefunden: npm run build …');
	if (spawnSync('npm', ['run', 'build'], { cwd: wurzel, stdio: 'inherit' }).status !== 0) abbruch('Der Build ist fehlgeschlagen.');
}

const server = await starteServer(0);
const adresse = server.address();
const port = typeof adresse === 'object' && adresse ? adresse.port : 0;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	const seite = await browser.newPage({ locale: 'de-DE', viewport: { width: 1100, height: 1400 } });
	const fehler: string[] = [];
	seite.on('pageerror', (e) => fehler.push(e.message));
	await seite.goto(`http://127.0.0.1:${port}/statusbericht?stichtag=${stichtag}${seit ? `&seit=${seit}` : ''}`);
	await seite.waitForFunction(() => performance.getEntriesByName('statusbericht-fertig').length > 0 || document.querySelector('[role="alert"]'), null, { timeout: 180_000 });
	const alarm = await seite.locator('[role="alert"]').allInnerTexts();
	if (alarm.length) abbruch(`Der Bericht meldet: ${alarm.join(' ')}`);
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
