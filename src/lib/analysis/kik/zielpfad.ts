/**
 * Is a goal on track? The rule, stated wherever a judgement is shown (REGEL): the target path is the
 * straight line from the baseline (value at its Stichtag) to the target value at 31 December of the
 * target year. The goal's latest value after the baseline is compared with the path at that value's
 * Stichtag: at or beyond the target value it is "erreicht"; at or beyond the path "auf Kurs";
 * behind it "nicht auf Kurs". "Beyond" follows the goal's direction (rising or falling).
 */
import { linearRegression } from 'simple-statistics';
import type { Messwert, Richtung } from '../../data/kik/ziel';

export const URTEILE = ['erreicht', 'auf Kurs', 'nicht auf Kurs', 'keine Daten', 'keine Ausgangsbasis', 'kein Zielwert', 'nicht messbar'] as const;
export type Urteil = (typeof URTEILE)[number];

export const REGEL =
	'Zielpfad: die Gerade vom Ausgangswert am Ausgangsstichtag zum Zielwert am 31.12. des Zieljahres. Verglichen wird der jüngste Wert nach dem Ausgangsstichtag mit dem Pfad an seinem Stichtag: Zielwert erreicht oder überschritten = „erreicht“; Pfad erreicht oder überschritten = „auf Kurs“; dahinter = „nicht auf Kurs“ (bei fallender Richtung jeweils unterschritten). Ohne Wert nach dem Ausgangsstichtag: „keine Daten“; ohne Ausgangswert: „keine Ausgangsbasis“.';

export interface Zielvorgabe {
	messbar: boolean;
	ausgangswert: number | null;
	ausgangsStichtag: string | null;
	zielwert: number | null;
	zieljahr: number | null;
	richtung: Richtung;
}

export interface Beurteilung {
	urteil: Urteil;
	/** The latest value the judgement rests on. */
	ist: Messwert | null;
	/** The path's value at that Stichtag. */
	soll: number | null;
	/** Target value − latest value: what is still to go (negative when a rising goal is exceeded). */
	abstand: number | null;
	/** Change per year since the baseline (least squares over baseline and values). */
	trendJeJahr: number | null;
	/** Change per year the path asks for. */
	pfadJeJahr: number | null;
	/** Baseline and target as the path's two ends. */
	pfad: [Messwert, Messwert] | null;
}

const JAHR_MS = 365.25 * 24 * 3600 * 1000;
const jahre = (von: string, bis: string) => (Date.parse(bis) - Date.parse(von)) / JAHR_MS;
/** Values are compared with this slack, so a value equal to the path up to rounding counts as on it. */
const EPS = 1e-9;

export const zieldatum = (jahr: number) => `${jahr}-12-31`;

/** The path's value at a Stichtag (held at the target value after the target date). */
export function pfadwert(v: Zielvorgabe, stichtag: string): number | null {
	if (v.ausgangswert === null || !v.ausgangsStichtag || v.zielwert === null || v.zieljahr === null) return null;
	const gesamt = jahres(v);
	const anteil = Math.min(1, Math.max(0, jahre(v.ausgangsStichtag, stichtag) / gesamt));
	return v.ausgangswert + (v.zielwert - v.ausgangswert) * anteil;
}
const jahres = (v: Zielvorgabe) => jahre(v.ausgangsStichtag!, zieldatum(v.zieljahr!));

/** `bis`: judge as of that date, with only the values known then. */
export function beurteile(v: Zielvorgabe, reihe: readonly Messwert[], bis?: string): Beurteilung {
	const leer = { ist: null, soll: null, abstand: null, trendJeJahr: null, pfadJeJahr: null, pfad: null };
	if (!v.messbar) return { urteil: 'nicht messbar', ...leer };
	if (v.ausgangswert === null || !v.ausgangsStichtag) return { urteil: 'keine Ausgangsbasis', ...leer };
	if (v.zielwert === null || v.zieljahr === null) return { urteil: 'kein Zielwert', ...leer };
	const basis = { stichtag: v.ausgangsStichtag, wert: v.ausgangswert };
	const pfad: [Messwert, Messwert] = [basis, { stichtag: zieldatum(v.zieljahr), wert: v.zielwert }];
	const pfadJeJahr = (v.zielwert - v.ausgangswert) / jahres(v);
	const danach = reihe.filter((m) => m.stichtag > v.ausgangsStichtag! && (!bis || m.stichtag <= bis)).sort((a, b) => a.stichtag.localeCompare(b.stichtag));
	const ist = danach.at(-1) ?? null;
	if (!ist) return { ...leer, urteil: 'keine Daten', pfad, pfadJeJahr };
	const soll = pfadwert(v, ist.stichtag)!;
	const punkte = [basis, ...danach].map((m) => [jahre(basis.stichtag, m.stichtag), m.wert]);
	const trendJeJahr = linearRegression(punkte).m;
	const vorzeichen = v.richtung === 'steigend' ? 1 : -1;
	const urteil: Urteil = vorzeichen * (ist.wert - v.zielwert) >= -EPS ? 'erreicht' : vorzeichen * (ist.wert - soll) >= -EPS ? 'auf Kurs' : 'nicht auf Kurs';
	return { urteil, ist, soll, abstand: v.zielwert - ist.wert, trendJeJahr, pfadJeJahr, pfad };
}
