import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIR, standarddaten } from '../../data/testing/defaultData';
import { GESAMTSTADT } from '../../data/schema';
import { werteFuer } from '../indikatorwerte';
import { anteilsdetails, bezirkscodes, geglaetteteWerte, queenNachbarn, zufallsschwankung } from './atlaswerte';
import { anteilszaehlungen } from './zaehlungen';

describe('smoothed shares and intervals as the atlas shows them (default data, Kempten)', async () => {
	const { tabelle } = await standarddaten();
	const geometrie = JSON.parse(readFileSync(join(DEFAULT_DIR, 'stadtbezirke.geojson'), 'utf8'));
	const stichtag = '2020-12-31';
	const roh = werteFuer(tabelle, stichtag, 'mh_anteil');
	const stadt = roh.find((w) => w.code === GESAMTSTADT)!.wert!;
	const zaehlungen = anteilszaehlungen(tabelle, stichtag, 'mh_anteil');
	const nenner = new Map(zaehlungen.map((z) => [z.code, z.nenner]));

	it('pulls each share towards the city share, a small district more than a large one', () => {
		const glatt = new Map(geglaetteteWerte(tabelle, stichtag, 'mh_anteil', 'eb_global', [], null).map((w) => [w.code, w.wert]));
		const zug = roh.filter((w) => w.code !== GESAMTSTADT && w.wert !== null).map((w) => ({ code: w.code, n: nenner.get(w.code)!, anteil: Math.abs(glatt.get(w.code)! - w.wert!) / Math.abs(stadt - w.wert! || 1) }));
		for (const z of zug) expect(Math.abs(glatt.get(z.code)! - stadt)).toBeLessThanOrEqual(Math.abs(roh.find((w) => w.code === z.code)!.wert! - stadt) + 1e-9);
		const klein = zug.reduce((a, b) => (b.n < a.n ? b : a));
		const gross = zug.reduce((a, b) => (b.n > a.n ? b : a));
		expect(klein.anteil).toBeGreaterThan(gross.anteil);
		expect(glatt.get(GESAMTSTADT)).toBe(stadt);
	});
	it('smooths spatially towards the neighbours, which the boundaries give', () => {
		const nb = queenNachbarn(tabelle, geometrie);
		expect(nb).toHaveLength(bezirkscodes(tabelle).length);
		expect(nb.every((n) => n.length > 0)).toBe(true);
		const raeumlich = geglaetteteWerte(tabelle, stichtag, 'mh_anteil', 'eb_raeumlich', nb, null);
		const global = geglaetteteWerte(tabelle, stichtag, 'mh_anteil', 'eb_global', [], null);
		expect(raeumlich.map((w) => w.wert)).not.toEqual(global.map((w) => w.wert));
	});
	it('leaves indicators that are no share as counted', () => {
		expect(geglaetteteWerte(tabelle, stichtag, 'einwohner', 'eb_global', [], null)).toEqual(werteFuer(tabelle, stichtag, 'einwohner'));
	});
	it('a change is smoothed at both Stichtage', () => {
		const g = geglaetteteWerte(tabelle, stichtag, 'mh_anteil', 'eb_global', [], '2017-12-31');
		const jetzt = geglaetteteWerte(tabelle, stichtag, 'mh_anteil', 'eb_global', [], null);
		const vorher = geglaetteteWerte(tabelle, '2017-12-31', 'mh_anteil', 'eb_global', [], null);
		expect(g[0].veraenderung).toBeCloseTo(jetzt[0].wert! - vorher[0].wert!, 9);
	});
	it('each share has a Wilson interval around it, and a year-on-year change of a small district lies within random variation', () => {
		const d = anteilsdetails(tabelle, stichtag, 'mh_anteil', '2019-12-31');
		for (const w of roh.filter((x) => x.code !== GESAMTSTADT && x.wert !== null)) {
			const iv = d.get(w.code)!.intervall!;
			expect(iv.unten).toBeLessThan(w.wert!);
			expect(iv.oben).toBeGreaterThan(w.wert!);
		}
		const zufall = zufallsschwankung(d);
		expect(zufall.size).toBeGreaterThan(0);
		for (const code of zufall) {
			const iv = d.get(code)!.veraenderung!.intervall;
			expect(iv.unten).toBeLessThanOrEqual(0);
			expect(iv.oben).toBeGreaterThanOrEqual(0);
		}
		expect(anteilsdetails(tabelle, stichtag, 'einwohner', null).size).toBe(0);
	});
});
