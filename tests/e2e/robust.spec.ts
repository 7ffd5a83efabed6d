import { expect, test, type Page } from '@playwright/test';
import { karteZeigt, mitDatensatz, ohneBarrieren, oeffneAtlas, sammleSeitenfehler } from './helpers';

test.describe('hostile links', () => {
	test('built-in object keys in a link neither blank the page nor pass unnoticed', async ({ page }) => {
		const fehler = sammleSeitenfehler(page);
		await oeffneAtlas(page, '?i=toString&p=__proto__&k=constructor&d=hasOwnProperty&n=valueOf&b=41');
		await karteZeigt(page, 'mh_anteil');
		await expect(page.getByTestId('bezirkstabelle').locator('tbody tr')).toHaveCount(47);
		await expect(page.getByTestId('kennzahlen')).toContainText('70.787');
		const hinweis = page.getByTestId('link-ersetzt');
		await expect(hinweis).toContainText('Indikator „toString“ → Anteil Menschen mit Migrationshintergrund');
		await expect(hinweis).toContainText('Farbschema „__proto__“');
		await expect(hinweis).toContainText('Anzahl Klassen „valueOf“ → 5');
		await expect(page.locator('#profil-titel')).toHaveText('41 Thingers – Süd');
		await ohneBarrieren(page);
		// The rewritten URL carries only valid values.
		await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe('mh_anteil');
		expect(fehler).toEqual([]);
	});

	test('a Stichtag or district the data lack is replaced and named', async ({ page }) => {
		await oeffneAtlas(page, '?t=2031-12-31&b=99');
		await expect(page.getByTestId('link-ersetzt')).toContainText('Stichtag „2031-12-31“ → 31.12.2020');
		await expect(page.getByTestId('link-ersetzt')).toContainText('Stadtbezirk „99“ → kein Bezirk ausgewählt');
		await expect(page.getByLabel('Stichtag', { exact: true })).toHaveValue('2020-12-31');
	});
});

