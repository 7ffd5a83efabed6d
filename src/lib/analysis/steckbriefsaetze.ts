/**
 * The Steckbrief's sentences about one district, from the protected figures only: a withheld count is
 * never printed, nor a share computed from one, nor a sum of shown parts from which a withheld part would
 * follow by subtraction. In its place the sentence says "•" and why ("keine Angabe wegen Geheimhaltung").
 */
import type { Indikatortabelle } from '../data/indikatortabelle';
import { formatKompakt, formatWert, GESPERRT } from './format';
import { sperreAus, wertAus } from './indikatorwerte';
import { istNeuZugewandert } from '../data/kennzahlregeln';

/** "1.447 Einwohner*innen" for the district's header; the withheld count as "•"; null when the data lack it. */
export function einwohnerAngabe(t: Indikatortabelle, stichtag: string, code: string): string | null {
	if (sperreAus(t, stichtag, 'einwohner', code) === 'wert') return `${GESPERRT} Einwohner*innen (keine Angabe wegen Geheimhaltung)`;
	const n = wertAus(t, stichtag, 'einwohner', code);
	return n === null ? null : `${formatWert(n, 'anzahl')} Einwohner*innen`;
}

/** A district's Ausländer*innen by length of stay, as the view reads them (null = withheld). */
export interface Aufenthaltsteil {
	aufenthaltsdauer: string | null;
	anzahl: number | null;
}

const kurz = (dauer: string | null) => dauer !== null && istNeuZugewandert(dauer);

/**
 * "12,5 % der Ausländer*innen im Bezirk leben seit weniger als 4 Jahren in Deutschland (25 von 200)."
 * With any band withheld, no count and no share: the total less the shown bands, or the short stays less
 * their shown bands, would give the withheld one. Null without any band.
 */
/** `wo`: where they live, as the sentence says it ("im Bezirk", "im Stadtteil"). */
export function aufenthaltImBezirk(teile: readonly Aufenthaltsteil[], wo = 'im Bezirk'): string | null {
	if (!teile.some((x) => x.aufenthaltsdauer !== null)) return null;
	const satz = (wie: string) => `${wie} der Ausländer*innen ${wo} leben seit weniger als 4 Jahren in Deutschland`;
	if (teile.some((x) => x.anzahl === null)) return `${satz(GESPERRT)} (keine Angabe wegen Geheimhaltung: eine der Zahlen ist zu klein, um sie zu zeigen).`;
	const gesamt = teile.reduce((a, x) => a + x.anzahl!, 0);
	const kurze = teile.filter((x) => kurz(x.aufenthaltsdauer)).reduce((a, x) => a + x.anzahl!, 0);
	return `${satz(formatKompakt(gesamt ? (100 * kurze) / gesamt : null, 'prozent'))} (${formatWert(kurze, 'anzahl')} von ${formatWert(gesamt, 'anzahl')}).`;
}
