/** The atlas table's CSV as a statistician opens it: every row, the marks the screen shows, every note below. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indikator } from '../data/indikatoren';
import { leseManifest } from '../data/manifest';
import { DEFAULT_DIR } from '../data/testing/defaultData';
import { bezirkstabelleCsv, STADTTEIL_SUMMEN, type Bezirkstabelle } from './bezirkstabelle';
import { csvDateiname } from './csv';

const manifest = leseManifest(readFileSync(join(DEFAULT_DIR, 'datensatz.json'), 'utf8'), 'datensatz.json');
const mh = indikator('mh_anteil')!;

const tabelle = (t: Partial<Bezirkstabelle>): Bezirkstabelle => ({
	titel: 'Alle Stadtbezirke: Anteil MH, 31.12.2020',
	indikator: mh,
	stichtag: '2020-12-31',
	veraenderungsLabel: 'Veränderung seit 31.12.2019',
	vergleich: '2019-12-31',
	zeilen: [
		{ code: '10', name: 'Altstadt', stadtteil: 'Mitte', wert: 41.26, veraenderung: 1.04, sperre: null, detail: { intervall: { unten: 38.1, oben: 44.5 }, veraenderung: { unten: -0.5, oben: 2.6, zufall: true } } as never },
		{ code: '11', name: 'Haubenschloß', stadtteil: 'Mitte', wert: null, veraenderung: null, sperre: 'wert', detail: null }
	],
	stadt: { wert: 37.5, veraenderung: 0.5 },
	mitIntervall: true,
	intervallHinweis: 'Intervall: 95-%-Wilson-Intervall.',
	glaettung: null,
	fehlt: false,
	fehltText: null,
	manifest,
	...t
});

const zeilen = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);

describe('the district table as CSV', () => {
	it('writes every district with its interval and whether its change is within random variation, the city below, a withheld value as such', () => {
		const z = zeilen(bezirkstabelleCsv(tabelle({})));
		expect(z[0]).toBe('Alle Stadtbezirke: Anteil MH, 31.12.2020');
		expect(z[1]).toBe(`Stadtbezirk-Nr.;Stadtbezirk;Stadtteil;${mh.label} (%);Veränderung seit 31.12.2019 (Prozentpunkte);95-%-Intervall von (%);95-%-Intervall bis (%);Veränderung im Rahmen der Zufallsschwankung`);
		expect(z[2]).toBe('10;Altstadt;Mitte;41,3;1;38,1;44,5;ja');
		expect(z[3]).toBe('11;Haubenschloß;Mitte;•;•;•;•;');
		expect(z[4]).toBe(';Gesamtstadt;;37,5;0,5;;;');
		expect(z).toContain('Intervall: 95-%-Wilson-Intervall.');
		expect(z.some((l) => l.startsWith('Definition: '))).toBe(true);
		expect(z).toContain('Stichtag: 31.12.2020');
		expect(z).toContain(`Quelle: ${manifest.quelle}`);
		// The demo data set says so below the table (a note with a semicolon is quoted).
		expect(manifest.beispieldaten).toBe(true);
		expect(z).toContain(`"Hinweis: ${manifest.hinweis}"`);
	});

	it('writes the Stadtteile as Stadtteile, without a Stadtteil column of their own, and says what their figures are', () => {
		const z = zeilen(bezirkstabelleCsv(tabelle({ stadtteile: true, zeilen: [{ code: '1', name: 'Stadtteil 1', stadtteil: '', wert: 28.32, veraenderung: 0.4, sperre: null, detail: null }] })));
		expect(z[1].startsWith(`Stadtteil-Nr.;Stadtteil;${mh.label} (%);`)).toBe(true);
		expect(z[2]).toBe('1;Stadtteil 1;28,3;0,4;;;');
		expect(z[3]).toBe(';Gesamtstadt;37,5;0,5;;;');
		expect(z).toContain(STADTTEIL_SUMMEN);
		expect(csvDateiname('mh_anteil', '2020-12-31', true)).not.toBe(csvDateiname('mh_anteil', '2020-12-31'));
	});

	it('writes "keine Angabe" for an indicator the data lack, and says which column would fill it', () => {
		const z = zeilen(bezirkstabelleCsv(tabelle({ fehlt: true, fehltText: 'Es fehlt die Spalte „mh“.', mitIntervall: false, zeilen: [{ code: '10', name: 'Altstadt', stadtteil: 'Mitte', wert: null, veraenderung: null, sperre: null, detail: null }] })));
		expect(z[1].split(';')).toHaveLength(5);
		expect(z[2]).toBe('10;Altstadt;Mitte;keine Angabe;keine Angabe');
		expect(z[3]).toBe(';Gesamtstadt;;keine Angabe;keine Angabe');
		expect(z).toContain('Es fehlt die Spalte „mh“.');
		expect(z.some((l) => l.startsWith('Intervall'))).toBe(false);
	});

	it('names the smoothing in the value column and below the table', () => {
		const z = zeilen(bezirkstabelleCsv(tabelle({ glaettung: { label: 'geglättet', methode: 'Empirischer Bayes.' }, mitIntervall: false, vergleich: null })));
		expect(z[1]).toContain(`${mh.label}, geglättet (%)`);
		expect(z).toContain('Werte: geglättet. Empirischer Bayes.');
	});
});
