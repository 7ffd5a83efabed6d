import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { karteZeigt, sammleSeitenfehler } from './helpers';
import { Nutzerweg } from './nutzerweg';

const IMPORT = join(import.meta.dirname, '../fixtures/import');

/**
 * The user's actions from the first drop to the coloured map, counted (issue 12 §7). Today only the
 * demo city's own files go through; the published files of other cities (tests/fixtures/staedte/) need
 * the branches that start a city clean and read long tables, levels and .prj WKT; their README lists the
 * choices each one takes, to be run through the same Nutzerweg once those are merged.
 */
test('own statistics and official boundaries reach the coloured map in at most 10 actions, showing the file’s figures', async ({ page }) => {
	test.setTimeout(300_000);
	const fehler = sammleSeitenfehler(page);
	await page.goto('/daten');
	const weg = new Nutzerweg(page);
	await weg.lege(join(IMPORT, 'gut/bezirke-2021-win1252.csv'));
	await weg.uebernimm();
	await weg.lege(join(IMPORT, 'gut/bezirke-25832.zip'));
	await weg.waehle('Attribut mit der Bezirksnummer *', 'SBZ');
	await weg.uebernimm();
	await weg.zumAtlas();
	await karteZeigt(page, 'mh_anteil');
	test.info().annotations.push({ type: 'Aktionen', description: `${weg.aktionen.length}: ${weg.aktionen.join(' → ')}` });
	expect(weg.aktionen.length, weg.aktionen.join(' → ')).toBeLessThanOrEqual(10);

	// The figures as the raw file gives them: its total row, and a district's share of people with MH.
	const text = new TextDecoder('windows-1252').decode(readFileSync(join(IMPORT, 'gut/bezirke-2021-win1252.csv')));
	const gesamt = /^Insgesamt;;31\.12\.2021;([\d.]+);/m.exec(text)![1];
	const [, name, einwohner, mh] = /^13;([^;]+);31\.12\.2021;([\d.]+);[\d.]+;([\d,]+)$/m.exec(text)!;
	const anzahlMh = Math.round((Number(mh.replace(',', '.')) * Number(einwohner.replace('.', ''))) / 100);
	const anteil = ((100 * anzahlMh) / Number(einwohner.replace('.', ''))).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	await expect(page.locator('#karte-titel')).toContainText('Stichtag 31.12.2021');
	await expect(page.getByTestId('kennzahlen')).toContainText(gesamt);
	await expect(page.getByTestId('bezirkstabelle').locator('tbody tr', { hasText: name })).toContainText(anteil);
	expect(fehler).toEqual([]);
});
