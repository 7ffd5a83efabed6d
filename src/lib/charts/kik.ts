/**
 * The KIK cycle's figures as SVG (Observable Plot): a goal's path from baseline to target with the
 * actual values, the measures by status per Handlungsfeld, and the map of running measures per
 * district with the gaps outlined. Pure functions from prepared data; the callers add captions.
 */
import * as Plot from '@observablehq/plot';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import type { Messwert } from '../data/kik/ziel';
import type { Statusangabe } from '../data/kik/stand';
import { HANDLUNGSFELDER, type Handlungsfeld } from '../data/schema';
import type { Statuszeile } from '../analysis/kik/uebersicht';
import { STATUS_FARBE } from '../analysis/kik/darstellung';
import type { Beschriftungspunkt } from '../analysis/beschriftung';
import { textbreite } from '../analysis/textmass';
import { beschriftungsMarke, gedreht } from './kartenfigur';
import { masse, stilVon, zeilenbreiteEm, type Masse } from './stil';
import { alsBild } from './zugaenglich';

const datum = (s: string) => new Date(`${s.slice(0, 10)}T00:00:00Z`);
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const monat = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** German date ticks: the year alone on New Year's Day (where yearly ticks fall), else month and year. */
const datumsTick = (d: Date) => (d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? String(d.getUTCFullYear()) : monat.format(d));

export function zielpfadFigur(o: { pfad: [Messwert, Messwert] | null; werte: readonly Messwert[]; prozent: boolean; beschreibung: string }, groesse: Partial<Masse> = {}): SVGSVGElement {
	const m = masse({ breite: 420, ...groesse });
	const einheit = (v: number) => `${de.format(v)}${o.prozent ? ' %' : ''}`;
	const alle = [...(o.pfad ?? []), ...o.werte];
	const ys = alle.map((w) => w.wert);
	const unten = Math.min(0, ...ys);
	const oben = Math.max(...ys, 1) * 1.1;
	const links = Math.ceil(textbreite(einheit(oben), m.schrift) + 12);
	// Room for the start and goal labels, written beside their points, inside the drawing.
	const ziel = o.pfad ? `Ziel ${o.pfad[1].stichtag.slice(0, 4)}: ${einheit(o.pfad[1].wert)}` : '';
	return alsBild(
		Plot.plot({
			width: m.breite,
			style: stilVon(m),
			height: m.hoehe ?? 220,
			marginLeft: links,
			marginRight: 20,
			insetLeft: 8,
			insetRight: 8,
			x: { type: 'utc', label: null, ticks: Math.max(2, Math.floor((m.breite - links - 20) / 80)), tickFormat: datumsTick },
			y: { domain: [unten, oben], label: null, grid: true, tickFormat: einheit },
			marks: [
				...(o.pfad
					? [
							Plot.line(o.pfad.map((m) => ({ x: datum(m.stichtag), y: m.wert })), { x: 'x', y: 'y', stroke: '#555', strokeDasharray: '5 4', strokeWidth: 1.5 }),
							Plot.dot([o.pfad[0]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', r: 5, fill: '#fff', stroke: '#111', strokeWidth: 1.5 }),
							Plot.dot([o.pfad[1]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', r: 6, symbol: 'star', fill: '#111' }),
							Plot.text([o.pfad[0]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', text: () => 'Ausgangswert', dy: -m.schrift, textAnchor: 'start' }),
							Plot.text([o.pfad[1]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', text: () => ziel, dy: -m.schrift, textAnchor: 'end' })
						]
					: []),
				Plot.line(o.werte.map((m) => ({ x: datum(m.stichtag), y: m.wert })), { x: 'x', y: 'y', stroke: '#1d4e89', strokeWidth: 2 }),
				Plot.dot(o.werte, { x: (m: Messwert) => datum(m.stichtag), y: 'wert', r: 3.5, fill: '#1d4e89' })
			]
		}) as SVGSVGElement,
		o.beschreibung
	);
}

/** Legend entries for the goal chart (drawn in HTML beside it). */
export const ZIELPFAD_LEGENDE = [
	{ zeichen: '○', text: 'Ausgangswert' },
	{ zeichen: '- - -', text: 'Zielpfad (linear)' },
	{ zeichen: '★', text: 'Zielwert' },
	{ zeichen: '●', text: 'Istwerte je Stichtag' }
];

/** Handlungsfeld names wrap onto two lines where the width is short, rather than shrink. */
export function statusFigur(zeilen: readonly Statuszeile[], reihenfolge: readonly Statusangabe[], beschreibung: string, groesse: Partial<Masse> = {}): SVGSVGElement {
	const m = masse(groesse);
	const links = Math.ceil(Math.min(190, m.breite * 0.42));
	const daten = zeilen.flatMap((z) => reihenfolge.map((s) => ({ feld: HANDLUNGSFELDER[z.handlungsfeld as Handlungsfeld], status: s, anzahl: z.anzahl[s] }))).filter((d) => d.anzahl > 0);
	return alsBild(
		Plot.plot({
			width: m.breite,
			style: stilVon(m),
			height: 60 + zeilen.length * Math.max(34, m.schrift * 3),
			marginLeft: links,
			x: { label: 'Maßnahmen', grid: true, ticks: Math.max(2, Math.floor((m.breite - links) / 80)) },
			y: { domain: zeilen.map((z) => HANDLUNGSFELDER[z.handlungsfeld as Handlungsfeld]), label: null, axis: null },
			color: { domain: [...reihenfolge], range: reihenfolge.map((s) => STATUS_FARBE[s]), legend: false },
			marks: [
				Plot.axisY({ label: null, lineWidth: zeilenbreiteEm(links - 12, m.schrift) }),
				Plot.barX(daten, Plot.stackX({ x: 'anzahl', y: 'feld', z: 'status', fill: 'status', order: [...reihenfolge], stroke: '#666', strokeWidth: 0.5 })),
				Plot.text(daten, Plot.stackX({ x: 'anzahl', y: 'feld', z: 'status', text: (d: { anzahl: number }) => (d.anzahl >= 3 ? String(d.anzahl) : ''), order: [...reihenfolge], fill: '#111' })),
				Plot.ruleX([0])
			]
		}) as SVGSVGElement,
		beschreibung
	);
}

/** Districts coloured by their value; districts with a gap drawn with a thick dark outline. */
export function lueckenkarte(geometrie: Bezirksgeometrie, farben: ReadonlyMap<string, string>, luecken: ReadonlySet<string>, o: { beschriftung?: readonly Beschriftungspunkt[]; beschreibung: string }, groesse: Partial<Masse> = {}): SVGSVGElement {
	const g = gedreht(geometrie);
	const m = masse({ breite: 420, ...groesse });
	return alsBild(
		Plot.plot({
			width: m.breite,
			height: m.breite,
			style: stilVon(m),
			projection: { type: 'mercator', domain: g },
			marks: [
				Plot.geo(g.features, { fill: (f: Bezirksgeometrie['features'][number]) => farben.get(f.properties.code) ?? '#d9d9d9', stroke: '#fff', strokeWidth: 0.8 }),
				Plot.geo(g.features.filter((f) => luecken.has(f.properties.code)), { fill: 'none', stroke: '#111', strokeWidth: 2.5 }),
				...(o.beschriftung
					? [beschriftungsMarke(geometrie, o.beschriftung, (p) => (luecken.has(p.code) ? `${p.code}!` : p.code), { ...m, hoehe: m.breite })]
					: [])
			]
		}) as SVGSVGElement,
		o.beschreibung
	);
}
