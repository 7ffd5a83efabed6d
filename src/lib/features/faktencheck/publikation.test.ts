import { describe, expect, it } from 'vitest';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { GESAMTSTADT } from '../../data/schema';
import { standarddaten } from '../../data/testing/defaultData';
import { faktencheck } from './abbildungen';
import { faktencheckDaten } from './daten';
import { bezirkstabelle, inhaltsverzeichnis, tabellenteil } from './publikation';

describe('the Faktencheck as a publication', () => {
	it('numbers a table for every figure but the maps, whose values stand in one district table with the city row; the contents list both', async () => {
		const { k, manifest, tabelle } = await standarddaten();
		const stichtag = '2020-12-31';
		const namen = new Map([['41', 'Thingers – Süd']]);
		const { abbildungen } = faktencheck(await faktencheckDaten(k, stichtag), { stichtag, manifest, tabelle, geometrie: {} as Bezirksgeometrie, bezirkName: namen });
		const bezirke = bezirkstabelle(tabelle, stichtag, namen, ['Quelle: x']);
		const tabellen = tabellenteil(abbildungen, bezirke);

		expect(tabellen.map((t) => t.nr)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const karten = abbildungen.filter((a) => a.schluessel).map((a) => a.nr);
		expect(karten).toEqual([8, 9]);
		expect(tabellen.at(-1)!.zu).toEqual(karten);
		// Every district once, the city last, with the city's share the Kennzahlen print.
		expect(bezirke.zeilen).toHaveLength(tabelle.codes.length);
		expect(bezirke.zeilen.at(-1)!.slice(0, 2)).toEqual(['', 'Gesamtstadt']);
		const mh = bezirke.kopf.indexOf('Migrationshintergrund (%)');
		expect((bezirke.zeilen.at(-1)![mh] as number).toFixed(1)).toBe('38.2');
		expect(bezirke.zeilen.find((z) => z[0] === '41')![1]).toBe('Thingers – Süd');
		expect(tabelle.codes).toContain(GESAMTSTADT);

		// The age pyramid's 150 rows become one row per age group, youngest first, one column per sex and group.
		const alter = tabellen.find((t) => t.zu[0] === abbildungen.find((a) => a.id === 'alterspyramide')!.nr)!.tabelle;
		expect(alter.zeilen.map((z) => z[0]).slice(0, 3)).toEqual(['0-4', '5-9', '10-14']);
		expect(alter.kopf).toContain('Frauen: Ausländer*innen');

		const inhalt = inhaltsverzeichnis(abbildungen, tabellen);
		expect(inhalt.filter((e) => e.suche.startsWith('Abbildung '))).toHaveLength(abbildungen.length);
		expect(inhalt.filter((e) => e.suche.startsWith('Tabelle '))).toHaveLength(tabellen.length);
		expect(inhalt.map((e) => e.text)).toEqual(expect.arrayContaining(['Zeichenerklärung', 'Impressum', 'Tabelle 9: Ausgewählte Indikatoren je Stadtbezirk']));
	}, 180_000);
});