/** A data set with `dateien` changed must end in `meldung`, and the page must keep working. */
async function erwarteMeldung(page: Page, meldung: string | RegExp) {
	const fehler = sammleSeitenfehler(page);
	await page.goto('/');
	await expect(page.getByRole('alert').first()).toContainText(meldung);
	await expect(page.getByText('Karte und Daten werden geladen')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(fehler).toEqual([]);
}

const manifest = (f: (m: Record<string, unknown>) => void) => (text: string) => {
	const m = JSON.parse(text);
	f(m);
	return JSON.stringify(m);
};

test.describe('hostile or broken data sets end in a German message naming file, row and column', () => {
	test('negative count', async ({ page }) => {
		await mitDatensatz(page, { 'bevoelkerung.csv': (t) => t.replace(/\n(2016-12-31,10,w,0-4,deutsch,DE,,false,,)(\d+)/, '\n$1-$2') });
		await erwarteMeldung(page, /Datei „bevoelkerung.csv“, Zeile \d+, Spalte „anzahl“: „-\d+“ ist negativ; Anzahlen müssen 0 oder größer sein/);
	});
	test('duplicated rows', async ({ page }) => {
		await mitDatensatz(page, { 'bevoelkerung.csv': (t) => t + t.split('\n').slice(1, 3).join('\n') + '\n' });
		await erwarteMeldung(page, /Zeile 77305: Diese Zeile wiederholt Zeile 2/);
	});
	test('a district the district table lacks', async ({ page }) => {
		await mitDatensatz(page, { 'stadtbezirk.csv': (t) => t.split('\n').filter((z) => !z.startsWith('84,')).join('\n') });
		await erwarteMeldung(page, 'Der Stadtbezirk „84“ fehlt in „stadtbezirk.csv“');
	});
	test('a duplicate district code', async ({ page }) => {
		await mitDatensatz(page, { 'stadtbezirk.csv': (t) => t.trimEnd() + '\n10,Doppelt,1,1.0\n' });
		await erwarteMeldung(page, 'Datei „stadtbezirk.csv“, Zeile 49, Spalte „code“: „10“ steht schon in Zeile 2');
	});
	test('a header-only population file', async ({ page }) => {
		await mitDatensatz(page, { 'bevoelkerung.csv': (t) => t.split('\n')[0] + '\n' });
		await erwarteMeldung(page, 'Datei „bevoelkerung.csv“: Die Datei enthält keine Datenzeilen, nur die Kopfzeile.');
	});
	test('a Stichtag in the manifest that the data lack', async ({ page }) => {
		await mitDatensatz(page, { 'datensatz.json': manifest((m) => (m.stichtage as string[]).push('2021-12-31')) });
		await erwarteMeldung(page, 'Datei „datensatz.json“, Feld „stichtage“: Der Stichtag 31.12.2021 steht im Manifest, kommt aber in „bevoelkerung.csv“ nicht vor.');
	});
	test('an empty Stichtag list', async ({ page }) => {
		await mitDatensatz(page, { 'datensatz.json': manifest((m) => (m.stichtage = [])) });
		await erwarteMeldung(page, '„stichtage“ ist leer: mindestens ein Stichtag ist nötig.');
	});
	test('a German date in the manifest', async ({ page }) => {
		await mitDatensatz(page, { 'datensatz.json': manifest((m) => (m.stichtage = ['31.12.2016'])) });
		await erwarteMeldung(page, 'Feld „stichtage[0]“: „31.12.2016“ ist kein gültiges Datum der Form JJJJ-MM-TT');
	});
	test('an id that would reach another host', async ({ page }) => {
		const fremd: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith('http://127.0.0.1')) fremd.push(r.url());
		});
		await mitDatensatz(page, { 'datensatz.json': manifest((m) => (m.id = 'http://evil.example/daten')) });
		await erwarteMeldung(page, 'Feld „id“');
		expect(fremd.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
	});
	test('GeoJSON in metres: the table still works', async ({ page }) => {
		await mitDatensatz(page, {
			'stadtbezirke.geojson': (t) => JSON.stringify({ ...JSON.parse(t), features: JSON.parse(t).features.map((f: { geometry: { coordinates: number[][][] } }) => ({ ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map((r) => r.map(([x, y]) => [x * 55000, y * 111000])) } })) })
		});
		await erwarteMeldung(page, 'vermutlich Meter (z. B. UTM, EPSG:25832)');
		await expect(page.getByTestId('bezirkstabelle').locator('tbody tr')).toHaveCount(47);
	});
	test('empty GeoJSON and a null geometry', async ({ page }) => {
		await mitDatensatz(page, { 'stadtbezirke.geojson': (t) => JSON.stringify({ ...JSON.parse(t), features: [] }) });
		await erwarteMeldung(page, 'Datei „stadtbezirke.geojson“: Die Datei enthält keine Bezirksflächen.');
		await page.unrouteAll();
		await mitDatensatz(page, { 'stadtbezirke.geojson': (t) => JSON.stringify({ ...JSON.parse(t), features: JSON.parse(t).features.map((f: object, i: number) => (i === 3 ? { ...f, geometry: null } : f)) }) });
		await erwarteMeldung(page, 'Feld „features[3].geometry“: Bezirk „13“ hat keine Geometrie');
	});
	test('a bad value in the population file keeps the page usable', async ({ page }) => {
		await mitDatensatz(page, {
			'bevoelkerung.csv': (t) => {
				const zeilen = t.split('\n');
				zeilen[2] = zeilen[2].replace(/,\d+$/, ',zwölf');
				return zeilen.join('\n');
			}
		});
		await erwarteMeldung(page, 'Datei „bevoelkerung.csv“, Zeile 3, Spalte „anzahl“: „zwölf“ ist keine ganze Zahl.');
		await ohneBarrieren(page);
	});
});

