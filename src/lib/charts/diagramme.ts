/**
 * The Faktencheck's chart types as pure functions from prepared data to SVG (Observable Plot):
 * an age pyramid, bars, stacked bars over the Stichtage, and lines. Callers give the data; these
 * functions only draw.
 */
import * as Plot from '@observablehq/plot';
import { ALTERSGRUPPEN, STATUS, STATUS_LABEL, type Status } from '../data/schema';
import { textbreite } from '../analysis/textmass';
import { masse, prozentTick, STATUSFARBEN, stilVon, tausender, zeilenbreiteEm, type Masse } from './stil';
import { alsBild } from './zugaenglich';

const jahr = (stichtag: string) => stichtag.slice(0, 4);
const zeichne = (optionen: Plot.PlotOptions) => alsBild(Plot.plot(optionen) as SVGSVGElement);
const basis = (m: Masse) => ({ width: m.breite, style: stilVon(m) });
const laengste = (texte: readonly string[], px: number) => Math.max(0, ...texte.map((t) => textbreite(t, px)));
/** About one tick per this many px of axis, so 12-px tick labels keep apart. */
const TICKABSTAND = 90;

export const STATUS_FARBSKALA = { domain: STATUS.map((s) => STATUS_LABEL[s]), range: STATUS.map((s) => STATUSFARBEN[s]) };

export interface Pyramidenbalken {
	geschlecht: 'm' | 'w';
	altersgruppe: string;
	status: Status;
	anzahl: number;
}

/** Men to the left, women to the right, each age band stacked by migration status. */
export function alterspyramide(daten: readonly Pyramidenbalken[], groesse: Partial<Masse> = {}): SVGSVGElement {
	const m = masse(groesse);
	const links = Math.ceil(laengste(ALTERSGRUPPEN, m.schrift) + 16);
	return zeichne({
		...basis(m),
		height: Math.max(260, m.hoehe ?? 430),
		marginLeft: links,
		x: { label: '← Männer · Personen · Frauen →', tickFormat: (d: number) => tausender(Math.abs(d)), labelAnchor: 'center', ticks: Math.max(2, Math.floor((m.breite - links) / TICKABSTAND)) },
		y: { domain: [...ALTERSGRUPPEN].reverse(), label: 'Alter', labelAnchor: 'top' },
		color: STATUS_FARBSKALA,
		marks: [
			Plot.barX(
				daten.map((d) => ({ ...d, x: d.geschlecht === 'm' ? -d.anzahl : d.anzahl, gruppe: STATUS_LABEL[d.status] })),
				Plot.stackX({
					x: 'x',
					y: 'altersgruppe',
					fill: 'gruppe',
					order: STATUS.map((s) => STATUS_LABEL[s]),
					// A bar's count on hover: the axis alone does not tell a reader 12 from 13.
					title: (d: Pyramidenbalken & { gruppe: string }) => `${d.gruppe}, ${d.geschlecht === 'm' ? 'Männer' : 'Frauen'}, ${d.altersgruppe}: ${tausender(d.anzahl)}`
				})
			),
			Plot.ruleX([0])
		]
	});
}

/**
 * Horizontal bars with their value written beside them (the ten most frequent citizenships); a bar may bring
 * its own colour. The margins are as wide as the longest name and value need, up to a share of the width;
 * a name longer than that ends in "…" and keeps its full text as a tooltip.
 */
export function balken(daten: readonly { name: string; wert: number; farbe?: string }[], wertText: (v: number) => string, farbe = '#1d4e89', groesse: Partial<Masse> = {}): SVGSVGElement {
	const m = masse(groesse);
	const namen = laengste(daten.map((d) => d.name), m.schrift) + 12;
	const links = Math.ceil(Math.min(namen, m.breite * 0.36));
	// Only a margin cut to its share is too narrow for a name; Plot's own measure must not cut one that fits.
	const namensbreite = namen > links ? zeilenbreiteEm(links - 12, m.schrift) : Infinity;
	const rechts = Math.ceil(Math.min(laengste(daten.map((d) => wertText(d.wert)), m.schrift) + 12, m.breite * 0.32));
	const zeile = Math.max(26, m.schrift * 2);
	return zeichne({
		...basis(m),
		height: m.hoehe ?? 36 + daten.length * zeile,
		marginLeft: links,
		marginRight: rechts,
		x: { label: null, tickFormat: tausender, grid: true, ticks: Math.max(1, Math.floor((m.breite - links - rechts) / TICKABSTAND)) },
		y: { domain: daten.map((d) => d.name), label: null, axis: null },
		marks: [
			Plot.axisY({ label: null, lineWidth: namensbreite, textOverflow: 'ellipsis' }),
			Plot.barX(daten, { x: 'wert', y: 'name', fill: (d: { farbe?: string }) => d.farbe ?? farbe }),
			Plot.text(daten, { x: 'wert', y: 'name', text: (d: { wert: number }) => wertText(d.wert), dx: 4, textAnchor: 'start' }),
			Plot.ruleX([0])
		]
	});
}

