/** LISA on 1 000 areas and the segregation indices for 10 Stichtage, timed inside the browser by /messung/statistik. */
import { kalt, marken } from './umgebung';

export interface Statistikzeiten {
	flaechen: number;
	ziehungen: number;
	gewichte: number[];
	lisa: number[];
	lagBoden: number[];
	stichtage: number;
	gruppen: number;
	indizes: number[];
	tabellenBoden: number[];
	replikate: number;
	rangspannen: number[];
	sortierBoden: number[];
}

export async function statistikzeiten(basis: string): Promise<Statistikzeiten> {
	return kalt(async (browser) => {
		const page = await browser.newPage();
		await page.goto(`${basis}/messung/statistik`);
		await marken(page, ['messung-fertig']);
		return page.evaluate(() => (window as unknown as { messung: Statistikzeiten }).messung);
	});
}
