/**
 * The statistics page's choices as URL parameters, so that a report's figures can be opened again
 * exactly: the share, Stichtag, smoothing, spatial weights and k, the multiple-testing correction, the
 * segregation group and the minimum population. Read the atlas's way (ui/url.ts): a value that is not
 * allowed falls back to the default and is reported.
 */
import { indikator as findIndikator, INDIKATOREN } from '../../data/indikatoren';
import { GLAETTUNG_LABEL, type Glaettung } from '../../analysis/statistik/anteilsstatistik';
import { GEWICHTSART_LABEL, STANDARD_K, type Gewichtsart } from '../../analysis/statistik/gewichte';
import { KORREKTUR_LABEL, type Korrektur } from '../../analysis/statistik/mehrfachtests';
import { SEGREGATIONSGRUPPEN, STAATSGRUPPE_MUSTER } from '../../analysis/statistik/segregationsreihe';
import { istAnteil } from '../../analysis/statistik/zaehlungen';
import type { UrlSeite } from '../../ui/url';

export interface StatistikAnsicht {
	indikator: string;
	/** null = the latest Stichtag of the data. */
	stichtag: string | null;
	glaettung: Glaettung;
	art: Gewichtsart;
	k: number;
	korrektur: Korrektur;
	/** A group of SEGREGATIONSGRUPPEN or one citizenship ("staat-TR"). */
	gruppe: string;
	/** Districts under this population are left out of the segregation indices; 0 = none. */
	mindest: number;
}

export const STANDARD_STATISTIK: StatistikAnsicht = { indikator: 'mh_anteil', stichtag: null, glaettung: 'roh', art: 'queen', k: STANDARD_K, korrektur: 'fdr', gruppe: 'mh', mindest: 0 };

export const MAX_K = 10;
export const MAX_MINDEST = 100000;
const ANTEILE = INDIKATOREN.filter((i) => istAnteil(i.id)).map((i) => i.id);

export const STATISTIK_URL: UrlSeite<StatistikAnsicht> = {
	pfad: '/statistik',
	schluessel: { i: 'Indikator', t: 'Stichtag', gl: 'Glättung', w: 'Nachbarschaft', kn: 'Anzahl Nachbarn', kor: 'Mehrfachtest-Korrektur', sg: 'Segregationsgruppe', min: 'Mindestbevölkerung' },
	lese(u) {
		const s = STANDARD_STATISTIK;
		const staat = u.params.get('sg');
		return {
			indikator: u.wahl('i', ANTEILE, s.indikator, 'Anteil', (id) => findIndikator(id)?.label ?? id),
			stichtag: u.datum('t', 'Stichtag', 'der neueste Stichtag'),
			glaettung: u.wahl('gl', Object.keys(GLAETTUNG_LABEL) as Glaettung[], s.glaettung, 'Wert', (g) => GLAETTUNG_LABEL[g]),
			art: u.wahl('w', Object.keys(GEWICHTSART_LABEL) as Gewichtsart[], s.art, 'Nachbarschaft', (a) => GEWICHTSART_LABEL[a]),
			k: u.ganzzahl('kn', 1, MAX_K, s.k, 'Anzahl Nachbarn k'),
			korrektur: u.wahl('kor', Object.keys(KORREKTUR_LABEL) as Korrektur[], s.korrektur, 'Mehrfachtest-Korrektur', (k) => KORREKTUR_LABEL[k]),
			gruppe:
				staat !== null && STAATSGRUPPE_MUSTER.test(staat)
					? staat
					: u.wahl(
							'sg',
							SEGREGATIONSGRUPPEN.map((g) => g.id),
							s.gruppe,
							'Gruppe',
							(id) => SEGREGATIONSGRUPPEN.find((g) => g.id === id)!.label
						),
			mindest: u.ganzzahl('min', 0, MAX_MINDEST, s.mindest, 'Mindestbevölkerung')
		};
	},
	schreibe(a) {
		const s = STANDARD_STATISTIK;
		return [
			['i', a.indikator],
			['t', a.stichtag],
			['gl', a.glaettung === s.glaettung ? null : a.glaettung],
			['w', a.art],
			['kn', a.art === 'knn' ? a.k : null],
			['kor', a.korrektur],
			['sg', a.gruppe],
			['min', a.mindest || null]
		];
	}
};
