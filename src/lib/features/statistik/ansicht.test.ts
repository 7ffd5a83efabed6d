import { describe, expect, it } from 'vitest';
import { liesSeite, schreibeSeite } from '../../ui/url';
import { STANDARD_STATISTIK, STATISTIK_URL, type StatistikAnsicht } from './ansicht';

const leseStatistik = (p: URLSearchParams) => liesSeite(STATISTIK_URL, p);

describe('the statistics page in the URL', () => {
	it('round-trips every choice, a citizenship as the group included', () => {
		const a: StatistikAnsicht = { indikator: 'auslaender_anteil', stichtag: '2018-12-31', glaettung: 'eb_raeumlich', art: 'knn', k: 6, korrektur: 'bonferroni', gruppe: 'staat-TR', mindest: 500 };
		expect(leseStatistik(new URLSearchParams(schreibeSeite(STATISTIK_URL, a).toString()))).toEqual({ wert: a, ersetzt: [] });
		expect(leseStatistik(new URLSearchParams())).toEqual({ wert: STANDARD_STATISTIK, ersetzt: [] });
	});
	it('replaces what is not allowed and says so', () => {
		const { wert: ansicht, ersetzt } = leseStatistik(new URLSearchParams('i=einwohner&w=toString&kn=99&kor=__proto__&sg=staat-<b>&min=-5'));
		expect(ansicht).toEqual(STANDARD_STATISTIK);
		expect(ersetzt.map((e) => e.was)).toEqual(['Anteil', 'Nachbarschaft', 'Anzahl Nachbarn k', 'Mehrfachtest-Korrektur', 'Gruppe', 'Mindestbevölkerung']);
	});
});
