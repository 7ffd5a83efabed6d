/**
 * The maps "Ausländeranteil" and "Anteil mit Migrationshintergrund" je Stadtbezirk, classed by natural
 * breaks like the atlas's default, with the districts' key beside them; without boundaries they are
 * left out, their values being in the atlas's table.
 */
import { GESAMTSTADT } from '../../data/schema';
import { indikator } from '../../data/indikatoren';
import { fehltHinweis, OHNE_ANGABE } from '../../data/angaben';
import { choropleth } from '../../analysis/choropleth';
import { werteFuer } from '../../analysis/indikatorwerte';
import { formatGrenze, GESPERRT } from '../../analysis/format';
import { spanneBezirke } from '../../analysis/saetze';
import { beschriftungspunkte } from '../../analysis/beschriftung';
import { kartenfigur } from '../../charts/kartenfigur';
import { type Figurbau, nurSaetze } from './figurbau';

export function bezirkskarten(b: Figurbau): void {
	const { k, jetzt, fehlend, fussnoten, rahmen, zeige, entfaellt } = b;
	for (const id of ['auslaender_anteil', 'mh_anteil'] as const) {
		const i = indikator(id)!;
		const titel = `${i.label} je Stadtbezirk`;
		if (!k.geometrie) {
			entfaellt({ titel, grund: 'Ohne Bezirksflächen entfällt die Karte; ihre Werte stehen im Atlas in der Tabelle.' });
			continue;
		}
		const werte = werteFuer(k.tabelle, k.stichtag, id);
		const bezirkswerte = werte.filter((w) => w.code !== GESAMTSTADT);
		const ohne = fehlend(jetzt, [i.zaehler]);
		if (bezirkswerte.every((w) => w.wert === null && !w.sperre)) {
			entfaellt({ titel, grund: fehltHinweis(ohne.length ? ohne : [i.zaehler]) });
			continue;
		}
		const c = choropleth({ indikator: i, stichtag: k.stichtag, basis: null }, werte, { methode: 'jenks', klassen: 5, palette: 'ylgnbu' });
		const bezirke = bezirkswerte.filter((w) => w.wert !== null).map((w) => ({ name: `${w.code} ${k.bezirkName.get(w.code) ?? ''}`, wert: w.wert! }));
		const g2 = c.klassierung.grenzen;
		const ohneWert = bezirkswerte.some((w) => w.wert === null && !w.sperre);
		const hinweise = ohneWert ? [`Bezirke ohne Wert: ${OHNE_ANGABE} (in den geladenen Daten fehlt ihre Zahl).`] : [];
		zeige({
			id: `karte-${id}`,
			titel,
			tabelle: { kopf: ['Stadtbezirk-Nr.', 'Stadtbezirk', `${i.label} (%)`], zeilen: [...bezirkswerte.map((w) => [w.code, k.bezirkName.get(w.code) ?? '', w.wert ?? (w.sperre ? GESPERRT : OHNE_ANGABE)]), ['', 'Gesamtstadt', c.stadtwert ?? OHNE_ANGABE]], stellen: [0, 0, 1], fussnoten: fussnoten(hinweise) },
			saetze: nurSaetze([spanneBezirke(`Der ${i.label}`, bezirke, c.stadtwert)]),
			hinweise,
			schluessel: bezirkswerte.map((w) => ({ code: w.code, name: k.bezirkName.get(w.code) ?? '' })),
			svg: rahmen(
					titel,
					(m) => kartenfigur(k.geometrie!, c.farbeJeBezirk, { beschriftung: beschriftungspunkte(k.geometrie!) }, { ...m, hoehe: Math.min(m.hoehe ?? m.breite, m.breite) }),
					c.farben.map((f, j) => ({ farbe: f, text: `${formatGrenze(g2[j], 'prozent', false)}${j === c.farben.length - 1 ? ' bis ' : ' bis unter '}${formatGrenze(g2[j + 1], 'prozent', false)} %` }))
				)
		});
	}
}
