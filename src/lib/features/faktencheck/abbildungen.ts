/**
 * The Faktencheck Migration as a list of figure specs (Abb. 1–9 of the integration report it follows): each
 * with its title, the data table behind it, generated sentences and its chart. The same specs are shown on
 * screen, printed, turned into PDF and downloaded (SVG, PNG, CSV, XLSX), so the four cannot differ.
 * What the loaded data lack is never drawn as 0: a figure without its data is left out with the reason,
 * a sentence without its values is dropped, and a missing cell reads "keine Angabe" with a note naming
 * the column that would fill it.
 */
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, STATUS, STATUS_LABEL, GESAMTSTADT, type Status } from '../../data/schema';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { indikator } from '../../data/indikatoren';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import type { DatensatzManifest } from '../../data/manifest';
import { choropleth } from '../../analysis/choropleth';
import { werteFuer } from '../../analysis/indikatorwerte';
import { angabe, fehltHinweis, hatAufschluesselung, OHNE_ANGABE, type Angabe } from '../../data/angaben';
import type { Zaehlgroesse } from '../../data/indikatoren';
import type { Zaehlung } from '../../data/abfragen/aufteilungen';
import { anteil as prozentAnteil } from '../../data/kennzahlregeln';
import { formatGrenze, formatStichtag, formatWert, GEHEIMHALTUNG_HINWEIS, GESPERRT } from '../../analysis/format';
import { methodenwechselFuer } from '../../analysis/methodenwechsel';
import {
	altersSatz,
	anteil,
	aufenthaltSatz,
	bevoelkerungSatz,
	entwicklungAnzahl,
	entwicklungProzent,
	gruppenSatz,
	spanneBezirke,
	staatenSatz,
	ungleicheAltersgruppen,
	zehnStaatenSatz,
	type Zahl
} from '../../analysis/saetze';
import { beschriftungspunkte } from '../../analysis/beschriftung';
import { GRUPPENFARBEN, REIHENFARBEN } from '../../analysis/gruppenfarben';
import type { Exporttabelle } from '../../export/csv';
import { alterspyramide, balken, gestapelt, linien } from '../../charts/diagramme';
import { kartenfigur } from '../../charts/kartenfigur';
import { gerahmt } from '../../charts/rahmen';
import { masse, type Masse } from '../../charts/stil';
import type { FaktencheckDaten } from './daten';
import { segregationsfigur } from './segregationsfigur';

export interface Abbildung {
	nr: number;
	id: string;
	titel: string;
	tabelle: Exporttabelle;
	saetze: string[];
	/** What the figure lacks ("keine Angabe …", with the column that would fill it), and method notes. */
	hinweise: string[];
	/** A map's key of district numbers to names: numbers on a map say nothing without it. */
	schluessel?: { code: string; name: string }[];
	/** Builds the framed SVG (in the browser: charts need a document), at the fixed download width unless a size is given. */
	svg: (m?: Partial<Masse>) => SVGSVGElement;
}

/** A figure the loaded data cannot fill, left out with the reason. */
export interface Entfallen {
	titel: string;
	grund: string;
}

export interface Kontext {
	stichtag: string;
	manifest: DatensatzManifest;
	tabelle: Indikatortabelle;
	geometrie: Bezirksgeometrie | null;
	bezirkName: ReadonlyMap<string, string>;
}

const jahr = (t: string) => t.slice(0, 4);
/** The counts behind a city share, so its sentence can judge a change against random variation. */
const zaehlung = (zaehler: number | null | undefined, nenner: number | null | undefined) => (zaehler == null || nenner == null ? {} : { zaehler, nenner });
const STATUS_REIHE: Record<Status, string> = { deutsch: 'Deutsche ohne MH', eingebuergert: 'Eingebürgerte', aussiedler: 'Aussiedler*innen', auslaender: 'Ausländer*innen' };
const GRUPPEN = ['eingebuergert', 'aussiedler', 'auslaender'] as const satisfies readonly Zaehlgroesse[];

