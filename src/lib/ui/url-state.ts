/**
 * The atlas view as URL parameters, so that a copied link reproduces it (Rill's url-state idea).
 * Parsing is forgiving: an unknown or malformed value falls back to the default, never to an error.
 */
import { indikator as findIndikator, STANDARD_INDIKATOR } from '../data/indikatoren';
import { MAX_KLASSEN, METHODEN, MIN_KLASSEN, type Methode } from '../analysis/klassifikation';
import { SEQUENTIELL, type SequentiellePalette } from '../analysis/farben';

export type Darstellung = 'stand' | 'veraenderung';

export interface AtlasAnsicht {
	indikator: string;
	/** ISO date; null = latest Stichtag of the data. */
	stichtag: string | null;
	darstellung: Darstellung;
	methode: Methode;
	klassen: number;
	palette: SequentiellePalette;
	/** Selected Stadtbezirk code, or null. */
	bezirk: string | null;
}

export const STANDARD_ANSICHT: AtlasAnsicht = {
	indikator: STANDARD_INDIKATOR,
	stichtag: null,
	darstellung: 'stand',
	methode: 'jenks',
	klassen: 5,
	palette: 'ylgnbu',
	bezirk: null
};

const KEYS = { indikator: 'i', stichtag: 't', darstellung: 'd', methode: 'k', klassen: 'n', palette: 'p', bezirk: 'b' } as const;

export function leseAnsicht(params: URLSearchParams): AtlasAnsicht {
	const get = (k: keyof typeof KEYS) => params.get(KEYS[k]);
	const i = get('indikator');
	const t = get('stichtag');
	const d = get('darstellung');
	const m = get('methode');
	const n = Number(get('klassen'));
	const p = get('palette');
	const b = get('bezirk');
	return {
		indikator: i && findIndikator(i) ? i : STANDARD_ANSICHT.indikator,
		stichtag: t && /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null,
		darstellung: d === 'veraenderung' ? 'veraenderung' : 'stand',
		methode: METHODEN.includes(m as Methode) ? (m as Methode) : STANDARD_ANSICHT.methode,
		klassen: Number.isInteger(n) && n >= MIN_KLASSEN && n <= MAX_KLASSEN ? n : STANDARD_ANSICHT.klassen,
		palette: p && p in SEQUENTIELL ? (p as SequentiellePalette) : STANDARD_ANSICHT.palette,
		bezirk: b && /^[\p{L}\p{N}_.-]{1,20}$/u.test(b) ? b : null
	};
}

export function schreibeAnsicht(ansicht: AtlasAnsicht): URLSearchParams {
	const params = new URLSearchParams();
	for (const [field, key] of Object.entries(KEYS) as [keyof AtlasAnsicht, string][]) {
		const value = ansicht[field];
		if (value !== null) params.set(key, String(value));
	}
	return params;
}
