/** German number and date formatting (70.787 · 38,2 % · 31.12.2020), used by every view. */
import { formatLocale } from 'd3-format';
import type { Einheit } from '../data/indikatoren';
import { formatiereStichtag } from '../data/laden/stichtag';

const de = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'], minus: '−' });
const ganz = de.format(',.0f');
const eine = de.format(',.1f');
const eineMitVorzeichen = de.format('+,.1f');
const ganzMitVorzeichen = de.format('+,.0f');
const zwei = de.format(',.2f');

export function formatProzent(p: number, decimals: 0 | 1 = 1): string {
	return `${(decimals === 0 ? ganz : eine)(p)} %`;
}

const zweiMitVorzeichen = de.format('+,.2f');

/** The mark official statistics use for a value withheld for confidentiality. */
export const GESPERRT = '•';

/** What "•" means, for a footnote under every table or export that shows one. */
export function GEHEIMHALTUNG_HINWEIS(g: { schwelle: number; mindestEinwohner: number }): string {
	const klein = g.mindestEinwohner > 0 ? `; Anteile von Bezirken unter ${g.mindestEinwohner} Einwohner*innen` : '';
	return `• = geheim gehalten: Zahlen unter ${g.schwelle} und Werte, aus denen sie sich errechnen ließen${klein}. Gesperrt wird über alle verknüpften Tabellen gemeinsam; eine Prüfung mit linearer Optimierung (HiGHS, begrenzte Zahl an Rechenläufen) stellt sicher, dass jeder geprüfte gesperrte Wert zwischen mindestens ${Math.max(g.schwelle, 2)} möglichen ganzen Zahlen bleibt.`;
}

export function formatWert(wert: number | null | undefined, einheit: Einheit, gesperrt: unknown = null): string {
	if (gesperrt) return GESPERRT;
	if (wert === null || wert === undefined || !Number.isFinite(wert)) return 'k. A.';
	if (einheit === 'prozent') return formatProzent(wert);
	if (einheit === 'dichte') return `${ganz(wert)} EW/km²`;
	if (einheit === 'meter') return `${ganz(wert)} m`;
	if (einheit === 'index') return formatIndex(wert);
	return ganz(wert);
}

/** A z-value: two decimals with a sign ("+0,53", "−1,20"); one that rounds to zero carries none. */
export function formatIndex(z: number): string {
	const g = Math.round(z * 100) / 100;
	return g === 0 ? zwei(0) : zweiMitVorzeichen(g);
}

/** A value without its unit, for tables whose header names the unit: shares with %, counts and densities bare. */
export function formatKompakt(wert: number | null | undefined, einheit: Einheit): string {
	if (wert === null || wert === undefined || !Number.isFinite(wert)) return 'k. A.';
	if (einheit === 'index') return formatIndex(wert);
	return einheit === 'prozent' ? formatProzent(wert) : ganz(wert);
}

/** A signed change at the shown precision; one that rounds to zero carries no sign ("0,0", not "−0,0"). */
function mitVorzeichen(delta: number, decimals: 0 | 1): string {
	const gerundet = Math.round(delta * 10 ** decimals) / 10 ** decimals;
	if (gerundet === 0) return (decimals === 0 ? ganz : eine)(0);
	return (decimals === 0 ? ganzMitVorzeichen : eineMitVorzeichen)(gerundet);
}

/** The unit a change is counted in: shares change in percentage points, densities and distances keep theirs. */
const VERAENDERUNGSEINHEIT: Partial<Record<Einheit, string>> = { prozent: 'Pp.', dichte: 'EW/km²', meter: 'm' };

/** Changes carry their sign and their unit ("−27,6 Pp.", "+531 m"; none when `ohneEinheit`, for a column whose header names it). */
export function formatVeraenderung(delta: number | null | undefined, einheit: Einheit, ohneEinheit = false, gesperrt: unknown = null): string {
	if (gesperrt) return GESPERRT;
	if (delta === null || delta === undefined || !Number.isFinite(delta)) return 'k. A.';
	const zahl = mitVorzeichen(delta, einheit === 'prozent' ? 1 : 0);
	const e = VERAENDERUNGSEINHEIT[einheit];
	return e && !ohneEinheit ? `${zahl} ${e}` : zahl;
}

/** The unit a change or deviation of this kind is given in ("Pp.", "EW/km²", "m"); '' for counts and indices. */
export const veraenderungseinheit = (einheit: Einheit): string => VERAENDERUNGSEINHEIT[einheit] ?? '';

/**
 * A label that may break inside its long compounds, where a narrow column (the profile on a phone)
 * would otherwise stretch to the whole word: "Migrations-hintergrund". Soft hyphens only: unseen where
 * the word fits.
 */
export const trennbar = (label: string): string => label.replace(/(?<=\p{L}{3})(hintergrund|angehörigkeit)/gu, '\u00ad$1');

/** A class bound in the legend: one decimal for shares and changes, integers for counts. */
export function formatGrenze(wert: number, einheit: Einheit, veraenderung: boolean): string {
	if (einheit === 'index') return formatIndex(wert);
	const decimals = einheit === 'prozent' ? 1 : 0;
	if (veraenderung) return mitVorzeichen(wert, decimals);
	return (decimals === 1 ? eine : ganz)(wert);
}

/**
 * A German decimal without thousands separators (CSV cells, parameters in running text): `stellen`
 * fixed, or as many as the number has ("1,3"). Rounded as toFixed rounds, like d3-format above, so a
 * value never shows two roundings; with the ASCII minus that spreadsheets read.
 */
export function formatDezimal(x: number, stellen?: number): string {
	return (stellen === undefined ? String(x) : x.toFixed(stellen)).replace('.', ',');
}

export function formatFlaeche(km2: number): string {
	return `${zwei(km2)} km²`;
}

export const formatStichtag = formatiereStichtag;

/** Decimals a value of this unit is shown with (and exported with). */
export function nachkommastellen(einheit: Einheit): number {
	return einheit === 'prozent' ? 1 : einheit === 'index' ? 2 : 0;
}

/** The words for a change whose 95 % interval includes zero, wherever it is marked. */
export const ZUFALLSSCHWANKUNG = 'im Rahmen der Zufallsschwankung';

/** A 95 % interval of a share ("28,4–36,0 %") or of a change ("−1,2 bis +3,4 Pp."); "•" when withheld. */
export function formatIntervall(iv: { unten: number; oben: number } | null | undefined, veraenderung = false, gesperrt: unknown = null): string {
	if (gesperrt) return GESPERRT;
	if (!iv) return 'k. A.';
	return veraenderung ? `${mitVorzeichen(iv.unten, 1)} bis ${mitVorzeichen(iv.oben, 1)} Pp.` : `${eine(iv.unten)}–${formatProzent(iv.oben)}`;
}