const alsZahl = (a: Angabe): Zahl => (a.art === 'wert' ? a.wert : a.art === 'gesperrt' ? GESPERRT : null);
const zelle = (x: Zahl): number | string => (x === null ? OHNE_ANGABE : x);
const istZahl = (x: Zahl): x is number => typeof x === 'number';
const nurSaetze = (xs: (string | null)[]): string[] => xs.filter((x): x is string => x !== null);
const nurZahl = (x: Zahl): number | null => (istZahl(x) ? x : null);
/** A sum of cells is withheld ("•") when one of them is (null here), never counted as 0. */
const summeVon = (xs: readonly (number | null)[]): Zahl => (xs.some((x) => x === null) ? GESPERRT : xs.reduce<number>((s, x) => s + x!, 0));
const quote = (teil: Zahl, ganz: Zahl): Zahl => (istZahl(teil) && istZahl(ganz) ? prozentAnteil(teil, ganz) : teil === null || ganz === null ? null : GESPERRT);

/** The figures the data fill, and those left out with the reason. */
export function faktencheck(d: FaktencheckDaten, k: Kontext): { abbildungen: Abbildung[]; entfallen: Entfallen[] } {
	const fuss = [`Quelle: ${k.manifest.quelle}; Stichtag ${formatStichtag(k.stichtag)}.`, ...(k.manifest.beispieldaten ? [`${k.manifest.hinweis}.`] : [])];
	const fussnoten = (hinweise: string[] = []) => [`Stichtag: ${formatStichtag(k.stichtag)}`, `Quelle: ${k.manifest.quelle}`, ...(k.manifest.beispieldaten ? [`Hinweis: ${k.manifest.hinweis}`] : []), ...hinweise];
	const stadt = d.zaehlungen.filter((z) => z.code === GESAMTSTADT);
	const jetzt = stadt.find((z) => z.stichtag === k.stichtag)!;
	const wert = (z: Zaehlung, g: Zaehlgroesse) => alsZahl(angabe(z, g));
	const fehlend = (z: Zaehlung, gs: readonly Zaehlgroesse[]) => gs.filter((g) => angabe(z, g).art === 'fehlt');
	const aufgeschluesselt = hatAufschluesselung(k.manifest);
	const gruppen = (z: Zaehlung): Record<Status, Zahl> => {
		const e = wert(z, 'einwohner');
		const m = wert(z, 'mh');
		return {
			deutsch: istZahl(e) && istZahl(m) ? e - m : e === null || m === null ? null : GESPERRT,
			eingebuergert: wert(z, 'eingebuergert'),
			aussiedler: wert(z, 'aussiedler'),
			auslaender: wert(z, 'auslaender')
		};
	};
	const statusLegende = STATUS.map((s) => ({ farbe: GRUPPENFARBEN[s], text: STATUS_LABEL[s] }));
	const mhLegende = [
		{ farbe: GRUPPENFARBEN.deutsch, text: STATUS_LABEL.deutsch },
		{ farbe: GRUPPENFARBEN.mh, text: 'mit Migrationshintergrund' }
	];
	// The figure's number goes into its title, so a downloaded figure still says which one it is.
	let praefix = '';
	const rahmen = (titel: string, inhalt: (m: Masse) => SVGSVGElement, legende?: { farbe: string; text: string }[], anmerkung?: string | null) => (m?: Partial<Masse>) =>
		gerahmt({ titel: `${praefix}${titel}`, untertitel: `${k.manifest.stadt}, Stichtag ${formatStichtag(k.stichtag)}`, legende, fuss: anmerkung ? [anmerkung, ...fuss] : fuss }, masse(m), inhalt);

	const liste: Omit<Abbildung, 'nr'>[] = [];
	const entfallen: Entfallen[] = [];

	{
		const titel = 'Bevölkerung nach Migrationsstatus';
		const ohne = fehlend(jetzt, ['einwohner', 'mh']);
		if (ohne.length) entfallen.push({ titel, grund: fehltHinweis(ohne) });
		else {
			const e = wert(jetzt, 'einwohner');
			const g = gruppen(jetzt);
			const luecken = fehlend(jetzt, GRUPPEN);
			const hinweise = luecken.length ? [fehltHinweis(luecken)] : [];
			// Without every group the bars show what is known: with and without migration background.
			const reihen = luecken.length
				? [{ name: STATUS_LABEL.deutsch, wert: g.deutsch, farbe: GRUPPENFARBEN.deutsch }, { name: 'mit Migrationshintergrund', wert: wert(jetzt, 'mh'), farbe: GRUPPENFARBEN.mh }]
				: STATUS.map((s) => ({ name: STATUS_LABEL[s], wert: g[s], farbe: GRUPPENFARBEN[s] }));
			liste.push({
				id: 'status',
				titel,
				tabelle: { kopf: ['Gruppe', 'Personen', 'Anteil an der Bevölkerung (%)'], zeilen: STATUS.map((s) => [STATUS_LABEL[s], zelle(g[s]), zelle(quote(g[s], e))]), stellen: [0, 0, 1], fussnoten: fussnoten(hinweise) },
				saetze: nurSaetze([bevoelkerungSatz(e, wert(jetzt, 'mh')), gruppenSatz(e, g)]),
				hinweise,
				svg: rahmen(titel, (m) => balken(reihen.flatMap((r) => (istZahl(r.wert) ? [{ ...r, wert: r.wert }] : [])), (v) => `${formatWert(v, 'anzahl')}${istZahl(e) ? ` (${anteil(v, e) ?? ''})` : ''}`, '#1d4e89', m))
			});
		}
	}

	{
		const titel = 'Altersaufbau nach Migrationsstatus';
		if (!aufgeschluesselt || d.alter.length === 0) entfallen.push({ titel, grund: fehltHinweis(['alter']) });
		else {
			// A withheld bar is left out of the drawing (the table shows it as "•"), not drawn as 0.
			const pyramide = d.alter.flatMap((a) => ((a.geschlecht === 'm' || a.geschlecht === 'w') && a.anzahl !== null ? [{ ...a, geschlecht: a.geschlecht as 'm' | 'w', anzahl: a.anzahl }] : []));
			const summeWo = (f: (a: (typeof d.alter)[number]) => boolean) => summeVon(d.alter.filter(f).map((a) => a.anzahl));
			const jung = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) < 18);
			const alt = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) >= 65);
			const alle = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh);
			const ohneMw = summeWo((a) => a.geschlecht !== 'm' && a.geschlecht !== 'w');
			liste.push({
				id: 'alterspyramide',
				titel,
				tabelle: { kopf: ['Altersgruppe', 'Geschlecht', 'Gruppe', 'Personen'], zeilen: d.alter.map((a) => [a.altersgruppe, a.geschlecht, STATUS_LABEL[a.status], a.anzahl ?? GESPERRT]), stellen: [0, 0, 0, 0], fussnoten: fussnoten() },
				saetze: nurSaetze([
					altersSatz('jung', { teil: jung(true), ganz: alle(true) }, { teil: jung(false), ganz: alle(false) }),
					altersSatz('alt', { teil: alt(true), ganz: alle(true) }, { teil: alt(false), ganz: alle(false) }),
					ohneMw ? `${istZahl(ohneMw) ? formatWert(ohneMw, 'anzahl') : GESPERRT} Personen mit dem Geschlechtseintrag „divers“ oder ohne Angabe sind in der Tabelle, nicht in der Pyramide enthalten.` : null
				]),
				hinweise: [],
				svg: rahmen(titel, (m) => alterspyramide(pyramide, m), statusLegende, ungleicheAltersgruppen(ALTERSGRUPPEN))
			});
		}
	}

	{
		const reihe = stadt.filter((z) => istZahl(wert(z, 'einwohner')) && istZahl(wert(z, 'mh')));
		const erster = reihe[0];
		const titel = `Entwicklung der Bevölkerung nach Migrationsstatus${erster ? ` seit ${jahr(erster.stichtag)}` : ''}`;
		if (!erster) entfallen.push({ titel, grund: fehltHinweis(stadt.length ? fehlend(jetzt, ['einwohner', 'mh']) : ['einwohner', 'mh']) });
		else {
			const luecken = [...new Set(reihe.flatMap((z) => fehlend(z, GRUPPEN)))];
			const wechsel = methodenwechselFuer(k.manifest.begriffe.methodenwechsel, reihe.map((z) => z.stichtag));
			const hinweise = [...(luecken.length ? [fehltHinweis(luecken)] : []), ...(wechsel?.ueberspannt ? [wechsel.text] : [])];
			const stapel = luecken.length
				? reihe.flatMap((z) => [
						{ x: jahr(z.stichtag), teil: STATUS_LABEL.deutsch, wert: gruppen(z).deutsch },
						{ x: jahr(z.stichtag), teil: 'mit Migrationshintergrund', wert: wert(z, 'mh') }
					])
				: reihe.flatMap((z) => STATUS.map((s) => ({ x: jahr(z.stichtag), teil: STATUS_LABEL[s], wert: gruppen(z)[s] })));
			const teile = luecken.length ? mhLegende.map((l) => ({ name: l.text, farbe: l.farbe })) : STATUS.map((s) => ({ name: STATUS_LABEL[s], farbe: GRUPPENFARBEN[s] }));
			const mhAnteil = (z: Zaehlung) => quote(wert(z, 'mh'), wert(z, 'einwohner'));
			const letzter = reihe.find((z) => z.stichtag === k.stichtag) ?? erster;
			liste.push({
				id: 'entwicklung',
				titel,
				tabelle: {
					kopf: ['Stichtag', ...STATUS.map((s) => STATUS_REIHE[s]), 'Einwohner*innen', 'Anteil mit Migrationshintergrund (%)'],
					zeilen: reihe.map((z) => [formatStichtag(z.stichtag), ...STATUS.map((s) => zelle(gruppen(z)[s])), zelle(wert(z, 'einwohner')), zelle(mhAnteil(z))]),
					stellen: [0, 0, 0, 0, 0, 0, 1],
					fussnoten: fussnoten(hinweise)
				},
				saetze: nurSaetze([
					entwicklungProzent('Der Anteil der Menschen mit Migrationshintergrund', { stichtag: erster.stichtag, wert: mhAnteil(erster) as number, ...zaehlung(nurZahl(wert(erster, 'mh')), nurZahl(wert(erster, 'einwohner'))) }, { stichtag: letzter.stichtag, wert: mhAnteil(letzter) as number, ...zaehlung(nurZahl(wert(letzter, 'mh')), nurZahl(wert(letzter, 'einwohner'))) }),
					entwicklungAnzahl('Die Zahl der Einwohner*innen', { stichtag: erster.stichtag, wert: wert(erster, 'einwohner') as number }, { stichtag: letzter.stichtag, wert: wert(letzter, 'einwohner') as number })
				]),
				hinweise,
				svg: rahmen(titel, (m) => gestapelt(stapel.flatMap((x) => (istZahl(x.wert) ? [{ ...x, wert: x.wert }] : [])), teile, {}, m), teile.map((t) => ({ farbe: t.farbe, text: t.name })), wechsel?.ueberspannt ? wechsel.text : null)
			});
		}
	}

	{
		const titel = 'Die zehn häufigsten Staatsangehörigkeiten der Ausländer*innen';
		if (!aufgeschluesselt || d.top10.length === 0) entfallen.push({ titel, grund: fehltHinweis(['staat']) });
		else {
			const zusammen: Zahl = d.top10.some((t) => t.anzahl === null) ? GESPERRT : d.top10.reduce((s, t) => s + t.anzahl!, 0);
			liste.push({
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
		if (!aufgeschluesselt || d.top5Verlauf.length === 0) entfallen.push({ titel, grund: fehltHinweis(['staat']) });
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
			liste.push({
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

	const euTeile = [{ name: 'EU-Staaten', farbe: GRUPPENFARBEN.eu }, { name: 'Drittstaaten', farbe: GRUPPENFARBEN.dritt }];
	{
		const titel = 'Ausländer*innen aus EU-Staaten und Drittstaaten';
		const reihe = stadt.filter((z) => istZahl(wert(z, 'auslaender_eu')) && istZahl(wert(z, 'auslaender_dritt')));
		if (reihe.length === 0) {
			const ohne = [...new Set(stadt.flatMap((z) => fehlend(z, ['auslaender_eu', 'auslaender_dritt'])))];
			entfallen.push({ titel, grund: ohne.length ? fehltHinweis(ohne) : 'Die Zahlen sind geheim gehalten (•).' });
		} else {
			const eu = reihe.flatMap((z) => [
				{ x: jahr(z.stichtag), teil: 'EU-Staaten', wert: wert(z, 'auslaender_eu') as number },
				{ x: jahr(z.stichtag), teil: 'Drittstaaten', wert: wert(z, 'auslaender_dritt') as number }
			]);
			const euAnteil = (z: Zaehlung) => quote(wert(z, 'auslaender_eu'), wert(z, 'auslaender'));
			const erster = reihe[0];
			const letzter = reihe.find((z) => z.stichtag === k.stichtag) ?? erster;
			const p = (z: Zaehlung) => { const q = euAnteil(z); return istZahl(q) ? q : null; };
			liste.push({
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
		if (!aufgeschluesselt || !d.aufenthalt.some((a) => a.aufenthaltsdauer !== null)) entfallen.push({ titel, grund: fehltHinweis(['aufenthalt']) });
		else {
			const dauer = AUFENTHALTSDAUER.flatMap((band) => [true, false].map((istEu) => ({ x: band, teil: istEu ? 'EU-Staaten' : 'Drittstaaten', wert: summeVon(d.aufenthalt.filter((a) => a.aufenthaltsdauer === band && a.eu === istEu).map((a) => a.anzahl)) })));
			const dauerSumme = (f: (b: string) => boolean) => summeVon(dauer.filter((x) => f(x.x)).map((x) => nurZahl(x.wert)));
			liste.push({
				id: 'aufenthalt',
				titel,
				tabelle: { kopf: ['Jahre', 'aus EU-Staaten', 'aus Drittstaaten'], zeilen: AUFENTHALTSDAUER.map((b) => [b, ...[true, false].map((e) => dauer.find((x) => x.x === b && x.teil === (e ? 'EU-Staaten' : 'Drittstaaten'))!.wert)]), stellen: [0, 0, 0], fussnoten: fussnoten() },
				saetze: nurSaetze([aufenthaltSatz(dauerSumme((b) => Number.parseInt(b, 10) < 4), dauerSumme((b) => Number.parseInt(b, 10) >= 10), dauerSumme(() => true))]),
				hinweise: [],
				svg: rahmen(`${titel} (Jahre)`, (m) => gestapelt(dauer.flatMap((x) => (istZahl(x.wert) ? [{ ...x, wert: x.wert }] : [])), euTeile, { xLabel: 'Jahre' }, m), euTeile.map((t) => ({ farbe: t.farbe, text: t.name })), 'Die Gruppen umfassen unterschiedlich viele Jahre (von einem bis fünf); die Balken sind daher nicht je Jahr vergleichbar.')
			});
		}
	}

	for (const id of ['auslaender_anteil', 'mh_anteil'] as const) {
		const i = indikator(id)!;
		const titel = `${i.label} je Stadtbezirk`;
		if (!k.geometrie) {
			entfallen.push({ titel, grund: 'Ohne Bezirksflächen entfällt die Karte; ihre Werte stehen im Atlas in der Tabelle.' });
			continue;
		}
		const werte = werteFuer(k.tabelle, k.stichtag, id);
		const bezirkswerte = werte.filter((w) => w.code !== GESAMTSTADT);
		const ohne = fehlend(jetzt, [i.zaehler]);
		if (bezirkswerte.every((w) => w.wert === null && !w.sperre)) {
			entfallen.push({ titel, grund: fehltHinweis(ohne.length ? ohne : [i.zaehler]) });
			continue;
		}
		const c = choropleth({ indikator: i, stichtag: k.stichtag, basis: null }, werte, { methode: 'jenks', klassen: 5, palette: 'ylgnbu' });
		const bezirke = bezirkswerte.filter((w) => w.wert !== null).map((w) => ({ name: `${w.code} ${k.bezirkName.get(w.code) ?? ''}`, wert: w.wert! }));
		const g2 = c.klassierung.grenzen;
		const ohneWert = bezirkswerte.some((w) => w.wert === null && !w.sperre);
		const hinweise = ohneWert ? [`Bezirke ohne Wert: ${OHNE_ANGABE} (in den geladenen Daten fehlt ihre Zahl).`] : [];
		liste.push({
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
	const segregation = segregationsfigur(k.tabelle, k.stichtag, fussnoten());
	if (segregation) liste.push({ ...segregation, hinweise: [], svg: rahmen(segregation.titel, segregation.grafik, segregation.legende, segregation.anmerkung) });
	// Every table that shows "•" says what it means, in the figure's notes and in every download.
	const geheim = GEHEIMHALTUNG_HINWEIS(k.manifest.geheimhaltung);
	const mitHinweis = (a: Omit<Abbildung, 'nr'>): Omit<Abbildung, 'nr'> =>
		a.tabelle.zeilen.some((z) => z.includes(GESPERRT)) ? { ...a, hinweise: [...a.hinweise, geheim], tabelle: { ...a.tabelle, fussnoten: [...a.tabelle.fussnoten, geheim] } } : a;
	return {
		abbildungen: liste.map(mitHinweis).map((a, i) => ({
			...a,
			nr: i + 1,
			svg: (m?: Partial<Masse>) => {
				praefix = `Abbildung ${i + 1}: `;
				return a.svg(m);
			}
		})),
		entfallen
	};
}

/** The figures the data fill (the presentation shows only these). */
export function abbildungen(d: FaktencheckDaten, k: Kontext): Abbildung[] {
	return faktencheck(d, k).abbildungen;
}
