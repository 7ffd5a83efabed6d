/**
 * The default data set must reproduce the published city figures through the very SQL the dashboard
 * runs (KIK 2021 "Die Ausgangslage"; Kreisbote on the Faktencheck 2017).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataQueries, DEFAULT_DIR } from './testing/defaultData';
import { computeFirstPaint } from '../../../scripts/prepare-first-paint';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AtlasQueries, IndikatorWert } from './queries';
import { GESAMTSTADT } from './schema';

let q: AtlasQueries;
beforeAll(async () => {
	q = await defaultDataQueries();
});

const oneDecimal = (x: number | null) => Math.round((x ?? NaN) * 10) / 10;
const city = (rows: IndikatorWert[]) => rows.find((r) => r.code === GESAMTSTADT)!;

async function cityValue(stichtag: string, indikator: string) {
	return city(await q.indikatorWerte(stichtag, indikator)).wert;
}

describe('default data: 31.12.2020 as published in the KIK', () => {
	const t = '2020-12-31';
	it('has 70 787 inhabitants, 27 027 (38.2 %) with migration background', async () => {
		expect(await cityValue(t, 'einwohner')).toBe(70_787);
		expect(await cityValue(t, 'mh_anzahl')).toBe(27_027);
		expect(oneDecimal(await cityValue(t, 'mh_anteil'))).toBe(38.2);
	});
	it('has 11 689 Ausländer*innen (16.5 %), 45.2 % of them from EU states, 54.8 % from third countries', async () => {
		expect(await cityValue(t, 'auslaender_anzahl')).toBe(11_689);
		expect(oneDecimal(await cityValue(t, 'auslaender_anteil'))).toBe(16.5);
		expect(oneDecimal(await cityValue(t, 'eu_anteil'))).toBe(45.2);
		expect(oneDecimal(await cityValue(t, 'drittstaat_anteil'))).toBe(54.8);
	});
	it('has 7.3 % Aussiedler*innen and 1 376 people with Fluchthintergrund (2 %)', async () => {
		expect(oneDecimal(await cityValue(t, 'aussiedler_anteil'))).toBe(7.3);
		expect(await cityValue(t, 'flucht_anzahl')).toBe(1_376);
		expect(Math.round((await cityValue(t, 'flucht_anteil'))!)).toBe(2);
	});
	it('has 125 nationalities, the five most frequent being Türkei, Italien, Rumänien, Polen, Syrien', async () => {
		expect(await cityValue(t, 'staatsangehoerigkeiten')).toBe(125);
		const top = await q.staatsangehoerigkeiten(t, 5);
		expect(top.map((s) => s.name)).toEqual(['Türkei', 'Italien', 'Rumänien', 'Polen', 'Syrien']);
	});
	it('has refugees from Syrien ca. 25 %, Afghanistan 15 %, Nigeria 10 %, Eritrea 7 %, Kosovo 6 %', async () => {
		const top = await q.staatsangehoerigkeiten(t, 5, true);
		expect(top.map((s) => [s.name, Math.round(s.anteil)])).toEqual([
			['Syrien', 25],
			['Afghanistan', 15],
			['Nigeria', 10],
			['Eritrea', 7],
			['Kosovo', 6]
		]);
	});
});

describe('default data: 31.12.2017 as reported for the Faktencheck 2017', () => {
	it('has 70 157 inhabitants, 26 064 with migration background, 10 989 Ausländer*innen', async () => {
		const t = '2017-12-31';
		expect([await cityValue(t, 'einwohner'), await cityValue(t, 'mh_anzahl'), await cityValue(t, 'auslaender_anzahl')]).toEqual([
			70_157, 26_064, 10_989
		]);
	});
});

describe('default data: structure', () => {
	it('covers the Stichtage 2016 to 2020 and the 47 Stadtbezirke', async () => {
		expect(await q.stichtage()).toEqual(['2016-12-31', '2017-12-31', '2018-12-31', '2019-12-31', '2020-12-31']);
		expect(await q.stadtbezirke()).toHaveLength(47);
	});
	it('counts the United Kingdom as EU until 31.01.2020 and Croatia as EU', async () => {
		const gb2019 = await q.db.query<{ eu: boolean }>(
			`SELECT DISTINCT eu FROM bevoelkerung WHERE staatsangehoerigkeit = 'GB' AND stichtag = DATE '2019-12-31'`
		);
		const gb2020 = await q.db.query<{ eu: boolean }>(
			`SELECT DISTINCT eu FROM bevoelkerung WHERE staatsangehoerigkeit = 'GB' AND stichtag = DATE '2020-12-31'`
		);
		const hr = await q.db.query<{ eu: boolean }>(`SELECT DISTINCT eu FROM bevoelkerung WHERE staatsangehoerigkeit = 'HR'`);
		expect(gb2019).toEqual([{ eu: true }]);
		expect(gb2020).toEqual([{ eu: false }]);
		expect(hr).toEqual([{ eu: true }]);
	});
	it('puts Thingers above and the rural Bezirke 60, 61, 70 below the city share of MH', async () => {
		const werte = await q.indikatorWerte('2020-12-31', 'mh_anteil');
		const stadt = city(werte).wert!;
		const of = (code: string) => werte.find((w) => w.code === code)!.wert!;
		for (const code of ['40', '41', '43']) expect(of(code)).toBeGreaterThan(stadt);
		for (const code of ['60', '61', '70']) expect(of(code)).toBeLessThan(stadt * 0.7);
	});
	it('gives the change against the previous Stichtag in percentage points, none for the first', async () => {
		const w2020 = city(await q.indikatorWerte('2020-12-31', 'mh_anteil'));
		const w2019 = city(await q.indikatorWerte('2019-12-31', 'mh_anteil'));
		expect(w2020.veraenderung).toBeCloseTo(w2020.wert! - w2019.wert!, 10);
		expect(city(await q.indikatorWerte('2016-12-31', 'mh_anteil')).veraenderung).toBeNull();
	});
	it('ranks a district among the 47 and shows the city value beside it', async () => {
		const profil = await q.bezirksprofil('2020-12-31', '41');
		const mh = profil.find((p) => p.indikator === 'mh_anteil')!;
		expect(mh.anzahl).toBe(47);
		expect(mh.rang).toBeGreaterThanOrEqual(1);
		expect(mh.rang).toBeLessThanOrEqual(5);
		expect(oneDecimal(mh.stadtwert)).toBe(38.2);
	});
	it('ships first-paint values equal to what DuckDB answers now', async () => {
		const shipped = JSON.parse(await readFile(join(DEFAULT_DIR, 'erstbild.json'), 'utf8'));
		expect(shipped).toEqual(await computeFirstPaint(DEFAULT_DIR));
	});
});
