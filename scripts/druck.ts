/**
 * What `npm run report` and `npm run statusbericht` share: reading the command line, building the site
 * if there is none, serving it, opening one page in Debian's Chromium, waiting until it says it is
 * complete and printing it on A4 with the title and page numbers in the footer. Each script says only
 * which page, which mark and which checks are its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/chromium';
import { starteServer } from './server';

export function abbruch(text: string): never {
	console.error(`Fehler: ${text}`);
	process.exit(1);
}

export function argument(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

export const istDatum = (t: string | undefined): t is string => !!t && /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t));

/** The `--out` file, resolved where npm was called; ends the run when it cannot be written there. */
export function zieldatei(beispiel: string): string {
	const ziel = argument('out');
	if (!ziel || !ziel.toLowerCase().endsWith('.pdf')) abbruch(`„--out“ fehlt oder endet nicht auf „.pdf“, z. B. --out ${beispiel}.`);
	const datei = resolve(process.env.INIT_CWD ?? process.cwd(), ziel);
	if (!existsSync(dirname(datei))) abbruch(`Der Ordner „${dirname(datei)}“ existiert nicht.`);
	return datei;
}

export interface Druckauftrag {
	/** Path and query of the page, e.g. `/faktencheck?t=2020-12-31`. */
	pfad: string;
	/** The performance mark the page sets once every part is drawn. */
	fertig: string;
	timeout: number;
	/** Further checks on the finished page; a returned text ends the run with that message. */
	pruefe?: (seite: Page) => Promise<string | null>;
}

export async function druckeSeite(datei: string, auftrag: Druckauftrag): Promise<void> {
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
		await seite.goto(`http://127.0.0.1:${port}${auftrag.pfad}`);
		await seite.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0 || document.querySelector('[role="alert"]'), auftrag.fertig, { timeout: auftrag.timeout });
		const alarm = await seite.locator('[role="alert"]').allInnerTexts();
		if (alarm.length) abbruch(`Der Bericht meldet: ${alarm.join(' ')}`);
		const einwand = auftrag.pruefe ? await auftrag.pruefe(seite) : null;
		if (einwand) abbruch(einwand);
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
}