test.describe('data sets that load despite their quirks', () => {
	test('numeric codes in the GeoJSON still give tooltips and selection', async ({ page }) => {
		await mitDatensatz(page, { 'stadtbezirke.geojson': (t) => t.replace(/"code":"(\d+)"/g, '"code":$1') }, { vorbereitet: true });
		await oeffneAtlas(page);
		const box = (await page.locator('.karte-rahmen').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
		await expect(page.locator('.tooltip')).toContainText('%');
		await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
		await expect(page.locator('#profil-titel')).toHaveText(/^\d\d /);
	});
	test('without the prepared tables, the CSV files are loaded and checked in the browser', async ({ page }) => {
		await mitDatensatz(page, {});
		await oeffneAtlas(page);
		await expect(page.getByTestId('kennzahlen')).toContainText('27.027 = 38,2 %');
	});
	test('a missing prepared index falls back to the CSV files', async ({ page }) => {
		await mitDatensatz(page, { 'vorbereitet.json': null }, { vorbereitet: true });
		await oeffneAtlas(page);
		await karteZeigt(page, 'mh_anteil');
	});
	test('a broken prepared table is named, and the first map stays usable', async ({ page }) => {
		await mitDatensatz(page, { 'vorbereitet-bevoelkerung.arrow': 'kaputt' }, { vorbereitet: true });
		await page.goto('/');
		await expect(page.getByTestId('datenbankfehler')).toContainText('Datei „vorbereitet-bevoelkerung.arrow“');
		await page.getByLabel('Indikator', { exact: true }).selectOption('auslaender_anteil');
		await karteZeigt(page, 'auslaender_anteil');
		await expect(page.getByTestId('haeufigste-staaten')).toContainText('nicht verfügbar');
	});
});

test('before DuckDB has answered, title, colours, legend and tooltips show the same indicator', async ({ page }) => {
	let freigeben!: () => void;
	const freigabe = new Promise<void>((r) => (freigeben = r));
	await page.route('**/*.wasm', async (route) => {
		await freigabe;
		await route.continue();
	});
	await page.goto('/');
	await karteZeigt(page, 'mh_anteil');
	await expect(page.getByText('Datenbank wird gestartet')).toBeVisible();
	await page.getByLabel('Indikator', { exact: true }).selectOption('neuzugewandert_anteil');
	await karteZeigt(page, 'neuzugewandert_anteil');
	await expect(page.locator('#karte-titel')).toContainText('Neuzugewanderte unter den Ausländer*innen');
	await expect(page.locator('.legende figcaption')).toContainText('Neuzugewanderte');
	await page.getByLabel('Stichtag', { exact: true }).selectOption('2017-12-31');
	await karteZeigt(page, 'neuzugewandert_anteil');
	await expect(page.locator('.legende figcaption')).toContainText('31.12.2017');
	const box = (await page.locator('.karte-rahmen').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
	await expect(page.locator('.tooltip')).toContainText('%');
	await expect(page.locator('.tooltip')).not.toContainText('k. A.');
	await expect(page.getByTestId('haeufigste-staaten')).toContainText('wird berechnet');
	await page.getByRole('button', { name: 'Thingers – Süd' }).click();
	await expect(page.getByTestId('bezirksprofil')).toContainText('/47');
	freigeben();
	await expect(page.getByTestId('haeufigste-staaten')).toContainText('Türkei');
});

test.describe('hosting', () => {
	test('the site works under the strict Content-Security-Policy the server sends', async ({ page }) => {
		const verstoesse: string[] = [];
		page.on('console', (m) => {
			if (/Content.Security.Policy/i.test(m.text())) verstoesse.push(m.text());
		});
		const antwort = await page.goto('/');
		const csp = antwort!.headers()['content-security-policy'];
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toContain("'unsafe-inline' 'sha");
		await oeffneAtlas(page);
		expect(verstoesse).toEqual([]);
	});
	test('a server sending .wasm with the wrong MIME type gets a message saying what to fix', async ({ page }) => {
		await page.route('**/*.wasm', async (route) => {
			const antwort = await route.fetch();
			await route.fulfill({ response: antwort, headers: { ...antwort.headers(), 'content-type': 'application/octet-stream' } });
		});
		await page.goto('/');
		await karteZeigt(page, 'mh_anteil');
		await expect(page.getByTestId('datenbankfehler')).toContainText('„application/octet-stream“');
		await expect(page.getByTestId('datenbankfehler')).toContainText('AddType application/wasm .wasm');
	});
});
