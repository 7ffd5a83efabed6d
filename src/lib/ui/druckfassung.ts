/**
 * The print version of a publication made in the browser: Paged.js lays the page's content out on A4
 * pages on screen, the contents get the page each entry starts on, and then the browser prints exactly
 * those pages. Chromium's own print cannot say on which page a heading lands (it has no
 * `target-counter`), so without this the contents printed from the browser had no page numbers.
 *
 * Paged.js lays out with the screen's media, so the page's print rules are applied as if always on:
 * every `@media print` block is lifted out, screen-only blocks are left out, the page's own stylesheets
 * are switched off while the print version is shown. Leaving it reloads the page.
 */

/** The page's CSS as it prints: print blocks lifted to the top level, screen-only blocks dropped. */
export function druckCss(blaetter: Iterable<CSSStyleSheet>): string {
	const teile: string[] = [];
	const regeln = (liste: CSSRuleList) => {
		for (const r of Array.from(liste)) {
			if (r instanceof CSSMediaRule) {
				const m = r.media.mediaText;
				if (/\bprint\b/.test(m)) regeln(r.cssRules);
				else if (!/\bscreen\b/.test(m)) teile.push(r.cssText);
			} else teile.push(r.cssText);
		}
	};
	for (const b of blaetter) regeln(b.cssRules);
	// Chromium serialises `size: A4` as `a4`; Paged.js knows the sizes only by their upper-case names.
	return teile.join('\n').replace(/(\bsize:\s*)([ab]\d+)\b/g, (_, vor: string, format: string) => vor + format.toUpperCase());
}

// The page's print rules, lifted to apply on screen, hide every button; the bar's own stay visible.
const LEISTE_CSS = `.druckleiste { position: sticky; top: 0; z-index: 10; display: flex; gap: 0.6rem; padding: 0.6rem 1rem; background: #fff; border-bottom: 1px solid #555; font: 16px system-ui, sans-serif; }
.druckleiste button { font: inherit; padding: 0.3rem 0.8rem; min-height: 2.2rem; }
.druckleiste button:focus-visible { outline: 3px solid #005aa0; outline-offset: 2px; }
@media screen { .druckleiste button { display: inline-block !important; } .pagedjs_pages { background: #e8e8e8; padding: 1rem 0; } .pagedjs_page { margin: 0 auto 1rem; background: #fff; box-shadow: 0 0 4px #888; } }
@media print { .druckleiste { display: none; } }`;

/**
 * Lays `quelle` out into pages shown instead of the page, with a bar to print them or go back, and fills
 * every contents entry (`[data-ziel] [data-seite]`, ui/Inhalt.svelte) with the page its target starts on.
 */
export async function zeigeDruckfassung(quelle: HTMLElement): Promise<void> {
	const blaetter = Array.from(document.styleSheets);
	const css = druckCss(blaetter);
	// What the page readies for a print (its paper figures, ui/Papierbild; numbers glued to their units,
	// ui/einheiten) it readies before it is copied: the copy is what prints.
	window.dispatchEvent(new Event('beforeprint'));
	const inhalt = document.createDocumentFragment();
	inhalt.append(quelle.cloneNode(true));
	const ziel = document.createElement('div');
	ziel.className = 'druckfassung';
	ziel.dataset.testid = 'druckfassung';
	const stil = document.createElement('style');
	stil.textContent = LEISTE_CSS;
	const leiste = document.createElement('div');
	leiste.className = 'druckleiste';
	leiste.setAttribute('role', 'toolbar');
	leiste.setAttribute('aria-label', 'Druckfassung');
	const knopf = (text: string, tun: () => void) => {
		const b = document.createElement('button');
		b.type = 'button';
		b.textContent = text;
		b.addEventListener('click', tun);
		leiste.append(b);
		return b;
	};
	const drucken = knopf('Drucken oder als PDF speichern', () => window.print());
	knopf('Zurück zur Ansicht', () => location.reload());
	const seiten = document.createElement('div');
	ziel.append(stil, leiste, seiten);
	for (const b of blaetter) b.disabled = true;
	// The app's root is `display: contents`, which `hidden` would not override.
	for (const k of Array.from(document.body.children)) (k as HTMLElement).style.display = 'none';
	document.body.append(ziel);
	const { Previewer } = await import('pagedjs');
	await new Previewer().preview(inhalt, [{ [location.href]: css }], seiten);
	for (const eintrag of Array.from(seiten.querySelectorAll<HTMLElement>('[data-ziel]'))) {
		const seite = seiten.querySelector(`#${CSS.escape(eintrag.dataset.ziel!)}`)?.closest<HTMLElement>('.pagedjs_page')?.dataset.pageNumber;
		const feld = eintrag.querySelector('[data-seite]');
		if (seite && feld) feld.textContent = seite;
	}
	drucken.focus();
}
