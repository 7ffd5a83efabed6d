import { beforeAll, describe, expect, it } from 'vitest';
import { standarddaten, type Standarddaten } from '../testing/defaultData';
import { gruppenwerte, jeGruppe, type Bezirksgruppe } from './gruppen';
import { zaehlungen } from './aufteilungen';
import { GESAMTSTADT } from '../schema';
import { wertAus } from '../../analysis/indikatorwerte';

let d: Standarddaten;
beforeAll(async () => {
	d = await standarddaten();
});
const T = '2020-12-31';
const g = (...codes: string[]): Bezirksgruppe => ({ id: codes.join('+'), codes, name: codes.join(' + ') });

describe('groups of districts, computed by the data layer', () => {
	it('sums the counts first and takes the share of the sums, never the mean of the shares', async () => {
		const z = (await zaehlungen(d.k)).filter((x) => x.stichtag === T);
		const [a, b] = [z.find((x) => x.code === '40')!, z.find((x) => x.code === '41')!];
		const w = jeGruppe(await gruppenwerte(d.k, [g('40', '41')], 0), T).get('40+41')!;
		expect(w.get('einwohner')!.wert).toBe(a.einwohner! + b.einwohner!);
		expect(w.get('mh_anteil')!.wert).toBeCloseTo((100 * (a.mh! + b.mh!)) / (a.einwohner! + b.einwohner!), 10);
	});

	it('gives one district exactly the value the atlas shows for it, and the city its own', async () => {
		const w = jeGruppe(await gruppenwerte(d.k, [g('54')], 0), T);
		for (const id of ['mh_anteil', 'auslaender_anteil', 'staatsangehoerigkeiten', 'einwohner']) {
			expect(w.get('54')!.get(id)!.wert, id).toBe(wertAus(d.tabelle, T, id, '54'));
			expect(w.get(GESAMTSTADT)!.get(id)!.wert, id).toBe(wertAus(d.tabelle, T, id, GESAMTSTADT));
		}
	});

	it('withholds the shares of a district or group below the minimum population, as the atlas does', async () => {
		const z = (await zaehlungen(d.k)).filter((x) => x.stichtag === T && x.code !== GESAMTSTADT);
		const klein = z.reduce((a, b) => (a.einwohner! < b.einwohner! ? a : b));
		const mindest = klein.einwohner! + 1;
		const w = jeGruppe(await gruppenwerte(d.k, [g(klein.code)], mindest), T).get(klein.code)!;
		expect(w.get('mh_anteil')).toMatchObject({ wert: null, sperre: 'bezirk' });
		expect(w.get('einwohner')!.wert).toBe(klein.einwohner);
	});

	it('counts a group’s nations only among citizenships shown in one of its districts', async () => {
		const gezeigt = async (code: string) =>
			// Shown: the citizenship's total (the lists) or one of its cells by refugee background.
			new Set((await d.db.query<{ iso: string }>(`SELECT DISTINCT staatsangehoerigkeit AS iso FROM (SELECT * EXCLUDE (fluchthintergrund) FROM kennzahl_staat UNION ALL BY NAME SELECT * FROM kennzahl_nation) WHERE stichtag = ? AND code = ? AND anzahl > 0`, [T, code])).map((r) => r.iso));
		const paare = [['54', '41'], ['61', '70'], ['81', '10']];
		const werte = jeGruppe(await gruppenwerte(d.k, paare.map((p) => g(...p)), 0), T);
		for (const [a, b] of paare) {
			const vereint = new Set([...(await gezeigt(a)), ...(await gezeigt(b))]);
			expect(werte.get(`${a}+${b}`)!.get('staatsangehoerigkeiten')!.wert, `${a}+${b}`).toBe(vereint.size);
		}
		const einzeln = jeGruppe(await gruppenwerte(d.k, [g('54')], 0), T).get('54')!;
		expect(einzeln.get('staatsangehoerigkeiten')!.wert).toBe((await gezeigt('54')).size);
	});
});
