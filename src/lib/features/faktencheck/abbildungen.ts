/**
 * The Faktencheck Migration as a list of figure specs (KIK, "Die Ausgangslage", Abb. 1–9): each with its
 * title, the data table behind it, generated sentences and its chart. The same specs are shown on
 * screen, printed, turned into PDF and downloaded (SVG, PNG, CSV, XLSX), so the four cannot differ.
 */
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, STATUS, STATUS_LABEL, GESAMTSTADT, type Status } from '../../data/schema';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { indikator } from '../../data/indikatoren';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import type { DatensatzManifest } from '../../data/manifest';
import { choropleth } from '../../analysis/choropleth';
import { werteFuer } from '../../analysis/indikatorwerte';
import { formatGrenze, formatStichtag, formatWert, GESPERRT } from '../../analysis/format';
import { anteil, aufzaehlung, entwicklungAnzahl, entwicklungProzent, spanneBezirke, ungleicheAltersgruppen } from '../../analysis/saetze';
import { beschriftungspunkte } from '../../analysis/beschriftung';
import type { Exporttabelle } from '../../export/csv';
import { alterspyramide, balken, gestapelt, linien } from '../../charts/diagramme';
import { kartenfigur } from '../../charts/kartenfigur';
import { rahme } from '../../charts/rahmen';
import { STATUSFARBEN } from '../../charts/stil';
import type { FaktencheckDaten } from './daten';
import { segregationsfigur } from './segregationsfigur';

