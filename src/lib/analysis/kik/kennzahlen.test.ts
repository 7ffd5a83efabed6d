import { beforeAll, describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { einrichtungen, gruppenzahlen, wohnorte } from '../../data/abfragen/angebote';
import { DEFAULT_DIR, standarddaten, type Standarddaten } from '../../data/testing/defaultData';
import { ebeneUm } from '../projektion';
import { kennzahlReihe, vereinige, type Kennzahlgrundlage } from './kennzahlen';

let d: Standarddaten;
let g: Kennzahlgrundlage;
beforeAll(async () => {
	d = await standarddaten();
	const [w, s, o, n] = bbox(JSON.parse(readFileSync(join(DEFAULT_DIR, 'stadtbezirke.geojson'), 'utf8')));
	const zahlen = new Map(await Promise.all(d.tabelle.stichtage.map(async (st) => [st, await gruppenzahlen(d.k, st)] as const)));
	g = { stichtage: d.tabelle.stichtage, einrichtungen: await einrichtungen(d.k), wohnorte: await wohnorte(d.k), zahlen, ebene: ebeneUm((w + o) / 2, (s + n) / 2), indikatortabelle: d.tabelle };
}, 180_000);

describe('key figures of the goals, per Stichtag', () => {
	it('coverage of meeting places: a share per Stichtag between 0 and 100, from the coverage analysis', () => {
		const r = kennzahlReihe('erreichbar_begegnungsstaette', g);
		expect(r.map((m) => m.stichtag)).toEqual(d.tabelle.stichtage);
		for (const m of r) expect(m.wert).toBeGreaterThan(0), expect(m.wert).toBeLessThan(100);
		// With no meeting place at all nobody is reached.
		expect(kennzahlReihe('erreichbar_begegnungsstaette', { ...g, einrichtungen: [] }).every((m) => m.wert === 0)).toBe(true);
	});
	it('an atlas indicator as its city value; an unknown id has no values; own values win on their Stichtag', () => {
		const mh = kennzahlReihe('mh_anteil', g);
		expect(mh).toHaveLength(d.tabelle.stichtage.length);
		expect(kennzahlReihe('gibt_es_nicht', g)).toEqual([]);
		expect(vereinige([{ stichtag: '2019-12-31', wert: 1 }, { stichtag: '2020-12-31', wert: 2 }], [{ stichtag: '2020-12-31', wert: 5 }, { stichtag: '2021-12-31', wert: 6 }]).map((m) => m.wert)).toEqual([1, 5, 6]);
	});
});
