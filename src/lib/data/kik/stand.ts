/**
 * Where a KIK measure stands, as the integration office records it after a working group or Fachrunde:
 * status, Umsetzungsgrad, lead and partners, Zielgruppen, districts, dates, linked offers, assessment.
 * The records form an append-only history ("Verlauf"): a change adds a record with its date and author;
 * the current state of a measure is its latest record; earlier states stay as they were.
 */
import type { Zielgruppe } from '../schema';

/** The fixed list of states, in the order of a measure's life. */
export const MASSNAHMENSTATUS = ['nicht begonnen', 'geplant', 'in Vorbereitung', 'laufend', 'umgesetzt', 'dauerhaft etabliert', 'zurückgestellt'] as const;
export type Massnahmenstatus = (typeof MASSNAHMENSTATUS)[number];
/** A measure nobody has recorded a state for. Not a status one can choose. */
export const NICHT_ERFASST = 'nicht erfasst';
export type Statusangabe = Massnahmenstatus | typeof NICHT_ERFASST;
/** States in which a measure reaches people now: the gap analysis counts only these. */
export const WIRKSAM: readonly Massnahmenstatus[] = ['laufend', 'dauerhaft etabliert'];
export const STADTWEIT = 'stadtweit';

export interface Massnahmenstand {
	/** KIK measure id, "SB 2.4". */
	massnahme: string;
	status: Massnahmenstatus;
	/** Per cent 0–100; null = not assessed. */
	umsetzungsgrad: number | null;
	federfuehrung: string;
	partner: string[];
	zielgruppen: Zielgruppe[];
	/** District codes; empty with `stadtweit`. */
	bezirke: string[];
	stadtweit: boolean;
	/** "YYYY-MM-DD" or null. */
	beginn: string | null;
	ende: string | null;
	/** Ids of offers (einrichtung) that carry the measure. */
	angebote: string[];
	bewertung: string;
	bewertetVon: string;
	bewertetAm: string | null;
	/** When and by whom this record was written: the history's key. */
	geaendertAm: string;
	geaendertVon: string;
	/** An invented example state of the default data set. */
	beispiel: boolean;
}

export type Verlauf = readonly Massnahmenstand[];

/** Adds a record; the history before it is returned unchanged inside the new one (never overwritten). */
export function haengeAn(v: Verlauf, eintrag: Massnahmenstand): Verlauf {
	return Object.freeze([...v, Object.freeze({ ...eintrag, partner: [...eintrag.partner], zielgruppen: [...eintrag.zielgruppen], bezirke: [...eintrag.bezirke], angebote: [...eintrag.angebote] })]);
}

/** Records of one measure, oldest first (by date of change; records of the same date in the order written). */
export function verlaufVon(v: Verlauf, massnahme: string): Massnahmenstand[] {
	return v
		.map((e, i) => ({ e, i }))
		.filter(({ e }) => e.massnahme === massnahme)
		.sort((a, b) => a.e.geaendertAm.localeCompare(b.e.geaendertAm) || a.i - b.i)
		.map(({ e }) => e);
}

/**
 * The state of every measure as it was at the end of `datum` ("YYYY-MM-DD"; without: now): its latest
 * record written on or before that day.
 */
export function standAm(v: Verlauf, datum?: string): Map<string, Massnahmenstand> {
	const grenze = datum ? `${datum}\uffff` : null;
	const stand = new Map<string, { e: Massnahmenstand; i: number }>();
	v.forEach((e, i) => {
		if (grenze && e.geaendertAm > grenze) return;
		const bisher = stand.get(e.massnahme);
		if (!bisher || e.geaendertAm > bisher.e.geaendertAm || (e.geaendertAm === bisher.e.geaendertAm && i > bisher.i)) stand.set(e.massnahme, { e, i });
	});
	return new Map([...stand].map(([k, { e }]) => [k, e]));
}

export function statusVon(stand: ReadonlyMap<string, Massnahmenstand>, massnahme: string): Statusangabe {
	return stand.get(massnahme)?.status ?? NICHT_ERFASST;
}

/** Does a measure (in this state) serve the district: named for it, or city-wide. */
export function dientBezirk(e: Massnahmenstand, code: string): boolean {
	return e.stadtweit || e.bezirke.includes(code);
}

/** An empty record for a measure, the form's start when nothing is recorded. */
export function leererStand(massnahme: string): Omit<Massnahmenstand, 'geaendertAm' | 'geaendertVon'> {
	return {
		massnahme,
		status: 'nicht begonnen',
		umsetzungsgrad: null,
		federfuehrung: '',
		partner: [],
		zielgruppen: [],
		bezirke: [],
		stadtweit: true,
		beginn: null,
		ende: null,
		angebote: [],
		bewertung: '',
		bewertetVon: '',
		bewertetAm: null,
		beispiel: false
	};
}
