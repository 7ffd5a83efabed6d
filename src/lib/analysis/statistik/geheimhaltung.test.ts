/**
 * Confidentiality: nothing smoothed or estimated may reveal a withheld count. A withheld district's
 * share is replaced here by any number at all (as if a layer below had leaked it) and every output —
 * smoothed shares, intervals, rank spans, LISA, Moran's I, segregation — must stay the same, and the
 * district itself must stay withheld in each.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { GESAMTSTADT } from '../../data/schema';
import type { Indikatortabelle, Sperre } from '../../data/indikatortabelle';
import { anteilszaehlungen } from './zaehlungen';
import { anteilsstatistik, veraenderungsintervall } from './anteilsstatistik';
import { nachbarschaft } from './gewichte';
import { clusteranalyse } from './cluster';
import { SEGREGATIONSGRUPPEN, segregationsreihe } from './segregationsreihe';
import { anteilsdetails, geglaetteteWerte } from './atlaswerte';
import { profilintervalle } from './profilintervalle';
import { bedarfskomponenten, bedarfsrangbereiche } from './bedarfsrang';
import { werteFuer } from '../indikatorwerte';

const CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const EINWOHNER = [800, 1200, 300, 950, 2000, 640, 410, 1500, 700];
const MH = [200, 500, 40, 300, 900, 100, 60, 700, 150];
const GEHEIM = 2; // district '3'
const flaechen: Feature<Polygon>[] = CODES.map((_, i) => {
	const x = i % 3;
	const y = Math.floor(i / 3);
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] } };
});

/** A table of two Stichtage in which district '3' has its MH share withheld; `geleakt` is what its cell holds. */
function tabelle(geleakt: number | null): Indikatortabelle {
	const stichtage = ['2019-12-31', '2020-12-31'];
	const codes = [...CODES, GESAMTSTADT].sort();
	const indikatoren = ['einwohner', 'mh_anteil'].sort();
	const werte: (number | null)[] = [];
	const sperren: (Sperre | null)[] = [];
	for (const [s] of stichtage.entries())
		for (const ind of indikatoren)
			for (const c of codes) {
				const k = CODES.indexOf(c);
				const ew = c === GESAMTSTADT ? EINWOHNER.reduce((a, b) => a + b) : EINWOHNER[k] + 10 * s;
				const mh = c === GESAMTSTADT ? MH.reduce((a, b) => a + b) : MH[k] + 7 * s;
				const gesperrt = ind === 'mh_anteil' && k === GEHEIM;
				werte.push(ind === 'einwohner' ? ew : gesperrt ? geleakt : (100 * mh) / ew);
				sperren.push(gesperrt ? 'wert' : null);
			}
	return { stichtage, codes, indikatoren, werte, sperren };
}

function alles(t: Indikatortabelle) {
	const z = anteilszaehlungen(t, '2020-12-31', 'mh_anteil');
	const vorher = anteilszaehlungen(t, '2019-12-31', 'mh_anteil');
	const nb = nachbarschaft(flaechen, 'queen');
	return {
		z,
		statistik: anteilsstatistik(z, nb),
		veraenderung: z.map((x, i) => veraenderungsintervall(x, vorher[i])),
		cluster: ['queen', 'rook', 'knn'].map((art) => clusteranalyse(z, flaechen, { art: art as 'queen', korrektur: 'fdr', permutationen: 99 })),
		segregation: segregationsreihe(t, SEGREGATIONSGRUPPEN[0], 0),
		...atlas(t)
	};
}

/** What the atlas's views show: map and table values (smoothed), intervals, profile, ranking spans. */
function atlas(t: Indikatortabelle) {
	const nb = nachbarnNachCode();
	const karte = (['eb_global', 'eb_raeumlich'] as const).map((g) => geglaetteteWerte(t, '2020-12-31', 'mh_anteil', g, nb, null));
	const veraenderungskarte = geglaetteteWerte(t, '2020-12-31', 'mh_anteil', 'eb_global', nb, '2019-12-31');
	const details = anteilsdetails(t, '2020-12-31', 'mh_anteil', '2019-12-31');
	const werte = new Map([['mh_anteil', karte[0]]]);
	const komponenten = bedarfskomponenten(t, '2020-12-31', werte, [{ indikator: 'mh_anteil', gewicht: 1 }]);
	const ohneGeheim = CODES.filter((_, i) => i !== GEHEIM);
	const raenge = bedarfsrangbereiche(ohneGeheim, new Map(ohneGeheim.map((c) => [c, 0])), komponenten, 200);
	return { karte, veraenderungskarte, details, profil: CODES.map((c) => profilintervalle(t, '2020-12-31', c)), komponenten, raenge };
}

/** The queen neighbours of the grid in the table's district order (codes sort as the grid's). */
const nachbarnNachCode = () => nachbarschaft(flaechen, 'queen');

describe('withheld districts stay withheld in every statistic', () => {
	const ohne = alles(tabelle(null));
	it('the withheld district has no count, smoothed share, interval, rank, change or cluster', () => {
		expect(ohne.z[GEHEIM]).toEqual({ code: '3', zaehler: null, nenner: null, gesperrt: true });
		const s = ohne.statistik[GEHEIM];
		expect([s.roh, s.ebGlobal, s.ebRaeumlich, s.intervall, s.rang]).toEqual([null, null, null, null, null]);
		expect(ohne.veraenderung[GEHEIM]).toBeNull();
		for (const c of ohne.cluster) {
			expect(c.bezirke[GEHEIM]).toMatchObject({ klasse: 'gesperrt', I: null, p: null });
			expect(c.n).toBe(8);
		}
		for (const p of ohne.segregation) expect([p.bezirke, p.ausgelassen]).toEqual([8, 1]);
	});
	it('the atlas shows it withheld on every map, in the table, the profile and the ranking', () => {
		for (const k of [...ohne.karte, ohne.veraenderungskarte]) expect(k.find((w) => w.code === '3')).toMatchObject({ wert: null, veraenderung: null, sperre: 'wert' });
		expect(ohne.details.get('3')).toEqual({ intervall: null, rang: null, veraenderung: null });
		expect(ohne.profil[GEHEIM].get('mh_anteil')).toEqual({ intervall: null, rang: null });
		expect(ohne.komponenten[0].werte.get('3')).toBeNull();
		expect(ohne.raenge.has('3')).toBe(false);
	});
	it('a leaked value in a withheld cell does not reach the atlas either', () => {
		const roh = werteFuer(tabelle(42), '2020-12-31', 'mh_anteil').find((w) => w.code === '3')!;
		expect(roh.sperre).toBe('wert');
		expect(atlas(tabelle(42))).toEqual(atlas(tabelle(null)));
	});
	it('no output changes with the withheld value, whatever it is', () => {
		for (const geleakt of [0, 1, 13.3, 50, 100]) expect(alles(tabelle(geleakt))).toEqual(ohne);
	});
	it('the other districts are smoothed, and ranked among themselves only', () => {
		expect(ohne.statistik.filter((s) => s.ebGlobal !== null)).toHaveLength(8);
		expect(Math.max(...ohne.statistik.map((s) => s.rang?.schlechtester ?? 0))).toBeLessThanOrEqual(8);
	});
});
