/**
 * A generic layout check (issue "Print and meeting grade"): what a reader of any route would see as
 * broken, found from the DOM of the rendered page: sideways scrolling, text cut off by its box, SVG text
 * outside its SVG, text smaller than 12 px (footnotes, marked by `small`, `sup`, `.fussnote` or
 * `[data-fussnote]`, may go to 10 px; paper has its own sizes, `mindestens`). Returns findings as German
 * sentences by kind, empty when the page holds.
 */
import type { Page } from '@playwright/test';

export interface Befunde {
	/** The page scrolls sideways. */
	seitwaerts: string[];
	/** HTML text cut off by its box, or smaller than 12 px (footnotes 10 px). */
	text: string[];
	/** SVG text outside its SVG, or smaller than 12 px as drawn. */
	svg: string[];
}

/** The smallest type allowed, in CSS px: for text, and for footnotes. */
export interface Mindestgroesse {
	text: number;
	fussnote: number;
}
export const BILDSCHIRM: Mindestgroesse = { text: 12, fussnote: 10 };

export async function layoutBefunde(page: Page, mindestens: Mindestgroesse = BILDSCHIRM): Promise<Befunde> {
	return page.evaluate((min) => {
		const px = (x: number) => Math.round(x * 100) / 100;
		const befunde: Befunde = { seitwaerts: [], text: [], svg: [] };
		const name = (e: Element) => {
			const text = (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
			const cls = typeof e.className === 'string' && e.className ? `.${e.className.split(' ')[0]}` : '';
			return `<${e.tagName.toLowerCase()}${cls}> „${text}“`;
		};
		const doc = document.documentElement;
		if (doc.scrollWidth > doc.clientWidth + 1) befunde.seitwaerts.push(`Die Seite scrollt seitwärts (${doc.scrollWidth} px Inhalt auf ${doc.clientWidth} px).`);
		const sichtbar = (e: Element) => {
			const r = e.getBoundingClientRect();
			const s = getComputedStyle(e);
			return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
		};
		const fussnote = (e: Element) => !!e.closest('small, sup, .fussnote, [data-fussnote]');
		const eigenerText = (e: Element) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
		for (const e of document.body.querySelectorAll('*')) {
			if (e.closest('svg, script, style')) continue;
			// A box of 1 px is the screen-reader-only technique (SvelteKit's route announcer, .sr-only).
			if (!eigenerText(e) || !sichtbar(e) || e.getBoundingClientRect().width <= 1) continue;
			const s = getComputedStyle(e);
			const groesse = parseFloat(s.fontSize);
			const grenze = fussnote(e) ? min.fussnote : min.text;
			if (groesse < grenze - 0.01) befunde.text.push(`Text unter ${px(grenze)} px (${groesse} px): ${name(e)}`);
			const schneidet = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
			if (schneidet && e.scrollWidth > e.clientWidth + 1) befunde.text.push(`Text abgeschnitten (${e.scrollWidth} px in ${e.clientWidth} px): ${name(e)}`);
		}
		for (const svg of document.querySelectorAll('svg')) {
			if (!sichtbar(svg) || svg.closest('button, a') || svg.getAttribute('aria-hidden') === 'true' && !svg.querySelector('text')) continue;
			const rahmen = svg.getBoundingClientRect();
			for (const t of svg.querySelectorAll('text')) {
				if (!(t.textContent ?? '').trim()) continue;
				const r = t.getBoundingClientRect();
				if (r.width === 0) continue;
				if (r.left < rahmen.left - 1 || r.right > rahmen.right + 1 || r.top < rahmen.top - 1 || r.bottom > rahmen.bottom + 1) befunde.svg.push(`SVG-Text ragt aus seiner Grafik: „${(t.textContent ?? '').trim().slice(0, 40)}“ (${Math.round(r.left - rahmen.left)}…${Math.round(r.right - rahmen.left)} px in ${Math.round(rahmen.width)} px)`);
				// The scale of the text's transform, also where it is turned (aslant tick labels): the length of its x axis.
				const ctm = t.getScreenCTM();
				const gezeichnet = parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
				const grenze = t.closest('.fussnote, [data-fussnote]') ? min.fussnote : min.text;
				if (gezeichnet < grenze - 0.05) befunde.svg.push(`SVG-Text unter ${px(grenze)} px (${gezeichnet.toFixed(1)} px): „${(t.textContent ?? '').trim().slice(0, 40)}“`);
			}
		}
		return { seitwaerts: befunde.seitwaerts, text: [...new Set(befunde.text)], svg: [...new Set(befunde.svg)] };
	}, mindestens);
}
