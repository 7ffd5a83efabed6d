import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Opens the atlas and waits until DuckDB answers (the status line disappears) and the map is drawn. The
 * wait is generous because two browsers share CI's two cores and a load without prepared tables checks
 * and protects the CSV files in the page; how fast it is, is the benchmark's business.
 */
export async function oeffneAtlas(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await atlasBereit(page);
}

/** The atlas reached by a link from the page shown (after an import, say), as a user goes there. */
export async function zumAtlas(page: Page, query = ''): Promise<void> {
	await folgeLink(page, `/${query}`);
	await atlasBereit(page);
}

async function atlasBereit(page: Page): Promise<void> {
	await expect(page.locator('[data-gemalt*="|"]')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.getByText('Datenbank wird gestartet')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.getByTestId('kennzahlen')).not.toContainText('wird berechnet');
}

/**
 * Goes to a route as a reader does by a link within the site: SvelteKit's client-side navigation, so the
 * session (its database, the loaded data) stays, as it does for a user, and no page load is paid again.
 */
export async function folgeLink(page: Page, route: string): Promise<void> {
	// A test's first page has nothing to follow a link from: it is opened.
	if (page.url() === 'about:blank') {
		await page.goto(route);
		return;
	}
	await page.evaluate((ziel) => {
		const a = document.createElement('a');
		a.href = ziel;
		document.querySelector('body > div')!.append(a);
		a.click();
		a.remove();
	}, route);
	// The pathname only: a page may rewrite its query (a replaced value, a normalised group).
	const pfad = new URL(route, 'http://x/').pathname;
	await page.waitForURL((url) => url.pathname === pfad);
}

/**
 * The address bar as a user would copy it after a change: the page writes it once the frame showing the
 * change is drawn (ui/urlzustand.svelte.ts), so this reads it after that frame and the task queued then.
 */
export async function adresse(page: Page): Promise<string> {
	return page.evaluate(() => new Promise<string>((r) => requestAnimationFrame(() => setTimeout(() => r(location.href)))));
}

/** Waits until the map has drawn the colours of the given indicator. */
export async function karteZeigt(page: Page, indikator: string): Promise<void> {
	await expect(page.locator(`[data-gemalt*="|${indikator}|"]`)).toHaveCount(1);
}

/**
 * Counts map pixels per colour (RGB, within a summed channel distance `toleranz`) by reading the WebGL
 * canvas back (preserveDrawingBuffer is on), so the test sees what a user sees rather than the DOM.
 */
export async function pixelJeFarbe(page: Page, farben: number[][], toleranz: number): Promise<number[]> {
	return page.evaluate(([farben, toleranz]) => {
		const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
		const copy = document.createElement('canvas');
		copy.width = canvas.width;
		copy.height = canvas.height;
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0);
		const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
		const counts = farben.map(() => 0);
		for (let i = 0; i < data.length; i += 4) {
			farben.forEach(([r, g, b], k) => {
				if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < toleranz) counts[k]++;
			});
		}
		return counts;
	}, [farben, toleranz] as const);
}

/** Map pixels per colour of the choropleth's legend. */
export async function pixelJeLegendenfarbe(page: Page): Promise<number[]> {
	const farben = await page.locator('.legende li[data-klasse] .feld').evaluateAll((felder) => felder.map((f) => getComputedStyle(f).backgroundColor.match(/\d+/g)!.map(Number)));
	return pixelJeFarbe(page, farben, 6);
}

/**
 * axe-core with the WCAG 2.1 A/AA rules (and best practice for touch targets), and the best practice of
 * landmarks: all content inside one (`region`), none named like another of its kind (`landmark-unique`).
 * No violation at all.
 */
export async function ohneBarrieren(page: Page): Promise<void> {
	const wcag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	const landmarken = await new AxeBuilder({ page }).withRules(['region', 'landmark-unique']).analyze();
	const verstoesse = [...wcag.violations, ...landmarken.violations].map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
	expect(verstoesse).toEqual([]);
}

export type Aenderung = string | ((original: string) => string) | null;

/**
 * Serves a changed copy of the default data set: a file's text replaced or edited, or removed (null
 * answers 404). Without `vorbereitet: true` the prepared tables are dropped from the manifest, so the
 * browser loads and checks the CSV files itself, as it would for any other data set.
 */
export async function mitDatensatz(page: Page, dateien: Record<string, Aenderung>, optionen: { vorbereitet?: boolean } = {}): Promise<void> {
	await page.route('**/data/kempten/*', async (route) => {
		const datei = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!);
		const aenderung = dateien[datei];
		if (aenderung === null) return route.fulfill({ status: 404, body: 'Nicht gefunden' });
		if (aenderung === undefined && !(datei === 'datensatz.json' && !optionen.vorbereitet)) return route.continue();
		const original = await (await route.fetch()).text();
		let text = typeof aenderung === 'function' ? aenderung(original) : (aenderung ?? original);
		if (datei === 'datensatz.json' && !optionen.vorbereitet) {
			const m = JSON.parse(text);
			if (m?.dateien) delete m.dateien.vorbereitet;
			text = JSON.stringify(m);
		}
		await route.fulfill({ status: 200, body: text, contentType: datei.endsWith('.json') ? 'application/json' : 'text/plain' });
	});
}

/** Uncaught errors of the page: a hostile input must never produce one. */
export function sammleSeitenfehler(page: Page): string[] {
	const fehler: string[] = [];
	page.on('pageerror', (e) => fehler.push(e.message));
	return fehler;
}

/** Picks a file on the data page and waits until it is read and mapped (or refused). */
export async function waehleDatei(page: Page, pfad: string): Promise<void> {
	await page.locator('#datei-wahl').setInputFiles(pfad);
	await expect(page.getByText('wird gelesen')).toHaveCount(0);
}

/**
 * Checks and takes over the file mapped so far, accepting its notices; `warten`: how long the check may
 * take; `fertig`: whether to wait for the take-over to be confirmed (another tab may be refused).
 */
export async function uebernimmDatei(page: Page, warten = 60_000, fertig = true): Promise<void> {
	await page.getByRole('button', { name: 'Prüfen', exact: true }).click();
	await expect(page.getByTestId('pruefung-bestanden')).toBeVisible({ timeout: warten });
	const gelesen = page.getByLabel('Ich habe die Hinweise gelesen.');
	if (await gelesen.count()) await gelesen.check();
	await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
	if (fertig) await expect(page.getByTestId('import-fertig')).toBeVisible();
}
