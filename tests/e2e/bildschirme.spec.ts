import { expect, test } from '@playwright/test';
import { karteZeigt, ohneBarrieren, oeffneAtlas } from './helpers';

test.describe('phone (390 × 844, touch)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

	test('no horizontal scrolling, the map on the first screen, two-finger panning, the profile as a sheet in view', async ({ page }) => {
		await oeffneAtlas(page);
		const breite = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breite).toBeLessThanOrEqual(390);
		const karte = (await page.locator('.maplibregl-canvas').boundingBox())!;
		expect(karte.y).toBeLessThan(844 / 2);
		expect(karte.y + karte.height).toBeLessThanOrEqual(844);
		// Cooperative gestures: one finger scrolls the page, the map asks for two.
		await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(1);
		await page.locator('.maplibregl-canvas').tap({ position: { x: karte.width / 2, y: karte.height / 2 } });
		const titel = page.locator('#profil-titel');
		await expect(titel).toHaveText(/^\d\d /);
		await expect(titel).toBeInViewport();
		await expect(page.locator('.profilbereich')).toHaveCSS('position', 'fixed');
		await ohneBarrieren(page);
		await page.getByRole('button', { name: 'Bezirksprofil schließen' }).tap();
		await expect(page.getByTestId('bezirksprofil')).toHaveCount(0);
	});

	test('every district’s profile fits the sheet without scrolling sideways, each deviation with its unit', async ({ page }) => {
		await oeffneAtlas(page, '?b=43');
		const profil = page.getByTestId('bezirksprofil');
		await expect(profil.locator('tbody th').filter({ hasText: 'Dichte' })).toHaveText('Dichte (EW/km²)');
		await expect(profil.locator('tbody tr').filter({ hasText: 'Dichte' }).locator('td').nth(2)).toHaveText(/^[+−]\d[\d.]* EW\/km²$/);
		await expect(profil.locator('tbody tr').filter({ hasText: 'Ausländer*innen' }).first().locator('td').nth(2)).toHaveText(/^[+−]\d+,\d Pp\.$/);
		await expect(profil.locator('tbody tr').filter({ hasText: 'Fußweg' }).locator('td').nth(2)).toHaveText(/^([+−]\d+ m|0)$/);
		const codes = await page.locator('#bezirk option').evaluateAll((o) => (o as HTMLOptionElement[]).map((x) => x.value).filter(Boolean));
		const zuBreit: string[] = [];
		for (const code of codes) {
			await page.locator('#bezirk').selectOption(code);
			await expect(page.locator('#profil-titel')).toHaveText(new RegExp(`^${code} `));
			const [inhalt, rahmen] = await profil.locator('.tabellenrahmen').evaluate((e) => [e.scrollWidth, e.clientWidth]);
			if (inhalt > rahmen + 1) zuBreit.push(`${code}: ${inhalt} px in ${rahmen} px`);
		}
		expect(zuBreit).toEqual([]);
	});
});

for (const [name, viewport, deviceScaleFactor] of [
	['projector 1280 × 720', { width: 1280, height: 720 }, 1],
	['projector 1920 × 1080', { width: 1920, height: 1080 }, 1],
	['1920 × 1080 at 150 % zoom', { width: 1280, height: 720 }, 1.5]
] as const) {
	test.describe(name, () => {
		test.use({ viewport, deviceScaleFactor });
		test('legend beside the map and inside the first screen', async ({ page }) => {
			await oeffneAtlas(page);
			const legende = (await page.getByTestId('legende').boundingBox())!;
			const karte = (await page.locator('.karte-rahmen').boundingBox())!;
			expect(legende.y + legende.height).toBeLessThanOrEqual(viewport.height);
			expect(legende.y).toBeGreaterThanOrEqual(karte.y);
			expect(legende.y + legende.height).toBeLessThanOrEqual(karte.y + karte.height);
			expect(karte.y + karte.height).toBeLessThanOrEqual(viewport.height);
		});
	});
}

test.describe('keyboard and screen readers', () => {
	test('a skip link leads to the content; the map is focusable with a visible ring and German labels', async ({ page }) => {
		await oeffneAtlas(page);
		await page.keyboard.press('Tab');
		const sprung = page.getByRole('link', { name: 'Zum Inhalt springen' });
		await expect(sprung).toBeFocused();
		await expect(sprung).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('#inhalt')).toBeFocused();
		await expect(page.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Verkleinern' })).toBeVisible();
		const canvas = page.locator('.maplibregl-canvas');
		await expect(canvas).toHaveAttribute('aria-label', /Karte der Gebiete/);
		await page.keyboard.press('Tab');
		await expect(canvas).toBeFocused();
		const ring = await canvas.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(ring).not.toBe('none');
		await page.keyboard.press('+');
		await karteZeigt(page, 'mh_anteil');
	});
	test('district names as labels, chosen from the settings', async ({ page }) => {
		await oeffneAtlas(page);
		await page.getByLabel('Beschriftung der Karte').selectOption('namen');
		await expect.poll(() => new URL(page.url()).searchParams.get('l')).toBe('namen');
		await ohneBarrieren(page);
	});
});
