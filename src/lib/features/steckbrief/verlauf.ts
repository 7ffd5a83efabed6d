/**
 * A Steckbrief's development charts: the district beside the city, for each indicator on the range all
 * districts share (analysis/gemeinsameSpanne), so profiles printed one after another compare by eye.
 */
import { GESAMTSTADT } from '../../data/schema';
import { bezugVon, indikator } from '../../data/indikatoren';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { wertAus } from '../../analysis/indikatorwerte';
import { formatGrenze } from '../../analysis/format';
import type { Spanne } from '../../analysis/gemeinsameSpanne';
import { linien } from '../../charts/diagramme';
import type { Masse } from '../../charts/stil';

export const VERLAUF = ['mh_anteil', 'auslaender_anteil', 'neuzugewandert_anteil', 'unter18_anteil', 'ab65_anteil', 'flucht_anteil'];

/** "0 bis 60 %": the range a chart states under it. */
export const spannenText = (s: Spanne) => `${formatGrenze(s.von, 'prozent', false)} bis ${formatGrenze(s.bis, 'prozent', false)} %`;

export const verlaufTitel = (id: string) => {
	const i = indikator(id)!;
	return `${i.kurz} (${bezugVon(i)})`;
};

/** `name`: the area's line in the key ("Bezirk 41", "Stadtteil 4"). */
export function verlaufsfigur(t: Indikatortabelle, id: string, code: string, spanne: Spanne | undefined, hoehe: number, m: Partial<Masse>, name = `Bezirk ${code}`): SVGSVGElement {
	const reihe = (c: string, name: string) =>
		t.stichtage.flatMap((st) => {
			const w = wertAus(t, st, id, c);
			return w === null ? [] : [{ stichtag: st, reihe: name, wert: w }];
		});
	return linien([...reihe(code, name), ...reihe(GESAMTSTADT, 'Stadt')], [{ name, farbe: '#1d4e89' }, { name: 'Stadt', farbe: '#999999' }], { prozent: true, hoehe, bereich: spanne ? [spanne.von, spanne.bis] : undefined }, m);
}
