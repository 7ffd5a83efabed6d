import { describe, expect, it } from 'vitest';
import { schreibeAngebote, STANDARD_ANGEBOTE } from '../angebote/ansicht';
import { ansichtParameter, aufEbene, leseAnsicht, passeAn, schreibeAnsicht, STANDARD_ANSICHT, type AtlasAnsicht } from './ansicht';

const STICHTAGE = ['2016-12-31', '2017-12-31', '2020-12-31'];

describe('atlas view in the URL', () => {
	it('round-trips every field', () => {
		const ansicht: AtlasAnsicht = {
			karte: 'bivariat',
			indikator: 'erreichbar_anteil',
			stichtag: '2018-12-31',
			darstellung: 'veraenderung',
			basis: '2016-12-31',
			methode: 'quantile',
			klassen: 7,
			grenzen: [20, 30.5, 40],
			palette: 'viridis',
			bezirk: '41',
			beschriftung: 'namen',
			glaettung: 'eb_raeumlich',
			ebene: 'stadtteil'
		};
		const url = new URL(`https://atlas.example.org/?${schreibeAnsicht(ansicht)}`);
		expect(leseAnsicht(url.searchParams)).toEqual({ ansicht, ersetzt: [] });
	});
	it('shares one URL with the offers view without a key of both', () => {
		const atlas = ansichtParameter(STANDARD_ANSICHT).map(([k]) => k);
		const angebote = schreibeAngebote(STANDARD_ANGEBOTE).map(([k]) => k);
		expect(atlas.filter((k) => angebote.includes(k))).toEqual([]);
	});
	it('reads an empty query as the default view', () => {
		expect(leseAnsicht(new URLSearchParams())).toEqual({ ansicht: STANDARD_ANSICHT, ersetzt: [] });
		expect(schreibeAnsicht(STANDARD_ANSICHT).has('b')).toBe(false);
	});
	it('never takes built-in object keys for values, and says what it replaced', () => {
		for (const boese of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']) {
			const { ansicht, ersetzt } = leseAnsicht(new URLSearchParams({ i: boese, p: boese, k: boese, d: boese, l: boese }));
			expect(ansicht).toEqual(STANDARD_ANSICHT);
			expect(ersetzt.map((e) => e.was)).toEqual(['Indikator', 'Darstellung', 'Klassenbildung', 'Farbschema', 'Beschriftung']);
			expect(leseAnsicht(new URLSearchParams({ m: boese })).ersetzt.map((e) => e.was)).toEqual(['Karteninhalt']);
		}
		const { ersetzt } = leseAnsicht(new URLSearchParams('i=toString&n=12&t=31.12.2020&b=<script>'));
		expect(ersetzt).toEqual([
			{ was: 'Indikator', wert: 'toString', stattdessen: 'Anteil Menschen mit Migrationshintergrund' },
			{ was: 'Stichtag', wert: '31.12.2020', stattdessen: 'der neueste Stichtag' },
			{ was: 'Anzahl Klassen', wert: '12', stattdessen: '5' },
			{ was: 'Stadtbezirk', wert: '<script>', stattdessen: 'kein Bezirk ausgewählt' }
		]);
	});
	it('checks Stichtag, base and district against the loaded data', () => {
		const a = { ...STANDARD_ANSICHT, stichtag: '2030-12-31', basis: '2020-12-31', bezirk: '99' };
		const { ansicht, ersetzt } = passeAn(a, STICHTAGE, new Set(['10', '41']));
		expect(ansicht).toEqual({ ...STANDARD_ANSICHT, stichtag: '2020-12-31', basis: null, bezirk: null });
		expect(ersetzt.map((e) => `${e.was}: ${e.wert} → ${e.stattdessen}`)).toEqual([
			'Stichtag: 2030-12-31 → 31.12.2020',
			'Vergleichsstichtag: 2020-12-31 → der vorherige Stichtag',
			'Stadtbezirk: 99 → kein Bezirk ausgewählt'
		]);
		expect(passeAn({ ...STANDARD_ANSICHT }, STICHTAGE, new Set()).ansicht.stichtag).toBe('2020-12-31');
	});
	it('shows Stadtteile only where the data have them, and there only the catalogue’s indicators', () => {
		const link = { ...STANDARD_ANSICHT, ebene: 'stadtteil' as const, karte: 'bivariat' as const, indikator: 'bedarfsindex', grenzen: [1, 2] };
		const ohne = passeAn(link, STICHTAGE, new Set(), false);
		expect(ohne.ansicht.ebene).toBe('bezirk');
		expect(ohne.ansicht.karte).toBe('bivariat');
		expect(ohne.ersetzt.map((e) => e.was)).toEqual(['Gebiete']);
		const mit = aufEbene(link, true);
		expect(mit.ansicht).toMatchObject({ ebene: 'stadtteil', karte: 'indikator', indikator: STANDARD_ANSICHT.indikator, grenzen: null });
		expect(mit.ersetzt.map((e) => e.was)).toEqual(['Karteninhalt', 'Indikator']);
		expect(aufEbene({ ...STANDARD_ANSICHT, ebene: 'stadtteil' }, true).ersetzt).toEqual([]);
	});
});