/** Bars per category, stacked by a second category with fixed colours; category labels turn aslant where the bars are too narrow for them. */
export function gestapelt(
	daten: readonly { x: string; teil: string; wert: number }[],
	teile: readonly { name: string; farbe: string }[],
	o: { xLabel?: string | null; yLabel?: string; prozent?: boolean } = {},
	groesse: Partial<Masse> = {}
): SVGSVGElement {
	const m = masse(groesse);
	const kategorien = [...new Set(daten.map((d) => d.x))];
	const links = Math.ceil(Math.max(60, textbreite('100.000', m.schrift) + 12));
	const band = (m.breite - links - 20) / Math.max(1, kategorien.length);
	const lang = laengste(kategorien, m.schrift);
	const schraeg = lang > band * 0.9;
	return zeichne({
		...basis(m),
		height: Math.max(220, m.hoehe ?? 340),
		marginLeft: links,
		marginBottom: schraeg ? Math.ceil(lang * 0.72 + m.schrift + 24) : 30 + (o.xLabel ? m.schrift : 0),
		x: { label: o.xLabel ?? null, domain: kategorien, tickRotate: schraeg ? -45 : 0 },
		y: { label: o.yLabel ?? 'Personen', tickFormat: o.prozent ? prozentTick : tausender, grid: true },
		color: { domain: teile.map((t) => t.name), range: teile.map((t) => t.farbe) },
		marks: [Plot.barY(daten, Plot.stackY({ x: 'x', y: 'wert', fill: 'teil', order: teile.map((t) => t.name) })), Plot.ruleY([0])]
	});
}

/** Smallest vertical distance (px) between two end labels, about one line of 12 px type. */
const ZEILE = 12;

/**
 * End labels pushed apart where their lines end close together: positions sorted from the top, each at
 * least one line below the one above, then the block shifted back up if it ran past the bottom.
 */
export function entzerre(ys: readonly number[], unten = Infinity, abstand = ZEILE): number[] {
	const reihenfolge = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	const lage: number[] = [];
	for (const [k, { y }] of reihenfolge.entries()) lage.push(k === 0 ? y : Math.max(y, lage[k - 1] + abstand));
	const ueberstand = Math.max(0, (lage.at(-1) ?? 0) - unten);
	const ergebnis = new Array<number>(ys.length);
	for (const [k, { i }] of reihenfolge.entries()) ergebnis[i] = lage[k] - ueberstand;
	return ergebnis;
}

/**
 * Lines over the Stichtage, one per series, labelled at their end. Year ticks shorten to "’24" and then
 * thin out where the axis is too short for them; an end label longer than its margin ends in "…" with its
 * full text as a tooltip.
 */
export function linien(daten: readonly { stichtag: string; reihe: string; wert: number }[], farben: readonly { name: string; farbe: string }[], o: { prozent?: boolean; hoehe?: number; bereich?: readonly [number, number] } = {}, groesse: Partial<Masse> = {}): SVGSVGElement {
	const m = masse(groesse);
	const letzte = [...new Set(daten.map((d) => d.reihe))].map((r) => daten.filter((d) => d.reihe === r).at(-1)!);
	const jahre = [...new Set(daten.map((d) => jahr(d.stichtag)))];
	const links = Math.ceil(Math.max(50, textbreite(o.prozent ? '100,0 %' : '100.000', m.schrift) + 12));
	const rechts = Math.ceil(Math.min(laengste(letzte.map((d) => d.reihe), m.schrift) + 16, m.breite * 0.3));
	const schritt = (m.breite - links - rechts) / Math.max(1, jahre.length - 1);
	const kurz = schritt < textbreite('2024', m.schrift) + 8;
	const jedes = Math.max(1, Math.ceil((textbreite('’24', m.schrift) + 8) / schritt));
	const x = (d: { stichtag: string }) => jahr(d.stichtag);
	const optionen = {
		...basis(m),
		height: m.hoehe ?? o.hoehe ?? 320,
		marginLeft: links,
		marginRight: rechts,
		x: { label: null, domain: jahre, type: 'point', ticks: jahre.filter((_, i) => (jahre.length - 1 - i) % jedes === 0), tickFormat: kurz ? (j: string) => `’${j.slice(2)}` : undefined },
		y: { label: o.prozent ? '%' : 'Personen', tickFormat: o.prozent ? prozentTick : tausender, grid: true, ...(o.bereich ? { domain: [...o.bereich] } : { zero: !o.prozent }) },
		color: { domain: farben.map((f) => f.name), range: farben.map((f) => f.farbe) }
	} as const;
	const linienUndPunkte = [Plot.lineY(daten, { x, y: 'wert', z: 'reihe', stroke: 'reihe', strokeWidth: 2 }), Plot.dot(daten, { x, y: 'wert', fill: 'reihe', r: 3 })];
	// The scale is only known once drawn: draw without labels, place the labels in pixels, then draw with them.
	const skala = Plot.plot({ ...optionen, marks: linienUndPunkte }).scale('y')!;
	const px = entzerre(letzte.map((d) => skala.apply(d.wert) as number), optionen.height - 30, m.schrift * 1.1);
	const beschriftet = letzte.map((d, i) => ({ ...d, lage: skala.invert!(px[i]) as number }));
	return zeichne({
		...optionen,
		marks: [...linienUndPunkte, Plot.text(beschriftet, { x, y: 'lage', text: 'reihe', dx: 8, textAnchor: 'start', fill: 'reihe', lineWidth: zeilenbreiteEm(rechts - 12, m.schrift), textOverflow: 'ellipsis' })]
	});
}
