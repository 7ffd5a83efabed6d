/**
 * Charts as one image for assistive technology. Observable Plot labels its mark groups ("bar", "line")
 * with aria-label on plain <g> elements, which ARIA forbids and which tell a listener nothing; the
 * label moves to data-mark (where tests still find the marks). Given a description, the chart as a
 * whole becomes one named image.
 */
export function alsBild<T extends SVGSVGElement>(svg: T, beschreibung?: string): T {
	for (const el of svg.querySelectorAll('[aria-label]')) {
		el.setAttribute('data-mark', el.getAttribute('aria-label')!);
		el.removeAttribute('aria-label');
	}
	if (beschreibung) {
		svg.setAttribute('role', 'img');
		svg.setAttribute('aria-label', beschreibung);
	}
	return svg;
}
