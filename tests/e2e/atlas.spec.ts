import { expect, test } from '@playwright/test';
import { karteZeigt, oeffneAtlas, ohneBarrieren, pixelJeLegendenfarbe, adresse } from './helpers';

test.describe('Atlas', () => {
	test('paints the districts in the legend colours on the map canvas', async ({ page }) => {
		await oeffneAtlas(page);
		const klassen = await page.locator('.legende li[data-klasse]').count();
		expect(klassen).toBe(5);
		const pixel = await pixelJeLegendenfarbe(page);
		// Every class that holds districts shows up on the canvas, with a visible area.
		const anzahl = await page.locator('.legende li[data-klasse] .anzahl').allTextContents();
		anzahl.forEach((text, k) => {
			if (!text.startsWith('0 ')) expect(pixel[k], `Klasse ${k + 1}: ${text}`).toBeGreaterThan(200);
		});
	});

	test('lists the 47 Stadtbezirke in the table and the city total in its footer', async ({ page }) => {
		await oeffneAtlas(page);
		const tabelle = page.getByTestId('bezirkstabelle');
		await expect(tabelle.locator('tbody tr')).toHaveCount(47);
		await expect(tabelle.locator('tfoot')).toContainText('38,2 %');
	});

	test('shows Kempten at a glance for 2020 exactly as the KIK publishes it', async ({ page }) => {
		await oeffneAtlas(page);
		const k = page.getByTestId('kennzahlen');
		await expect(k).toContainText('31.12.2020');
		await expect(k).toContainText('70.787');
		await expect(k).toContainText('125');
		await expect(k).toContainText('27.027 = 38,2 %');
		await expect(k).toContainText('11.689 = 16,5 %');
		await expect(k).toContainText('7,3 %');
		await expect(k).toContainText('45,2 %');
		await expect(k).toContainText('54,8 %');
		await expect(k).toContainText('1.376 = 1,9 % der Bevölkerung (KIK 2021: 2 %)');
		await expect(k).toContainText('Türkei, Italien, Rumänien, Polen, Syrien');
	});

	test('labels demo data as such beside map, table, key figures and profile', async ({ page }) => {
		await oeffneAtlas(page, '?b=41');
		await expect(page.getByTestId('beispielhinweis')).toContainText('Beispieldaten');
		await expect(page.getByText('Beispieldaten · Bezirksgrenzen schematisch')).toBeVisible();
		for (const id of ['kennzahlen', 'bezirksprofil']) await expect(page.getByTestId(id)).toContainText('Beispieldaten – kalibriert');
		await expect(page.locator('.quelle').first()).toContainText('Stichtag 31.12.2020');
	});

	test('changing the indicator changes legend, map and table', async ({ page }) => {
		await oeffneAtlas(page);
		const legende = page.locator('.legende');
		const vorher = await legende.textContent();
		await page.getByLabel('Indikator', { exact: true }).selectOption('auslaender_anteil');
		await karteZeigt(page, 'auslaender_anteil');
		await expect(legende).toContainText('Ausländer*innen');
		expect(await legende.textContent()).not.toBe(vorher);
		await expect(page.getByTestId('bezirkstabelle').locator('tfoot')).toContainText('16,5 %');
		expect((await pixelJeLegendenfarbe(page)).filter((n) => n > 200).length).toBeGreaterThanOrEqual(3);
	});

	test('another Stichtag is answered by DuckDB (not in the prepared first paint)', async ({ page }) => {
		await oeffneAtlas(page);
		await page.getByLabel('Stichtag', { exact: true }).selectOption('2017-12-31');
		await expect(page.getByTestId('kennzahlen')).toContainText('70.157');
		await expect(page.getByTestId('kennzahlen')).toContainText('26.064');
		await expect(page.getByTestId('kennzahlen')).toContainText('10.989');
	});

	test('changes against an earlier Stichtag use a diverging legend in percentage points and name both dates', async ({ page }) => {
		await oeffneAtlas(page);
		await page.getByLabel('Veränderung seit einem früheren Stichtag').check();
		const legende = page.locator('.legende');
		await expect(legende).toContainText('Veränderung 31.12.2019 → 31.12.2020, in Prozentpunkten');
		await expect(page.locator('#karte-titel')).toContainText('Veränderung 31.12.2019 → 31.12.2020');
		await expect(legende.locator('.stadtwert')).toContainText('Pp.');
		await expect(page.getByLabel('Farbschema')).toBeDisabled();
		const vorher = await legende.locator('.stadtwert').textContent();
		await page.getByLabel('Verglichen mit').selectOption('2017-12-31');
		await expect(legende).toContainText('Veränderung 31.12.2017 → 31.12.2020, in Prozentpunkten');
		await expect(legende.locator('.stadtwert')).not.toHaveText(vorher!);
		await expect(page.getByTestId('bezirkstabelle').locator('thead')).toContainText('Veränderung seit 31.12.2017');
		await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('2017-12-31');
	});

	test('classification method and number of classes drive the legend', async ({ page }) => {
		await oeffneAtlas(page);
		await page.getByLabel('Anzahl Klassen').selectOption('7');
		await expect(page.locator('.legende li[data-klasse]')).toHaveCount(7);
		await page.getByLabel('Klassenbildung').selectOption('quantile');
		const anzahl = (await page.locator('.legende li[data-klasse] .anzahl').allTextContents()).map((t) => parseInt(t, 10));
		expect(anzahl.reduce((a, b) => a + b, 0)).toBe(47);
		expect(Math.max(...anzahl) - Math.min(...anzahl)).toBeLessThanOrEqual(1);
	});

	test('fixed class bounds keep the legend across Stichtage and travel in the link', async ({ page }) => {
		await oeffneAtlas(page);
		const grenzen = page.locator('.legende li[data-klasse] .grenzen');
		await expect(page.getByLabel('Klassengrenzen (innere, mit „;“)')).toHaveValue('23,3; 30,6; 36,9; 49,0');
		await page.getByRole('button', { name: 'Klassengrenzen festhalten' }).click();
		await expect(page).toHaveURL(/kg=23\.3%2C30\.6%2C36\.9%2C49/);
		const fest = await grenzen.allTextContents();
		await page.getByLabel('Stichtag', { exact: true }).selectOption('2016-12-31');
		await expect(page.locator('.legende')).toContainText('31.12.2016');
		// The inner bounds stay; the outer ones are that year's lowest and highest value.
		await expect(grenzen.nth(1)).toHaveText(fest[1]);
		await expect(grenzen.nth(3)).toHaveText(fest[3]);
		await expect(grenzen.first()).toContainText('bis unter 23,3');
		await expect(grenzen.first()).not.toHaveText(fest[0]);
		await expect(page.locator('.legende')).toContainText('feste Klassengrenzen');
		await page.getByLabel('Klassengrenzen (innere, mit „;“)').fill('20; 30; 40; 50');
		await page.getByRole('button', { name: 'Klassengrenzen festhalten' }).click();
		await expect(grenzen.first()).toContainText('bis unter 20,0');
		await expect(grenzen.nth(1)).toHaveText('20,0 bis unter 30,0');
		await page.getByRole('button', { name: 'Lösen' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('kg')).toBeNull();
	});

	test('hovering shows a district, clicking it on the map opens its profile', async ({ page }) => {
		await oeffneAtlas(page);
		const karte = page.locator('.karte-rahmen');
		const box = (await karte.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const tooltip = page.locator('.tooltip strong');
		await expect(tooltip).toBeVisible();
		const name = (await tooltip.textContent())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const profil = page.getByTestId('bezirksprofil');
		await expect(profil.getByRole('heading', { level: 2 })).toHaveText(name);
		await expect(page.locator('#karte-titel')).toContainText('Anteil Menschen mit Migrationshintergrund');
		// 17 catalogue indicators and 3 computed from the offers (coverage, walking distance, need).
		await expect(profil.locator('tbody tr')).toHaveCount(20);
		await expect(profil).toContainText('/47');
		await expect(page.getByTestId('bezirkstabelle').locator('tr[aria-current="true"]')).toContainText(name.replace(/^\d+ /, ''));
		await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe(name.split(' ')[0]);
	});

	test('a tooltip by the map\'s right edge stays inside the map', async ({ page }) => {
		await oeffneAtlas(page);
		const box = (await page.locator('.karte-rahmen').boundingBox())!;
		const tooltip = page.locator('.tooltip');
		// From the right edge inwards, until the pointer is over the city's easternmost district.
		const y = box.y + box.height / 2;
		let x = box.x + box.width;
		while (x > box.x + box.width / 2 && !(await tooltip.count())) {
			x -= 10;
			await page.mouse.move(x, y);
			// The map answers a move in its next frame.
			await page.waitForTimeout(100);
		}
		await expect(tooltip).toBeVisible();
		const t = (await tooltip.boundingBox())!;
		// Beside the pointer it would run past the edge: it is set on the pointer's other side.
		expect(x + 12 + t.width).toBeGreaterThan(box.x + box.width);
		expect(t.x).toBeGreaterThanOrEqual(box.x);
		expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width);
		expect(t.y + t.height).toBeLessThanOrEqual(box.y + box.height);
	});

	test('a district chosen with the keyboard moves focus to its profile; Escape closes it and returns focus', async ({ page }) => {
		await oeffneAtlas(page);
		const knopf = page.getByTestId('bezirkstabelle').getByRole('button', { name: 'Thingers – Süd' });
		await knopf.focus();
		await page.keyboard.press('Enter');
		const titel = page.locator('#profil-titel');
		await expect(titel).toHaveText('41 Thingers – Süd');
		await expect(titel).toBeFocused();
		await expect(titel).toBeInViewport();
		await expect(page.getByTestId('bezirksprofil')).toContainText('38,2 %');
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('bezirksprofil')).toHaveCount(0);
		await expect(knopf).toBeFocused();
		await page.getByLabel('Stadtbezirk auswählen').focus();
		await page.keyboard.press('ArrowDown');
		await expect(titel).toHaveText('10 Marienberg – Süd');
		await page.getByRole('button', { name: 'Bezirksprofil schließen' }).press('Enter');
		await expect(page.getByTestId('bezirksprofil')).toHaveCount(0);
	});

	test('a reloaded permalink shows the same view', async ({ page, context }) => {
		await oeffneAtlas(page);
		await page.getByLabel('Indikator', { exact: true }).selectOption('neuzugewandert_anteil');
		await page.getByLabel('Stichtag', { exact: true }).selectOption('2018-12-31');
		await page.getByLabel('Klassenbildung').selectOption('gleich');
		await page.getByLabel('Anzahl Klassen').selectOption('4');
		await page.getByTestId('bezirkstabelle').getByRole('button', { name: 'Reichsstadt' }).click();
		await expect(page).toHaveURL(/b=39/);
		const legende = await page.locator('.legende').textContent();
		const link = page.url();

		const zweite = await context.newPage();
		await oeffneAtlas(zweite, link.slice(link.indexOf('?')));
		await expect(zweite.getByLabel('Indikator', { exact: true })).toHaveValue('neuzugewandert_anteil');
		await expect(zweite.getByLabel('Stichtag', { exact: true })).toHaveValue('2018-12-31');
		await expect(zweite.getByLabel('Klassenbildung')).toHaveValue('gleich');
		await expect(zweite.getByTestId('bezirksprofil').getByRole('heading', { level: 2 })).toHaveText('39 Reichsstadt');
		await karteZeigt(zweite, 'neuzugewandert_anteil');
		await expect(zweite.locator('.legende')).toHaveText(legende!);
	});
});

