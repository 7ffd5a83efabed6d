/** Shared look of the charts: German number ticks, the status colours, the font, the size a chart is drawn at. */
import { formatLocale, precisionFixed } from 'd3-format';

const de = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'], minus: '−' });
export const tausender = de.format(',.0f');
/** Percent ticks with as many decimals as their step needs, so 17,5 % and 18 % are not both "18 %". Plot passes all ticks as the third argument. */
export const prozentTick = (p: number, _i?: number, ticks?: readonly number[]) => {
	const schritt = ticks && ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
	return `${de.format(`,.${Math.min(2, precisionFixed(schritt))}f`)(p)} %`;
};

/** The status colours are the groups' colours, which every figure shares (analysis/gruppenfarben). */
export { STATUS_GRUPPENFARBEN as STATUSFARBEN } from '../analysis/gruppenfarben';

export const SCHRIFT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/**
 * The size a chart is drawn at, in the pixels it is shown at: on screen its place's width (so type is never
 * scaled below its size), in downloads the fixed width below, on paper the size it prints at (ui/Papierbild).
 * `hoehe` is what the whole figure may take (a slide, half a page), `schrift` the type size in px.
 */
export interface Masse {
	breite: number;
	hoehe?: number;
	schrift: number;
}
/** Downloads: a width that reads as a page's column. Screen type is never under 12 px (WCAG-minded floor of the layout check). */
export const FEST: Masse = { breite: 640, schrift: 12 };
/** Millimetres on paper in CSS px (96 per inch). */
export const mm = (x: number) => (x / 25.4) * 96;
/** Paper: the width of the publications' A4 text block (210 mm less twice the 14-mm margin of ui/Seitenraender). */
export const PAPIERBREITE = Math.floor(mm(210 - 2 * 14));
export const masse = (m: Partial<Masse> = {}): Masse => ({ ...FEST, ...m, schrift: Math.max(FEST.schrift, m.schrift ?? FEST.schrift) });
export const stilVon = (m: Masse) => ({ fontFamily: SCHRIFT, fontSize: `${m.schrift}px`, background: '#fff' });
/**
 * Plot's `lineWidth` (in its own ems) for a label that must stay within `px`: Plot measures with Helvetica's
 * widths, the fonts a browser falls back to (DejaVu Sans) run up to a fifth wider.
 */
export const zeilenbreiteEm = (px: number, schrift: number) => px / (schrift * 1.2);
