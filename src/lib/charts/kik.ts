/**
 * The KIK cycle's figures as SVG (Observable Plot): a goal's path from baseline to target with the
 * actual values, the measures by status per Handlungsfeld, and the map of running measures per
 * district with the gaps outlined. Pure functions from prepared data; the callers add captions.
 */
import * as Plot from '@observablehq/plot';
import rewind from '@turf/rewind';
import type { Bezirksgeometrie } from '../data/laden/geometrie';
import type { Messwert } from '../data/kik/ziel';
import type { Statusangabe } from '../data/kik/stand';
import { HANDLUNGSFELDER, type Handlungsfeld } from '../data/schema';
import type { Statuszeile } from '../analysis/kik/uebersicht';
import { STATUS_FARBE } from '../analysis/kik/darstellung';
import type { Beschriftungspunkt } from '../analysis/beschriftung';
import { BREITE, SCHRIFT } from './stil';
import { alsBild } from './zugaenglich';

const basis = { style: { fontFamily: SCHRIFT, fontSize: '11px', background: '#fff' } } as const;
const datum = (s: string) => new Date(`${s.slice(0, 10)}T00:00:00Z`);
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

export function zielpfadFigur(o: { pfad: [Messwert, Messwert] | null; werte: readonly Messwert[]; prozent: boolean; beschreibung: string; breite?: number; hoehe?: number }): SVGSVGElement {
	const einheit = (v: number) => `${de.format(v)}${o.prozent ? ' %' : ''}`;
	const alle = [...(o.pfad ?? []), ...o.werte];
	const ys = alle.map((m) => m.wert);
	const unten = Math.min(0, ...ys);
	const oben = Math.max(...ys, 1) * 1.1;
	return alsBild(
		Plot.plot({
			...basis,
			width: o.breite ?? 420,
			height: o.hoehe ?? 220,
			marginLeft: 50,
			marginRight: 20,
			x: { type: 'utc', label: null, ticks: 5 },
			y: { domain: [unten, oben], label: null, grid: true, tickFormat: einheit },
			marks: [
				...(o.pfad
					? [
							Plot.line(o.pfad.map((m) => ({ x: datum(m.stichtag), y: m.wert })), { x: 'x', y: 'y', stroke: '#555', strokeDasharray: '5 4', strokeWidth: 1.5 }),
							Plot.dot([o.pfad[0]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', r: 5, fill: '#fff', stroke: '#111', strokeWidth: 1.5 }),
							Plot.dot([o.pfad[1]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', r: 6, symbol: 'star', fill: '#111' }),
							Plot.text([o.pfad[0]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', text: () => 'Ausgangswert', dy: -12, textAnchor: 'start' }),
							Plot.text([o.pfad[1]], { x: (m: Messwert) => datum(m.stichtag), y: 'wert', text: (m: Messwert) => `Ziel ${m.stichtag.slice(0, 4)}: ${einheit(m.wert)}`, dy: -12, textAnchor: 'end' })
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

export function statusFigur(zeilen: readonly Statuszeile[], reihenfolge: readonly Statusangabe[], beschreibung: string): SVGSVGElement {
	const daten = zeilen.flatMap((z) => reihenfolge.map((s) => ({ feld: HANDLUNGSFELDER[z.handlungsfeld as Handlungsfeld], status: s, anzahl: z.anzahl[s] }))).filter((d) => d.anzahl > 0);
	return alsBild(
		Plot.plot({
			...basis,
			width: BREITE,
			height: 60 + zeilen.length * 34,
			marginLeft: 190,
			x: { label: 'Maßnahmen', grid: true },
			y: { domain: zeilen.map((z) => HANDLUNGSFELDER[z.handlungsfeld as Handlungsfeld]), label: null },
			color: { domain: [...reihenfolge], range: reihenfolge.map((s) => STATUS_FARBE[s]), legend: false },
			marks: [
				Plot.barX(daten, Plot.stackX({ x: 'anzahl', y: 'feld', z: 'status', fill: 'status', order: [...reihenfolge], stroke: '#666', strokeWidth: 0.5 })),
				Plot.text(daten, Plot.stackX({ x: 'anzahl', y: 'feld', z: 'status', text: (d: { anzahl: number }) => (d.anzahl >= 3 ? String(d.anzahl) : ''), order: [...reihenfolge], fill: '#111' })),
				Plot.ruleX([0])
			]
		}) as SVGSVGElement,
		beschreibung
	);
}

const gedreht = new WeakMap<Bezirksgeometrie, Bezirksgeometrie>();
function fuerD3(g: Bezirksgeometrie): Bezirksgeometrie {
	let d = gedreht.get(g);
	if (!d) gedreht.set(g, (d = rewind(g, { reverse: true }) as Bezirksgeometrie));
	return d;
}

/** Districts coloured by their value; districts with a gap drawn with a thick dark outline. */
export function lueckenkarte(geometrie: Bezirksgeometrie, farben: ReadonlyMap<string, string>, luecken: ReadonlySet<string>, o: { beschriftung?: readonly Beschriftungspunkt[]; beschreibung: string; breite?: number }): SVGSVGElement {
	const g = fuerD3(geometrie);
	const breite = o.breite ?? 420;
	return alsBild(
		Plot.plot({
			...basis,
			width: breite,
			height: breite,
			projection: { type: 'mercator', domain: g },
			marks: [
				Plot.geo(g.features, { fill: (f: Bezirksgeometrie['features'][number]) => farben.get(f.properties.code) ?? '#d9d9d9', stroke: '#fff', strokeWidth: 0.8 }),
				Plot.geo(g.features.filter((f) => luecken.has(f.properties.code)), { fill: 'none', stroke: '#111', strokeWidth: 2.5 }),
				...(o.beschriftung
					? [Plot.text(o.beschriftung, { x: (p: Beschriftungspunkt) => p.position[0], y: (p: Beschriftungspunkt) => p.position[1], text: (p: Beschriftungspunkt) => (luecken.has(p.code) ? `${p.code}!` : p.code), fontSize: 9, fontWeight: 600, stroke: '#fff', strokeWidth: 2.5, fill: '#111' })]
					: [])
			]
		}) as SVGSVGElement,
		o.beschreibung
	);
}
