import { beforeAll, describe, expect, it } from 'vitest';
import { standarddaten, type Standarddaten } from '../testing/defaultData';
import { alsGebiete, stadtteilgruppen, stadtteiltabelle } from './stadtteile';
import { altersaufbau, aufenthaltsdauer, zaehlungen } from './aufteilungen';
import { haeufigsteStaatsangehoerigkeiten } from './staatsangehoerigkeiten';
import { GESAMTSTADT, type Stadtbezirk } from '../schema';
import { wertAus } from '../../analysis/indikatorwerte';
import { STADTBEZIRKE_SQL } from './stadtbezirke';

let d: Standarddaten;
beforeAll(async () => {
	d = await standarddaten();
});
const T = '2020-12-31';
const bezirk = (code: string, stadtteil: string): Stadtbezirk => ({ code, name: code, stadtteil, flaeche_km2: null });

describe('stadtteilgruppen', () => {
	it('groups the districts by their Stadtteil, numbered in order where names are no codes', () => {
		const g = stadtteilgruppen([bezirk('101', 'Innenstadt'), bezirk('201', 'Sankt Mang'), bezirk('102', 'Innenstadt'), bezirk('301', 'Mülheim')]);
		expect(g).toEqual([
			{ id: '1', codes: ['101', '102'], name: 'Innenstadt', stadtteil: 'Innenstadt' },
			{ id: '2', codes: ['201'], name: 'Sankt Mang', stadtteil: 'Sankt Mang' },
			{ id: '3', codes: ['301'], name: 'Mülheim', stadtteil: 'Mülheim' }
		]);
		expect(alsGebiete(g)[1]).toEqual({ code: '2', name: 'Sankt Mang', stadtteil: '', flaeche_km2: null });
	});

	it('keeps Stadtteile that are codes as their codes, numbers named as Stadtteile', () => {
		expect(stadtteilgruppen([bezirk('10', '1'), bezirk('20', '2'), bezirk('11', '1')])).toEqual([
			{ id: '1', codes: ['10', '11'], name: 'Stadtteil 1', stadtteil: '1' },
			{ id: '2', codes: ['20'], name: 'Stadtteil 2', stadtteil: '2' }
		]);
	});

	it('is no level below two Stadtteile, nor where the list names none', () => {
		expect(stadtteilgruppen([bezirk('1', 'A'), bezirk('2', 'A')])).toEqual([]);
		expect(stadtteilgruppen([bezirk('1', ''), bezirk('2', '')])).toEqual([]);
	});
});

describe('stadtteiltabelle', () => {
	it('gives each Stadtteil the sums of its districts’ counts and the share of the sums, the city as before', async () => {
		const gruppen = stadtteilgruppen(await d.db.query<Stadtbezirk>(STADTBEZIRKE_SQL));
		expect(gruppen.length).toBeGreaterThan(1);
		const t = await stadtteiltabelle(d.k, gruppen, 0);
		expect(t.codes.sort()).toEqual([...gruppen.map((g) => g.id), GESAMTSTADT].sort());
		const z = (await zaehlungen(d.k)).filter((x) => x.stichtag === T);
		for (const g of gruppen) {
			const glieder = z.filter((x) => g.codes.includes(x.code));
			const einwohner = glieder.reduce((n, x) => n + x.einwohner!, 0);
			const mh = glieder.some((x) => x.mh === null) ? null : glieder.reduce((n, x) => n + x.mh!, 0);
			expect(wertAus(t, T, 'einwohner', g.id), g.id).toBe(einwohner);
			if (mh === null) expect(wertAus(t, T, 'mh_anteil', g.id)).toBeNull();
			else expect(wertAus(t, T, 'mh_anteil', g.id)!, g.id).toBeCloseTo((100 * mh) / einwohner, 10);
		}
		expect(wertAus(t, T, 'mh_anteil', GESAMTSTADT)).toBe(wertAus(d.tabelle, T, 'mh_anteil', GESAMTSTADT));
	});
});

describe('breakdowns of a Stadtteil', () => {
	it('are the sums of its districts’ cells, a sum with a withheld cell withheld, and one district’s its own', async () => {
		const gruppen = stadtteilgruppen(await d.db.query<Stadtbezirk>(STADTBEZIRKE_SQL));
		const schluessel = (a: { geschlecht: string; altersgruppe: string; status: string }) => `${a.geschlecht}|${a.altersgruppe}|${a.status}`;
		for (const g of gruppen.slice(0, 3)) {
			const je = await Promise.all(g.codes.map((c) => altersaufbau(d.k, T, c)));
			const erwartet = new Map<string, number | null>();
			for (const zeilen of je)
				for (const a of zeilen) {
					const bisher = erwartet.get(schluessel(a));
					erwartet.set(schluessel(a), bisher === null || a.anzahl === null ? null : (bisher ?? 0) + a.anzahl);
				}
			const gruppe = await altersaufbau(d.k, T, g.codes);
			expect(new Map(gruppe.map((a) => [schluessel(a), a.anzahl])), g.id).toEqual(erwartet);
		}
		const [einer] = gruppen[0].codes;
		expect(await altersaufbau(d.k, T, [einer])).toEqual(expect.arrayContaining(await altersaufbau(d.k, T, einer)));
		expect((await aufenthaltsdauer(d.k, T, [einer])).length).toBe((await aufenthaltsdauer(d.k, T, einer)).length);
	});

	it('ranks a Stadtteil’s citizenships by their summed counts, a nation withheld in one of its districts withheld (and last)', async () => {
		const g = stadtteilgruppen(await d.db.query<Stadtbezirk>(STADTBEZIRKE_SQL))[0];
		const je = await Promise.all(g.codes.map((c) => haeufigsteStaatsangehoerigkeiten(d.k, T, 500, false, c)));
		const summe = new Map<string, number | null>();
		for (const zeilen of je) for (const x of zeilen) summe.set(x.iso, summe.get(x.iso) === null || x.anzahl === null ? null : (summe.get(x.iso) ?? 0) + x.anzahl);
		const rang = [...summe].sort(([a, x], [b, y]) => (x === null ? (y === null ? a.localeCompare(b) : 1) : y === null ? -1 : y - x || a.localeCompare(b)));
		const gruppe = await haeufigsteStaatsangehoerigkeiten(d.k, T, 8, false, g.codes);
		expect(gruppe.map((x) => [x.iso, x.anzahl])).toEqual(rang.slice(0, 8));
		expect(rang.some(([, n]) => n === null)).toBe(true);
	});
});
