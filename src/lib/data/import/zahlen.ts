/**
 * Reading one cell the way German statistics write it: "1.234" and "1 234" as thousands, "12,5" as a
 * decimal comma, "12,5 %" as a share, the official suppression marks (".", "-", "x", "•", "/") as
 * "withheld" rather than as errors, and dates as "31.12.2020", "2020-12-31", a bare year or an Excel date.
 */
import type { Zelle } from './rohtabelle';

export const SPERRZEICHEN = ['.', '-', '–', '—', 'x', 'X', '•', '/', '…', '...', '*'];

export type Gelesen<T> = { ok: true; wert: T | null; gesperrt?: boolean } | { ok: false; grund: string };

const leer = (z: Zelle) => z === null || (typeof z === 'string' && z.trim() === '');
export const alsText = (z: Zelle): string => (z === null ? '' : z instanceof Date ? z.toISOString().slice(0, 10) : typeof z === 'number' ? String(z) : String(z).trim());

/** A number in German or international notation; `null` for an empty cell. */
export function leseZahl(z: Zelle): Gelesen<number> {
	if (leer(z)) return { ok: true, wert: null };
	if (typeof z === 'number') return Number.isFinite(z) ? { ok: true, wert: z } : { ok: false, grund: 'ist keine Zahl' };
	const t = alsText(z).replace(/\s*%$/, '').replace(/[\u00a0\u202f ]/g, '');
	if (SPERRZEICHEN.includes(t)) return { ok: true, wert: null, gesperrt: true };
	let normiert: string | null = null;
	if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normiert = t.replaceAll('.', '').replace(',', '.');
	else if (/^[+-]?\d+,\d+$/.test(t)) normiert = t.replace(',', '.');
	else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) normiert = t.replaceAll(',', '');
	else if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) normiert = t;
	if (normiert === null) return { ok: false, grund: 'ist keine Zahl' };
	return { ok: true, wert: Number(normiert) };
}

/**
 * A geographic coordinate in degrees: no degree value has thousands, so one dot or comma is always the
 * decimal mark ("47.713" and "47,713" are 47,713°, not 47 713 as a count would be read).
 */
export function leseGrad(z: Zelle): Gelesen<number> {
	if (typeof z === 'string' && /^\s*[+-]?\d+[.,]\d+\s*$/.test(z)) return { ok: true, wert: Number(z.trim().replace(',', '.')) };
	return leseZahl(z);
}

/** A count: a whole number of 0 or more (or withheld). */
export function leseAnzahl(z: Zelle): Gelesen<number> {
	const r = leseZahl(z);
	if (!r.ok || r.wert === null) return r;
	if (!Number.isInteger(r.wert)) return { ok: false, grund: 'ist keine ganze Zahl' };
	if (r.wert < 0) return { ok: false, grund: 'ist negativ; Anzahlen müssen 0 oder größer sein' };
	return r;
}

/** A share in per cent, 0 to 100. */
export function leseAnteil(z: Zelle): Gelesen<number> {
	const r = leseZahl(z);
	if (!r.ok || r.wert === null) return r;
	if (r.wert < 0) return { ok: false, grund: 'ist ein negativer Anteil' };
	if (r.wert > 100) return { ok: false, grund: 'ist ein Anteil über 100 %' };
	return r;
}

const iso = (j: number, m: number, t: number) => {
	const d = new Date(Date.UTC(j, m - 1, t));
	return d.getUTCFullYear() === j && d.getUTCMonth() === m - 1 && d.getUTCDate() === t ? d.toISOString().slice(0, 10) : null;
};

/** A Stichtag as ISO date; a bare year means its 31 December. */
export function leseStichtag(z: Zelle): Gelesen<string> {
	if (leer(z)) return { ok: true, wert: null };
	if (z instanceof Date) return { ok: true, wert: z.toISOString().slice(0, 10) };
	const t = alsText(z);
	let m = /^(\d{4})$/.exec(t);
	if (m) return { ok: true, wert: `${m[1]}-12-31` };
	m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? null;
	const d = m ? iso(+m[1], +m[2], +m[3]) : (() => {
		const g = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
		return g ? iso(+g[3], +g[2], +g[1]) : null;
	})();
	return d ? { ok: true, wert: d } : { ok: false, grund: 'ist kein gültiges Datum (z. B. 31.12.2020 oder 2020-12-31)' };
}

/** A yes/no cell: ja/nein, true/false, 1/0, x/leer. */
export function leseWahrheit(z: Zelle): Gelesen<boolean> {
	if (leer(z)) return { ok: true, wert: null };
	if (typeof z === 'boolean') return { ok: true, wert: z };
	const t = alsText(z).toLowerCase();
	if (['ja', 'j', 'true', 'wahr', '1', 'x', 'y', 'yes'].includes(t)) return { ok: true, wert: true };
	if (['nein', 'n', 'false', 'falsch', '0', 'no'].includes(t)) return { ok: true, wert: false };
	return { ok: false, grund: 'ist weder ja noch nein (erlaubt: ja/nein, true/false, 1/0)' };
}

/** A district code as written; a number from Excel without its ".0". */
export function leseCode(z: Zelle): string {
	if (typeof z === 'number' && Number.isInteger(z)) return String(z);
	return alsText(z);
}
