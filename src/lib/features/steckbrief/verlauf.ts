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

export const VERLAUF = ['mh_anteil', 'auslaender_anteil', 'neuzugewandert_anteil', 'unter18_anteil', 'ab65_anteil', 'flucht_anteil'];

/** "0 bis 60 %": the range a chart states under it. */
export const spannenText = (s: Spanne) => `${formatGrenze(s.von, 'prozent', false)} bis ${formatGrenze(s.bis, 'prozent', false)} %`;

export const verlaufTitel = (id: string) => {
	const i = indikator(id)!;
	return `${i.kurz} (${bezugVon(i)})`;
};

export function verlaufsfigur(t: Indikatortabelle, id: string, code: string, spanne: Spanne | undefined, groesse: { hoehe: number; breite: number }): SVGSVGElement {
	const reihe = (c: string, name: string) =>
		t.stichtage.flatMap((st) => {
			const w = wertAus(t, st, id, c);
			return w === null ? [] : [{ stichtag: st, reihe: name, wert: w }];
		});
	// linien() takes no value domain of its own: the shared range enters as a series from its bottom to its
	// top at the first Stichtag, which sets the scale and is then taken out of the drawing.
	const rahmen = spanne ? [{ stichtag: t.stichtage[0], reihe: RAHMEN, wert: spanne.von }, { stichtag: t.stichtage[0], reihe: RAHMEN, wert: spanne.bis }] : [];
	const svg = linien([...rahmen, ...reihe(code, `Bezirk ${code}`), ...reihe(GESAMTSTADT, 'Stadt')], [{ name: RAHMEN, farbe: RAHMENFARBE }, { name: `Bezirk ${code}`, farbe: '#1d4e89' }, { name: 'Stadt', farbe: '#999999' }], { prozent: true, ...groesse });
	for (const el of svg.querySelectorAll(`[stroke="${RAHMENFARBE}"], [fill="${RAHMENFARBE}"]`)) el.remove();
	return svg;
}

const RAHMEN = ' ';
const RAHMENFARBE = 'transparent';