test('the district table downloads as a German CSV with its source and the demo notice', async ({ page }) => {
	await oeffneAtlas(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Tabelle als CSV herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toBe('sozialraumatlas_mh_anteil_2020-12-31.csv');
	const text = (await (await download.createReadStream()).toArray()).map(String).join('');
	const zeilen = text.replace(/^\uFEFF/, '').split('\n');
	expect(zeilen[0]).toBe('Alle Stadtbezirke: Anteil Menschen mit Migrationshintergrund, 31.12.2020');
	expect(zeilen[1]).toBe(
		'Stadtbezirk-Nr.;Stadtbezirk;Stadtteil;Anteil Menschen mit Migrationshintergrund (%);Veränderung seit 31.12.2019 (Prozentpunkte);95-%-Intervall von (%);95-%-Intervall bis (%);Veränderung im Rahmen der Zufallsschwankung'
	);
	expect(zeilen.filter((z) => /^\d\d;/.test(z))).toHaveLength(47);
	expect(zeilen.find((z) => z.startsWith(';Gesamtstadt;'))).toMatch(/^;Gesamtstadt;;38,2;\+?0,\d;;;$/);
	expect(zeilen.find((z) => z.startsWith('41;'))).toMatch(/^41;Thingers – Süd;4;58,7;[^;]+;57;60,3;(ja|nein)$/);
	expect(text).toContain('Werte gerundet wie in der Anzeige.');
	expect(text).toContain('Stichtag: 31.12.2020');
	expect(text).toContain('Hinweis: Beispieldaten – kalibriert auf die Gesamtstadtwerte des KIK');
});

test('how sure a share is: smoothing chosen in the settings and kept in the link, intervals in table and profile, random variation marked on the change map', async ({ page, context }) => {
	test.slow();
	await oeffneAtlas(page, '?d=veraenderung&v=2016-12-31&b=41');
	const legende = page.getByTestId('legende-zufall');
	await expect(legende).toContainText('im Rahmen der Zufallsschwankung');
	const zufall = Number((await legende.textContent())!.match(/\((\d+) Bezirke\)/)![1]);
	expect(zufall).toBeGreaterThan(0);
	expect(zufall).toBeLessThan(47);
	const tabelle = page.getByTestId('bezirkstabelle');
	await expect(tabelle.locator('tbody td.zufall')).toHaveCount(zufall);
	await expect(tabelle.locator('thead')).toContainText('95-%-Intervall');
	// Thingers – Süd: 2 001 of 3 410 with MH; Wilson gives 57,0–60,3 %.
	await expect(page.getByTestId('bezirksprofil').getByTestId('profil-intervall').first()).toHaveText('57,0–60,3 %');

	await page.getByLabel('Wert des Anteils').selectOption('eb_global');
	await expect(page.locator('#karte-titel')).toContainText('geglättet (Empirical Bayes, global)');
	await expect(page.getByTestId('tabelle-methode')).toContainText('Empirical-Bayes-Glättung wie in GeoDa');
	await expect(page.getByTestId('handlungsbedarf')).toContainText('Anteile im Bedarfsindex: geglättet (Empirical Bayes, global)');
	await expect(page.getByTestId('rangspanne').first()).toHaveText(/^(\d+–\d+|sicher)$/);
	await expect(page.getByTestId('rangspanne-hinweis')).toContainText('Seed 20211');
	await expect.poll(() => new URL(page.url()).searchParams.get('gl')).toBe('eb_global');

	const zweite = await context.newPage();
	const adresseDerErsten = await adresse(page);
	await oeffneAtlas(zweite, adresseDerErsten.slice(adresseDerErsten.indexOf('?')));
	await expect(zweite.getByLabel('Wert des Anteils')).toHaveValue('eb_global');
	await expect(zweite.locator('#karte-titel')).toContainText('geglättet');
	await ohneBarrieren(page);
});
