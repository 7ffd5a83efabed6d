/**
 * The foreign nationals: the ten most frequent nationalities, the five over time, EU and third
 * countries, and length of stay. A withheld count is left out of the drawing and shown as "•" in the
 * table, never drawn as 0.
 */
import { AUFENTHALTSDAUER, bandStart } from '../../data/schema';
import { istNeuZugewandert } from '../../data/kennzahlregeln';
import { fehltHinweis } from '../../data/angaben';
import type { Zaehlung } from '../../data/abfragen/aufteilungen';
import { formatStichtag, formatWert, GESPERRT } from '../../analysis/format';
import { anteil, aufenthaltSatz, entwicklungAnzahl, entwicklungProzent, staatenSatz, type Zahl, zehnStaatenSatz } from '../../analysis/saetze';
import { GRUPPENFARBEN, REIHENFARBEN } from '../../analysis/gruppenfarben';
import { balken, gestapelt, linien } from '../../charts/diagramme';
import { type Figurbau, istZahl, jahr, nurSaetze, nurZahl, quote, summeVon, zaehlung, zelle } from './figurbau';

export function auslaenderfiguren(b: Figurbau): void {
	const { d, k, stadt, jetzt, aufgeschluesselt, wert, fehlend, fussnoten, rahmen, zeige, entfaellt } = b;
	const euTeile = [{ name: 'EU-Staaten', farbe: GRUPPENFARBEN.eu }, { name: 'Drittstaaten', farbe: GRUPPENFARBEN.dritt }];
	{
		const titel = 'Die zehn häufigsten Staatsangehörigkeiten der Ausländer*innen';
		if (!aufgeschluesselt || d.top10.length === 0) entfaellt({ titel, grund: fehltHinweis(['staat']) });
		else {
			const zusammen: Zahl = d.top10.some((t) => t.anzahl === null) ? GESPERRT : d.top10.reduce((s, t) => s + t.anzahl!, 0);
			zeige({
				id: 'staatsangehoerigkeiten',
				titel,
				tabelle: { kopf: ['Rang', 'Staatsangehörigkeit', 'Personen', 'Anteil an den Ausländer*innen (%)'], zeilen: d.top10.map((t, i) => [i + 1, t.name, t.anzahl ?? GESPERRT, t.anteil ?? GESPERRT]), stellen: [0, 0, 0, 1], fussnoten: fussnoten() },
				saetze: nurSaetze([staatenSatz(d.top10.slice(0, 5)), zehnStaatenSatz(zusammen, wert(jetzt, 'auslaender'), wert(jetzt, 'staatsangehoerigkeiten'))]),
				hinweise: [],
				svg: rahmen(titel, (m) => balken(d.top10.flatMap((t) => (t.anzahl === null ? [] : [{ name: t.name, wert: t.anzahl }])), (v) => formatWert(v, 'anzahl'), GRUPPENFARBEN.auslaender, m))
			});
		}
	}

	{
		const titel = 'Entwicklung der fünf häufigsten Staatsangehörigkeiten';
		if (!aufgeschluesselt || d.top5Verlauf.length === 0) entfaellt({ titel, grund: fehltHinweis(['staat']) });
		else {
			const namen = [...new Set(d.top5Verlauf.map((r) => r.name))];
			const wachstum = namen
				.map((n) => {
					const r = d.top5Verlauf.filter((x) => x.name === n);
					return { name: n, von: r[0], bis: r.at(-1)! };
				})
				.filter((w) => w.von.anzahl !== null && w.bis.anzahl !== null)
				.sort((a, b) => b.bis.anzahl! - b.von.anzahl! - (a.bis.anzahl! - a.von.anzahl!));
			const stichtage = [...new Set(d.top5Verlauf.map((r) => r.stichtag))];
			zeige({
				id: 'top5',
				titel,
				tabelle: {
					kopf: ['Staatsangehörigkeit', ...stichtage.map((t) => formatStichtag(t))],
					zeilen: namen.map((n) => [n, ...stichtage.map((t) => d.top5Verlauf.find((r) => r.name === n && r.stichtag === t)?.anzahl ?? GESPERRT)]),
					stellen: [0, ...stichtage.map(() => 0)],
					fussnoten: fussnoten()
				},
				saetze: wachstum.length ? nurSaetze([entwicklungAnzahl(`Am stärksten verändert hat sich die Zahl der Menschen mit der Staatsangehörigkeit ${wachstum[0].name}: sie`, { stichtag: wachstum[0].von.stichtag, wert: wachstum[0].von.anzahl }, { stichtag: wachstum[0].bis.stichtag, wert: wachstum[0].bis.anzahl })]) : [],
				hinweise: [],
				svg: rahmen(titel, (m) => linien(d.top5Verlauf.flatMap((r) => (r.anzahl === null ? [] : [{ stichtag: r.stichtag, reihe: r.name, wert: r.anzahl }])), namen.map((n, i) => ({ name: n, farbe: REIHENFARBEN[i % REIHENFARBEN.length] })), {}, m))
			});
		}
	}

	{
		const titel = 'Ausländer*innen aus EU-Staaten und Drittstaaten';
		const reihe = stadt.filter((z) => istZahl(wert(z, 'auslaender_eu')) && istZahl(wert(z, 'auslaender_dritt')));
		if (reihe.length === 0) {
			const ohne = [...new Set(stadt.flatMap((z) => fehlend(z, ['auslaender_eu', 'auslaender_dritt'])))];
			entfaellt({ titel, grund: ohne.length ? fehltHinweis(ohne) : 'Die Zahlen sind geheim gehalten (•).' });
		} else {
			const eu = reihe.flatMap((z) => [
				{ x: jahr(z.stichtag), teil: 'EU-Staaten', wert: wert(z, 'auslaender_eu') as number },
				{ x: jahr(z.stichtag), teil: 'Drittstaaten', wert: wert(z, 'auslaender_dritt') as number }
			]);
			const euAnteil = (z: Zaehlung) => quote(wert(z, 'auslaender_eu'), wert(z, 'auslaender'));
			const erster = reihe[0];
			const letzter = reihe.find((z) => z.stichtag === k.stichtag) ?? erster;
			const p = (z: Zaehlung) => { const q = euAnteil(z); return istZahl(q) ? q : null; };
			zeige({
				id: 'eu',
				titel,
				tabelle: { kopf: ['Stichtag', 'aus EU-Staaten', 'aus Drittstaaten', 'EU-Anteil (%)'], zeilen: reihe.map((z) => [formatStichtag(z.stichtag), zelle(wert(z, 'auslaender_eu')), zelle(wert(z, 'auslaender_dritt')), zelle(euAnteil(z))]), stellen: [0, 0, 0, 1], fussnoten: fussnoten() },
				saetze: nurSaetze([
					entwicklungProzent('Der Anteil der EU-Bürger*innen an den Ausländer*innen', { stichtag: erster.stichtag, wert: p(erster), ...zaehlung(nurZahl(wert(erster, 'auslaender_eu')), nurZahl(wert(erster, 'auslaender'))) }, { stichtag: letzter.stichtag, wert: p(letzter), ...zaehlung(nurZahl(wert(letzter, 'auslaender_eu')), nurZahl(wert(letzter, 'auslaender'))) }),
					entwicklungAnzahl('Die Zahl der Ausländer*innen aus Drittstaaten', { stichtag: erster.stichtag, wert: wert(erster, 'auslaender_dritt') as number }, { stichtag: letzter.stichtag, wert: wert(letzter, 'auslaender_dritt') as number })
				]),
				hinweise: [],
				svg: rahmen(titel, (m) => gestapelt(eu, euTeile, {}, m), euTeile.map((t) => ({ farbe: t.farbe, text: t.name })))
			});
		}
	}

	{
		const titel = 'Aufenthaltsdauer der Ausländer*innen im Bundesgebiet';
		if (!aufgeschluesselt || !d.aufenthalt.some((a) => a.aufenthaltsdauer !== null)) entfaellt({ titel, grund: fehltHinweis(['aufenthalt']) });
		else {
			const dauer = AUFENTHALTSDAUER.flatMap((band) => [true, false].map((istEu) => ({ x: band, teil: istEu ? 'EU-Staaten' : 'Drittstaaten', wert: summeVon(d.aufenthalt.filter((a) => a.aufenthaltsdauer === band && a.eu === istEu).map((a) => a.anzahl)) })));
			const dauerSumme = (f: (b: string) => boolean) => summeVon(dauer.filter((x) => f(x.x)).map((x) => nurZahl(x.wert)));
			zeige({
				id: 'aufenthalt',
				titel,
				tabelle: { kopf: ['Jahre', 'aus EU-Staaten', 'aus Drittstaaten'], zeilen: AUFENTHALTSDAUER.map((b) => [b, ...[true, false].map((e) => dauer.find((x) => x.x === b && x.teil === (e ? 'EU-Staaten' : 'Drittstaaten'))!.wert)]), stellen: [0, 0, 0], fussnoten: fussnoten() },
				saetze: nurSaetze([aufenthaltSatz(dauerSumme(istNeuZugewandert), dauerSumme((b) => bandStart(b) >= 10), dauerSumme(() => true))]),
				hinweise: [],
				svg: rahmen(`${titel} (Jahre)`, (m) => gestapelt(dauer.flatMap((x) => (istZahl(x.wert) ? [{ ...x, wert: x.wert }] : [])), euTeile, { xLabel: 'Jahre' }, m), euTeile.map((t) => ({ farbe: t.farbe, text: t.name })), 'Die Gruppen umfassen unterschiedlich viele Jahre (von einem bis fünf); die Balken sind daher nicht je Jahr vergleichbar.')
			});
		}
	}
}
