/**
 * A figure as one standalone SVG: title and subtitle above the chart, its own legend, and source,
 * Stichtag and notice below, so that a downloaded or printed figure always says what it shows and
 * where it comes from. Lines wrap and legend entries flow onto new rows by their estimated width, so
 * nothing runs past the figure's edge.
 */
import { textbreite } from '../analysis/textmass';
import { masse, SCHRIFT, type Masse } from './stil';

export interface Rahmen {
	titel: string;
	untertitel?: string;
	/** Colour legend entries below the title. */
	legende?: { farbe: string; text: string }[];
	fuss: string[];
}

const NS = 'http://www.w3.org/2000/svg';
const RAND = 8;

function zeilenumbruch(text: string, breite: number, px: number): string[] {
	const zeilen: string[] = [];
	let aktuell = '';
	for (const w of text.split(' ')) {
		const laenger = (aktuell + ' ' + w).trim();
		if (aktuell && textbreite(laenger, px) > breite) {
			zeilen.push(aktuell);
			aktuell = w;
		} else aktuell = laenger;
	}
	if (aktuell) zeilen.push(aktuell);
	return zeilen;
}

/** Frames a drawn chart; `schrift` is the body type size (the title a third larger). */
export function rahme(inhalt: SVGSVGElement, r: Rahmen, schrift = masse().schrift): SVGSVGElement {
	const breite = Number(inhalt.getAttribute('width')) || 640;
	const hoehe = Number(inhalt.getAttribute('height') ?? 400);
	const zeilenbreite = breite - 2 * RAND;
	const svg = document.createElementNS(NS, 'svg');
	let y = 0;
	const setze = (el: Element, attribute: Record<string, string | number>) => Object.entries(attribute).forEach(([k, v]) => el.setAttribute(k, String(v)));
	// `teil` names the frame's parts (title, legend, source) for a check of their type size.
	const text = (t: string, groesse: number, gewicht = 400, farbe = '#1a1a1a', teil = 'titel') => {
		const el = document.createElementNS(NS, 'text');
		y += groesse * 1.35;
		setze(el, { x: RAND, y, 'font-size': groesse, 'font-weight': gewicht, fill: farbe, 'data-teil': teil });
		el.textContent = t;
		svg.append(el);
	};
	const absatz = (t: string, groesse: number, gewicht?: number, farbe?: string, teil?: string) => zeilenumbruch(t, zeilenbreite, groesse).forEach((z) => text(z, groesse, gewicht, farbe, teil));
	const hintergrund = document.createElementNS(NS, 'rect');
	svg.append(hintergrund);
	absatz(r.titel, Math.round(schrift * 4 / 3), 700);
	if (r.untertitel) absatz(r.untertitel, schrift, 400, '#3d3d3d');
	if (r.legende?.length) {
		const feld = schrift;
		const zeile = schrift * 1.5;
		y += 8;
		let x = RAND;
		for (const l of r.legende) {
			const breiteEintrag = feld + 4 + textbreite(l.text, schrift);
			if (x > RAND && x + breiteEintrag > breite - RAND) {
				x = RAND;
				y += zeile;
			}
			const kasten = document.createElementNS(NS, 'rect');
			setze(kasten, { x, y, width: feld, height: feld, fill: l.farbe, stroke: '#555', 'stroke-width': 0.5 });
			const t = document.createElementNS(NS, 'text');
			setze(t, { x: x + feld + 4, y: y + feld * 0.85, 'font-size': schrift, 'data-teil': 'legende' });
			t.textContent = l.text;
			svg.append(kasten, t);
			x += breiteEintrag + schrift;
		}
		y += zeile;
	}
	y += 6;
	inhalt.setAttribute('x', '0');
	inhalt.setAttribute('y', String(y));
	svg.append(inhalt);
	y += hoehe + 4;
	for (const f of r.fuss) absatz(f, schrift, 400, '#3d3d3d', 'fuss');
	y += 8;
	setze(hintergrund, { width: breite, height: y, fill: '#ffffff' });
	setze(svg, { xmlns: NS, width: breite, height: y, viewBox: `0 0 ${breite} ${y}`, 'font-family': SCHRIFT, role: 'img', 'aria-label': r.titel });
	return svg;
}

/**
 * A framed figure at the given size: where a height is given (a slide), the chart gets what title,
 * legend and source leave of it, so the whole figure fits without being scaled down.
 */
export function gerahmt(r: Rahmen, m: Masse, zeichne: (m: Masse) => SVGSVGElement): SVGSVGElement {
	if (m.hoehe === undefined) return rahme(zeichne(m), r, m.schrift);
	const leer = document.createElementNS(NS, 'svg');
	leer.setAttribute('width', String(m.breite));
	leer.setAttribute('height', '0');
	const rand = Number(rahme(leer, r, m.schrift).getAttribute('height'));
	return rahme(zeichne({ ...m, hoehe: Math.max(120, Math.floor(m.hoehe - rand)) }), r, m.schrift);
}

