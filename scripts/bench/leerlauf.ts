/**
 * The atlas at rest: the share of one core its renderer process uses over 5 s with nobody touching
 * the page, beside the map floor page at rest. deck.gl's animation loop alone once kept 3 % busy,
 * drawing 60 empty frames a second (see src/lib/map/deckTakt.ts).
 */
import type { CDPSession } from '@playwright/test';
import { kalt, marken } from './umgebung';

export interface Leerlauf {
	atlas: number;
	boden: number;
}

const RUHE_MS = 5000;

async function kennzahlen(cdp: CDPSession): Promise<Record<string, number>> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function inRuhe(url: string, marke: string): Promise<number> {
	return kalt(async (browser) => {
		const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const page = await ctx.newPage();
		await page.goto(url);
		await marken(page, [marke]);
		await page.waitForTimeout(3000);
		const cdp = await ctx.newCDPSession(page);
		await cdp.send('Performance.enable');
		const a = await kennzahlen(cdp);
		await page.waitForTimeout(RUHE_MS);
		const b = await kennzahlen(cdp);
		return (b.ProcessTime - a.ProcessTime) / (b.Timestamp - a.Timestamp);
	});
}

export async function leerlauf(basis: string, boden: string): Promise<Leerlauf> {
	return { atlas: await inRuhe(`${basis}/`, 'duckdb-bereit'), boden: await inRuhe(boden, 'erstes-choropleth') };
}
