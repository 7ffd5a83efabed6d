/**
 * How the KIK cycle's states read and look: colours of the statuses and judgements (Okabe–Ito, always
 * beside their words), and numbers of a key figure in its unit.
 */
import type { Statusangabe } from '../../data/kik/stand';
import type { Urteil } from './zielpfad';
import { formatStichtag } from '../format';

export const STATUS_FARBE: Record<Statusangabe, string> = {
	'nicht begonnen': '#bbbbbb',
	geplant: '#F0E442',
	'in Vorbereitung': '#E69F00',
	laufend: '#56B4E9',
	umgesetzt: '#009E73',
	'dauerhaft etabliert': '#0072B2',
	'zurückgestellt': '#CC79A7',
	'nicht erfasst': '#eeeeee'
};

/**
 * The status words with their syllable breaks (soft hyphens), for a printed table head narrower than a
 * word: Chromium hyphenates German only with a dictionary it may not have.
 */
export const STATUS_TRENNBAR: Record<Statusangabe, string> = {
	'nicht begonnen': 'nicht be\u00adgon\u00adnen',
	geplant: 'ge\u00adplant',
	'in Vorbereitung': 'in Vor\u00adbe\u00adrei\u00adtung',
	laufend: 'lau\u00adfend',
	umgesetzt: 'um\u00adge\u00adsetzt',
	'dauerhaft etabliert': 'dau\u00ader\u00adhaft eta\u00adbliert',
	'zurückgestellt': 'zu\u00adrück\u00adge\u00adstellt',
	'nicht erfasst': 'nicht er\u00adfasst'
};

export const URTEIL_FARBE: Record<Urteil, string> = {
	erreicht: '#0072B2',
	'auf Kurs': '#009E73',
	'nicht auf Kurs': '#D55E00',
	'keine Daten': '#bbbbbb',
	'keine Ausgangsbasis': '#bbbbbb',
	'kein Zielwert': '#bbbbbb',
	'nicht messbar': '#eeeeee'
};

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const zahlVz = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function formatKennwert(wert: number | null | undefined, prozent: boolean): string {
	if (wert === null || wert === undefined || !Number.isFinite(wert)) return 'k. A.';
	return prozent ? `${zahl.format(wert)} %` : zahl.format(wert);
}

/** A change: percentage points for shares. */
export function formatKennaenderung(wert: number | null | undefined, prozent: boolean): string {
	if (wert === null || wert === undefined || !Number.isFinite(wert)) return 'k. A.';
	const g = Math.round(wert * 10) / 10;
	return `${g === 0 ? '0' : zahlVz.format(g)}${prozent ? ' Pp.' : ''}`;
}

/** "2024-05-08T10:00:00Z" or "2024-05-08" → "08.05.2024". */
export const formatTag = (zeit: string | null) => (zeit ? formatStichtag(zeit.slice(0, 10)) : '–');

export const formatGrad = (g: number | null | undefined) => (g === null || g === undefined ? '–' : `${zahl.format(g)} %`);