export interface Abbildung {
	nr: number;
	id: string;
	titel: string;
	tabelle: Exporttabelle;
	saetze: string[];
	/** Builds the framed SVG (in the browser: charts need a document). */
	svg: () => SVGSVGElement;
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

export function abbildungen(d: FaktencheckDaten, k: Kontext): Abbildung[] {
	const fuss = [`Quelle: ${k.manifest.quelle}; Stichtag ${formatStichtag(k.stichtag)}.`, ...(k.manifest.beispieldaten ? [`${k.manifest.hinweis}.`] : [])];
	const fussnoten = [`Stichtag: ${formatStichtag(k.stichtag)}`, `Quelle: ${k.manifest.quelle}`, ...(k.manifest.beispieldaten ? [`Hinweis: ${k.manifest.hinweis}`] : [])];
	const stadt = d.zaehlungen.filter((z) => z.code === GESAMTSTADT);
	const jetzt = stadt.find((z) => z.stichtag === k.stichtag)!;
	const erster = stadt[0];
	const gruppen = (z: typeof jetzt): Record<Status, number> => ({
		deutsch: (z.einwohner ?? 0) - (z.mh ?? 0),
		eingebuergert: z.eingebuergert ?? 0,
		aussiedler: z.aussiedler ?? 0,
		auslaender: z.auslaender ?? 0
	});
	const g = gruppen(jetzt);
	const statusLegende = STATUS.map((s) => ({ farbe: STATUSFARBEN[s], text: STATUS_LABEL[s] }));
	// The figure's number goes into its title, so a downloaded figure still says which one it is.
	let praefix = '';
	const rahmen = (titel: string, inhalt: SVGSVGElement, legende?: { farbe: string; text: string }[], anmerkung?: string | null) =>
		rahme(inhalt, { titel: `${praefix}${titel}`, untertitel: `${k.manifest.stadt}, Stichtag ${formatStichtag(k.stichtag)}`, legende, fuss: anmerkung ? [anmerkung, ...fuss] : fuss });

	const liste: Omit<Abbildung, 'nr'>[] = [];

	liste.push({
		id: 'status',
		titel: 'Bevölkerung nach Migrationsstatus',
		tabelle: { kopf: ['Gruppe', 'Personen', 'Anteil an der Bevölkerung (%)'], zeilen: STATUS.map((s) => [STATUS_LABEL[s], g[s], (100 * g[s]) / (jetzt.einwohner ?? 1)]), stellen: [0, 0, 1], fussnoten },
		saetze: [
			`Von den ${formatWert(jetzt.einwohner, 'anzahl')} Einwohner*innen haben ${formatWert(jetzt.mh, 'anzahl')} einen Migrationshintergrund (${anteil(jetzt.mh ?? 0, jetzt.einwohner ?? 0)}).`,
			`Darunter sind ${formatWert(g.auslaender, 'anzahl')} Ausländer*innen (${anteil(g.auslaender, jetzt.einwohner ?? 0)} der Bevölkerung), ${formatWert(g.eingebuergert, 'anzahl')} Eingebürgerte (${anteil(g.eingebuergert, jetzt.einwohner ?? 0)}) und ${formatWert(g.aussiedler, 'anzahl')} Aussiedler*innen (${anteil(g.aussiedler, jetzt.einwohner ?? 0)}).`
		],
		svg: () =>
			rahmen('Bevölkerung nach Migrationsstatus', balken(STATUS.map((s) => ({ name: STATUS_LABEL[s], wert: g[s], farbe: STATUSFARBEN[s] })), (v) => `${formatWert(v, 'anzahl')} (${anteil(v, jetzt.einwohner ?? 0)})`, '#1d4e89', { links: 230, rechts: 120 }))
	});

	const pyramide = d.alter.filter((a) => a.geschlecht === 'm' || a.geschlecht === 'w').map((a) => ({ ...a, geschlecht: a.geschlecht as 'm' | 'w', anzahl: a.anzahl ?? 0 }));
	const summeWo = (f: (a: (typeof d.alter)[number]) => boolean) => d.alter.filter(f).reduce((s, a) => s + (a.anzahl ?? 0), 0);
	const jung = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) < 18);
	const alt = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) >= 65);
	const alle = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh);
	const ohneMw = summeWo((a) => a.geschlecht !== 'm' && a.geschlecht !== 'w');
	liste.push({
		id: 'alterspyramide',
		titel: 'Altersaufbau nach Migrationsstatus',
		tabelle: { kopf: ['Altersgruppe', 'Geschlecht', 'Gruppe', 'Personen'], zeilen: d.alter.map((a) => [a.altersgruppe, a.geschlecht, STATUS_LABEL[a.status], a.anzahl ?? GESPERRT]), stellen: [0, 0, 0, 0], fussnoten },
		saetze: [
			`Unter den Menschen mit Migrationshintergrund sind ${anteil(jung(true), alle(true))} jünger als 18 Jahre, unter den Deutschen ohne Migrationshintergrund ${anteil(jung(false), alle(false))}.`,
			`65 Jahre und älter sind ${anteil(alt(true), alle(true))} der Menschen mit und ${anteil(alt(false), alle(false))} der Menschen ohne Migrationshintergrund.`,
			...(ohneMw ? [`${formatWert(ohneMw, 'anzahl')} Personen mit dem Geschlechtseintrag „divers“ oder ohne Angabe sind in der Tabelle, nicht in der Pyramide enthalten.`] : [])
		],
		svg: () => rahmen('Altersaufbau nach Migrationsstatus', alterspyramide(pyramide), statusLegende, ungleicheAltersgruppen(ALTERSGRUPPEN))
	});

	const reihe = stadt.flatMap((z) => STATUS.map((s) => ({ x: jahr(z.stichtag), teil: STATUS_LABEL[s], wert: gruppen(z)[s] })));
	liste.push({
		id: 'entwicklung',
		titel: `Entwicklung der Bevölkerung nach Migrationsstatus seit ${jahr(erster.stichtag)}`,
		tabelle: {
			kopf: ['Stichtag', ...STATUS.map((s) => STATUS_REIHE[s]), 'Einwohner*innen', 'Anteil mit Migrationshintergrund (%)'],
			zeilen: stadt.map((z) => [formatStichtag(z.stichtag), ...STATUS.map((s) => gruppen(z)[s]), z.einwohner, (100 * (z.mh ?? 0)) / (z.einwohner ?? 1)]),
			stellen: [0, 0, 0, 0, 0, 0, 1],
			fussnoten
		},
		saetze: [
			entwicklungProzent('Der Anteil der Menschen mit Migrationshintergrund', { stichtag: erster.stichtag, wert: (100 * (erster.mh ?? 0)) / (erster.einwohner ?? 1), ...zaehlung(erster.mh, erster.einwohner) }, { stichtag: jetzt.stichtag, wert: (100 * (jetzt.mh ?? 0)) / (jetzt.einwohner ?? 1), ...zaehlung(jetzt.mh, jetzt.einwohner) }),
			entwicklungAnzahl('Die Zahl der Einwohner*innen', { stichtag: erster.stichtag, wert: erster.einwohner ?? 0 }, { stichtag: jetzt.stichtag, wert: jetzt.einwohner ?? 0 })
		],
		svg: () => rahmen(`Entwicklung der Bevölkerung nach Migrationsstatus seit ${jahr(erster.stichtag)}`, gestapelt(reihe, STATUS.map((s) => ({ name: STATUS_LABEL[s], farbe: STATUSFARBEN[s] }))), statusLegende)
	});

	const zusammen = d.top10.reduce((s, t) => s + (t.anzahl ?? 0), 0);
	liste.push({
		id: 'staatsangehoerigkeiten',
		titel: 'Die zehn häufigsten Staatsangehörigkeiten der Ausländer*innen',
		tabelle: { kopf: ['Rang', 'Staatsangehörigkeit', 'Personen', 'Anteil an den Ausländer*innen (%)'], zeilen: d.top10.map((t, i) => [i + 1, t.name, t.anzahl ?? GESPERRT, t.anteil ?? GESPERRT]), stellen: [0, 0, 0, 1], fussnoten },
		saetze: [
			`Die häufigsten Staatsangehörigkeiten sind ${aufzaehlung(d.top10.slice(0, 5))}.`,
			`Zusammen stellen die zehn häufigsten Staatsangehörigkeiten ${anteil(zusammen, jetzt.auslaender ?? 0)} der Ausländer*innen; insgesamt leben Menschen aus ${formatWert(jetzt.staatsangehoerigkeiten, 'anzahl')} Staaten in der Stadt.`
		],
		svg: () => rahmen('Die zehn häufigsten Staatsangehörigkeiten der Ausländer*innen', balken(d.top10.map((t) => ({ name: t.name, wert: t.anzahl ?? 0 })), (v) => formatWert(v, 'anzahl'), '#E69F00'))
	});

	const namen = [...new Set(d.top5Verlauf.map((r) => r.name))];
	const farben5 = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#56B4E9'];
	const wachstum = namen
		.map((n) => {
			const r = d.top5Verlauf.filter((x) => x.name === n);
			return { name: n, von: r[0], bis: r.at(-1)! };
		})
		.filter((w) => w.von.anzahl !== null && w.bis.anzahl !== null)
		.sort((a, b) => b.bis.anzahl! - b.von.anzahl! - (a.bis.anzahl! - a.von.anzahl!));
	liste.push({
		id: 'top5',
		titel: 'Entwicklung der fünf häufigsten Staatsangehörigkeiten',
		tabelle: {
			kopf: ['Staatsangehörigkeit', ...stadt.map((z) => formatStichtag(z.stichtag))],
			zeilen: namen.map((n) => [n, ...stadt.map((z) => d.top5Verlauf.find((r) => r.name === n && r.stichtag === z.stichtag)?.anzahl ?? null)]),
			stellen: [0, ...stadt.map(() => 0)],
			fussnoten
		},
		saetze: wachstum.length ? [entwicklungAnzahl(`Am stärksten verändert hat sich die Zahl der Menschen mit der Staatsangehörigkeit ${wachstum[0].name}: sie`, { stichtag: wachstum[0].von.stichtag, wert: wachstum[0].von.anzahl! }, { stichtag: wachstum[0].bis.stichtag, wert: wachstum[0].bis.anzahl! })] : [],
		svg: () => rahmen('Entwicklung der fünf häufigsten Staatsangehörigkeiten', linien(d.top5Verlauf.flatMap((r) => (r.anzahl === null ? [] : [{ stichtag: r.stichtag, reihe: r.name, wert: r.anzahl }])), namen.map((n, i) => ({ name: n, farbe: farben5[i % 5] }))))
	});

	const eu = stadt.flatMap((z) => [
		{ x: jahr(z.stichtag), teil: 'EU-Staaten', wert: z.auslaender_eu ?? 0 },
		{ x: jahr(z.stichtag), teil: 'Drittstaaten', wert: z.auslaender_dritt ?? 0 }
	]);
	const euTeile = [{ name: 'EU-Staaten', farbe: '#0072B2' }, { name: 'Drittstaaten', farbe: '#E69F00' }];
	liste.push({
		id: 'eu',
		titel: 'Ausländer*innen aus EU-Staaten und Drittstaaten',
		tabelle: { kopf: ['Stichtag', 'aus EU-Staaten', 'aus Drittstaaten', 'EU-Anteil (%)'], zeilen: stadt.map((z) => [formatStichtag(z.stichtag), z.auslaender_eu, z.auslaender_dritt, (100 * (z.auslaender_eu ?? 0)) / (z.auslaender ?? 1)]), stellen: [0, 0, 0, 1], fussnoten },
		saetze: [
			entwicklungProzent('Der Anteil der EU-Bürger*innen an den Ausländer*innen', { stichtag: erster.stichtag, wert: (100 * (erster.auslaender_eu ?? 0)) / (erster.auslaender ?? 1), ...zaehlung(erster.auslaender_eu, erster.auslaender) }, { stichtag: jetzt.stichtag, wert: (100 * (jetzt.auslaender_eu ?? 0)) / (jetzt.auslaender ?? 1), ...zaehlung(jetzt.auslaender_eu, jetzt.auslaender) }),
			entwicklungAnzahl('Die Zahl der Ausländer*innen aus Drittstaaten', { stichtag: erster.stichtag, wert: erster.auslaender_dritt ?? 0 }, { stichtag: jetzt.stichtag, wert: jetzt.auslaender_dritt ?? 0 })
		],
		svg: () => rahmen('Ausländer*innen aus EU-Staaten und Drittstaaten', gestapelt(eu, euTeile), euTeile.map((t) => ({ farbe: t.farbe, text: t.name })))
	});

	const dauer = AUFENTHALTSDAUER.flatMap((band) => [true, false].map((istEu) => ({ x: band, teil: istEu ? 'EU-Staaten' : 'Drittstaaten', wert: d.aufenthalt.filter((a) => a.aufenthaltsdauer === band && a.eu === istEu).reduce((s, a) => s + (a.anzahl ?? 0), 0) })));
	const dauerSumme = (f: (b: string) => boolean) => dauer.filter((x) => f(x.x)).reduce((s, x) => s + x.wert, 0);
	const dauerGesamt = dauerSumme(() => true);
	liste.push({
		id: 'aufenthalt',
		titel: 'Aufenthaltsdauer der Ausländer*innen im Bundesgebiet',
		tabelle: { kopf: ['Jahre', 'aus EU-Staaten', 'aus Drittstaaten'], zeilen: AUFENTHALTSDAUER.map((b) => [b, ...[true, false].map((e) => dauer.find((x) => x.x === b && x.teil === (e ? 'EU-Staaten' : 'Drittstaaten'))!.wert)]), stellen: [0, 0, 0], fussnoten },
		saetze: [
			`${anteil(dauerSumme((b) => Number.parseInt(b, 10) < 4), dauerGesamt)} der Ausländer*innen (mit bekannter Aufenthaltsdauer) leben seit weniger als 4 Jahren in Deutschland, ${anteil(dauerSumme((b) => Number.parseInt(b, 10) >= 10), dauerGesamt)} seit 10 Jahren und länger.`
		],
		svg: () => rahmen('Aufenthaltsdauer der Ausländer*innen im Bundesgebiet (Jahre)', gestapelt(dauer, euTeile, { xLabel: 'Jahre' }), euTeile.map((t) => ({ farbe: t.farbe, text: t.name })), 'Die Gruppen umfassen unterschiedlich viele Jahre (von einem bis fünf); die Balken sind daher nicht je Jahr vergleichbar.')
	});

	// The maps need the district geometry; without it the report says so instead (see the page).
	for (const id of k.geometrie ? (['auslaender_anteil', 'mh_anteil'] as const) : []) {
		const i = indikator(id)!;
		const werte = werteFuer(k.tabelle, k.stichtag, id);
		const c = choropleth({ indikator: i, stichtag: k.stichtag, basis: null }, werte, { methode: 'jenks', klassen: 5, palette: 'ylgnbu' });
		const bezirke = werte.filter((w) => w.code !== GESAMTSTADT && w.wert !== null).map((w) => ({ name: `${w.code} ${k.bezirkName.get(w.code) ?? ''}`, wert: w.wert! }));
		const g2 = c.klassierung.grenzen;
		const titel = `${i.label} je Stadtbezirk`;
		liste.push({
			id: `karte-${id}`,
			titel,
			tabelle: { kopf: ['Stadtbezirk-Nr.', 'Stadtbezirk', `${i.label} (%)`], zeilen: [...werte.filter((w) => w.code !== GESAMTSTADT).map((w) => [w.code, k.bezirkName.get(w.code) ?? '', w.wert]), ['', 'Gesamtstadt', c.stadtwert]], stellen: [0, 0, 1], fussnoten },
			saetze: [spanneBezirke(`Der ${i.label}`, bezirke, c.stadtwert)],
			svg: () =>
				rahmen(
					titel,
					kartenfigur(k.geometrie!, c.farbeJeBezirk, { beschriftung: beschriftungspunkte(k.geometrie!) }),
					c.farben.map((f, j) => ({ farbe: f, text: `${formatGrenze(g2[j], 'prozent', false)}${j === c.farben.length - 1 ? ' bis ' : ' bis unter '}${formatGrenze(g2[j + 1], 'prozent', false)} %` }))
				)
		});
	}
	const segregation = segregationsfigur(k.tabelle, k.stichtag, fussnoten);
	if (segregation) liste.push({ ...segregation, svg: () => rahmen(segregation.titel, segregation.grafik(), segregation.legende, segregation.anmerkung) });
	return liste.map((a, i) => ({
		...a,
		nr: i + 1,
		svg: () => {
			praefix = `Abb. ${i + 1}: `;
			return a.svg();
		}
	}));
}
