/**
 * What `npm run report`, `npm run statusbericht` and `npm run steckbriefe` share: reading the command
 * line, building the site if there is none, serving it, opening one page in Debian's Chromium, waiting
 * until it says it is complete and printing it as the page's print style lays it out (A4, its running
 * foot with "Seite n von m"). A page with a table of contents gets its page numbers: it is printed once,
 * read back with pdftotext, each entry found after the contents, and printed again with the numbers.
 * Each script says only which page, which mark and which checks are its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
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
		const drucke = async () => {
			await seite.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
			await seite.pdf({ path: datei, preferCSSPageSize: true, format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' } });
		};
		await drucke();
		if (await seite.locator('[data-suche]').count()) {
			const einwand = await seitenzahlenEintragen(seite, datei);
			if (einwand) abbruch(einwand);
			await drucke();
		}
		console.log(`${datei} geschrieben (${Math.round(statSync(datei).size / 1024)} KB, ${seitentexte(datei).length} Seiten): ${titel}`);
	} finally {
		await browser.close();
		server.close();
	}
}

/** The text of every page of a PDF, whitespace collapsed (a heading may wrap). */
export function seitentexte(datei: string): string[] {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', datei, '-'], { encoding: 'utf8' })
		.split('\f')
		.slice(0, -1)
		.map((t) => t.replace(/\s+/g, ' '));
}

/**
 * Finds each contents entry's text (`data-suche`) on the pages after the contents, in order, and writes
 * the page into its `[data-seite]`. The contents' own page is the first to hold the first entry's text.
 */
async function seitenzahlenEintragen(seite: Page, datei: string): Promise<string | null> {
	const seiten = seitentexte(datei);
	const suche = await seite.locator('[data-suche]').evaluateAll((e) => e.map((x) => (x as HTMLElement).dataset.suche!));
	const inhalt = seiten.findIndex((t) => t.includes(suche[0]));
	let ab = inhalt + 1;
	const nummern: number[] = [];
	for (const text of suche) {
		const k = seiten.findIndex((t, i) => i >= ab && t.includes(text));
		if (k < 0) return `Im Inhaltsverzeichnis steht „${text}“, im gedruckten Bericht nach dem Inhalt aber nicht.`;
		nummern.push(k + 1);
		ab = k;
	}
	await seite.locator('[data-suche] [data-seite]').evaluateAll((e, n) => e.forEach((x, i) => (x.textContent = String(n[i]))), nummern);
	return null;
}
