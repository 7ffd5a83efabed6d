/**
 * A figure as one standalone SVG: title and subtitle above the chart, its own legend, and source,
 * Stichtag and notice below, so that a downloaded or printed figure always says what it shows and
 * where it comes from.
 */
import { SCHRIFT } from './stil';

export interface Rahmen {
	titel: string;
	untertitel?: string;
	/** Colour legend entries below the title. */
	legende?: { farbe: string; text: string }[];
	fuss: string[];
}

const NS = 'http://www.w3.org/2000/svg';

function zeilenumbruch(text: string, zeichen: number): string[] {
	const woerter = text.split(' ');
	const zeilen: string[] = [];
	let aktuell = '';
	for (const w of woerter) {
		if ((aktuell + ' ' + w).trim().length > zeichen && aktuell) {
			zeilen.push(aktuell);
			aktuell = w;
		} else aktuell = (aktuell + ' ' + w).trim();
	}
	if (aktuell) zeilen.push(aktuell);
	return zeilen;
}

export function rahme(inhalt: SVGSVGElement, r: Rahmen): SVGSVGElement {
	const breite = Number(inhalt.getAttribute('width')) || 640;
	const hoehe = Number(inhalt.getAttribute('height')) || 400;
	const svg = document.createElementNS(NS, 'svg');
	let y = 0;
	const text = (t: string, groesse: number, gewicht = 400, farbe = '#1a1a1a') => {
		const el = document.createElementNS(NS, 'text');
		y += groesse * 1.35;
		el.setAttribute('x', '8');
		el.setAttribute('y', String(y));
		el.setAttribute('font-size', String(groesse));
		el.setAttribute('font-weight', String(gewicht));
		el.setAttribute('fill', farbe);
		el.textContent = t;
		svg.append(el);
	};
	const hintergrund = document.createElementNS(NS, 'rect');
	svg.append(hintergrund);
	for (const z of zeilenumbruch(r.titel, Math.floor(breite / 10.5))) text(z, 16, 700);
	if (r.untertitel) for (const z of zeilenumbruch(r.untertitel, Math.floor(breite / 7))) text(z, 12, 400, '#3d3d3d');
	if (r.legende?.length) {
		y += 8;
		let x = 8;
		for (const l of r.legende) {
			const feld = document.createElementNS(NS, 'rect');
			Object.entries({ x, y, width: 12, height: 12, fill: l.farbe, stroke: '#555', 'stroke-width': 0.5 }).forEach(([k, v]) => feld.setAttribute(k, String(v)));
			const t = document.createElementNS(NS, 'text');
			Object.entries({ x: x + 16, y: y + 10, 'font-size': 11 }).forEach(([k, v]) => t.setAttribute(k, String(v)));
			t.textContent = l.text;
			svg.append(feld, t);
			x += 24 + l.text.length * 6.2;
			if (x > breite - 120) {
				x = 8;
				y += 16;
			}
		}
		y += 16;
	}
	y += 6;
	inhalt.setAttribute('x', '0');
	inhalt.setAttribute('y', String(y));
	svg.append(inhalt);
	y += hoehe + 4;
	for (const f of r.fuss) for (const z of zeilenumbruch(f, Math.floor(breite / 5.6))) text(z, 10, 400, '#3d3d3d');
	y += 8;
	Object.entries({ width: breite, height: y, fill: '#ffffff' }).forEach(([k, v]) => hintergrund.setAttribute(k, String(v)));
	svg.setAttribute('xmlns', NS);
	svg.setAttribute('width', String(breite));
	svg.setAttribute('height', String(y));
	svg.setAttribute('viewBox', `0 0 ${breite} ${y}`);
	svg.setAttribute('font-family', SCHRIFT);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', r.titel);
	return svg;
}
