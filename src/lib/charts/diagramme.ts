/**
 * The Faktencheck's chart types as pure functions from prepared data to SVG (Observable Plot):
 * an age pyramid, bars, stacked bars over the Stichtage, and lines. Callers give the data; these
 * functions only draw.
 */
import * as Plot from '@observablehq/plot';
import { ALTERSGRUPPEN, STATUS, STATUS_LABEL, type Status } from '../data/schema';
import { BREITE, prozentTick, SCHRIFT, STATUSFARBEN, tausender } from './stil';
import { alsBild } from './zugaenglich';

const basis = { width: BREITE, style: { fontFamily: SCHRIFT, fontSize: '11px', background: '#fff' } } as const;
const jahr = (stichtag: string) => stichtag.slice(0, 4);
const zeichne = (optionen: Plot.PlotOptions) => alsBild(Plot.plot(optionen) as SVGSVGElement);

export const STATUS_FARBSKALA = { domain: STATUS.map((s) => STATUS_LABEL[s]), range: STATUS.map((s) => STATUSFARBEN[s]) };

export interface Pyramidenbalken {
	geschlecht: 'm' | 'w';
	altersgruppe: string;
	status: Status;
	anzahl: number;
}

/** Men to the left, women to the right, each age band stacked by migration status. */
export function alterspyramide(daten: readonly Pyramidenbalken[]): SVGSVGElement {
	return zeichne({
		...basis,
		height: 430,
		marginLeft: 50,
		x: { label: '← Männer · Personen · Frauen →', tickFormat: (d: number) => tausender(Math.abs(d)), labelAnchor: 'center' },
		y: { domain: [...ALTERSGRUPPEN].reverse(), label: 'Alter', labelAnchor: 'top' },
		color: STATUS_FARBSKALA,
		marks: [
			Plot.barX(
				daten.map((d) => ({ ...d, x: d.geschlecht === 'm' ? -d.anzahl : d.anzahl, gruppe: STATUS_LABEL[d.status] })),
				Plot.stackX({ x: 'x', y: 'altersgruppe', fill: 'gruppe', order: STATUS.map((s) => STATUS_LABEL[s]) })
			),
			Plot.ruleX([0])
		]
	});
}

/** Horizontal bars with their value written beside them (the ten most frequent citizenships); a bar may bring its own colour. */
export function balken(
	daten: readonly { name: string; wert: number; farbe?: string }[],
	wertText: (v: number) => string,
	farbe = '#1d4e89',
	rand: { links?: number; rechts?: number } = {}
): SVGSVGElement {
	return zeichne({
		...basis,
		height: 36 + daten.length * 26,
		marginLeft: rand.links ?? 150,
		marginRight: rand.rechts ?? 80,
		x: { label: null, tickFormat: tausender, grid: true },
		y: { domain: daten.map((d) => d.name), label: null },
		marks: [
			Plot.barX(daten, { x: 'wert', y: 'name', fill: (d: { farbe?: string }) => d.farbe ?? farbe }),
			Plot.text(daten, { x: 'wert', y: 'name', text: (d: { wert: number }) => wertText(d.wert), dx: 4, textAnchor: 'start' }),
			Plot.ruleX([0])
		]
	});
}

/** Bars per category, stacked by a second category with fixed colours. */
export function gestapelt(
	daten: readonly { x: string; teil: string; wert: number }[],
	teile: readonly { name: string; farbe: string }[],
	o: { xLabel?: string | null; yLabel?: string; prozent?: boolean } = {}
): SVGSVGElement {
	return zeichne({
		...basis,
		height: 340,
		marginLeft: 60,
		x: { label: o.xLabel ?? null, domain: [...new Set(daten.map((d) => d.x))] },
		y: { label: o.yLabel ?? 'Personen', tickFormat: o.prozent ? prozentTick : tausender, grid: true },
		color: { domain: teile.map((t) => t.name), range: teile.map((t) => t.farbe) },
		marks: [Plot.barY(daten, Plot.stackY({ x: 'x', y: 'wert', fill: 'teil', order: teile.map((t) => t.name) })), Plot.ruleY([0])]
	});
}

/** Smallest vertical distance (px) between two end labels, about one line of 11 px type. */
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

/** Lines over the Stichtage, one per series, labelled at their end. */
export function linien(daten: readonly { stichtag: string; reihe: string; wert: number }[], farben: readonly { name: string; farbe: string }[], o: { prozent?: boolean; hoehe?: number; breite?: number } = {}): SVGSVGElement {
	const letzte = [...new Set(daten.map((d) => d.reihe))].map((r) => daten.filter((d) => d.reihe === r).at(-1)!);
	const schmal = (o.breite ?? BREITE) < 400;
	const x = (d: { stichtag: string }) => jahr(d.stichtag);
	const optionen = {
		...basis,
		width: o.breite ?? BREITE,
		height: o.hoehe ?? 320,
		marginLeft: 60,
		marginRight: schmal ? 70 : 110,
		// Small multiples: two-digit years, so the ticks do not run into each other.
		x: { label: null, domain: [...new Set(daten.map((d) => jahr(d.stichtag)))], type: 'point', tickFormat: schmal ? (j: string) => `’${j.slice(2)}` : undefined },
		y: { label: o.prozent ? '%' : 'Personen', tickFormat: o.prozent ? prozentTick : tausender, grid: true, zero: !o.prozent },
		color: { domain: farben.map((f) => f.name), range: farben.map((f) => f.farbe) }
	} as const;
	const linienUndPunkte = [Plot.lineY(daten, { x, y: 'wert', z: 'reihe', stroke: 'reihe', strokeWidth: 2 }), Plot.dot(daten, { x, y: 'wert', fill: 'reihe', r: 3 })];
	// The scale is only known once drawn: draw without labels, place the labels in pixels, then draw with them.
	const skala = Plot.plot({ ...optionen, marks: linienUndPunkte }).scale('y')!;
	const px = entzerre(letzte.map((d) => skala.apply(d.wert) as number), optionen.height - 30);
	const beschriftet = letzte.map((d, i) => ({ ...d, lage: skala.invert!(px[i]) as number }));
	return zeichne({
		...optionen,
		marks: [...linienUndPunkte, Plot.text(beschriftet, { x, y: 'lage', text: 'reihe', dx: 8, textAnchor: 'start', fill: 'reihe' })]
	});
}
