/**
 * For a district's profile: the 95 % interval and the rank span of every share it shows, among all
 * districts at the Stichtag (withheld districts left out, see zaehlungen.ts).
 */
import type { Indikatortabelle } from '../../data/indikatortabelle';
import { intervalleUndRaenge } from './anteilsstatistik';
import type { Rangspanne } from './rangstabilitaet';
import type { Intervall } from './wilson';
import { anteilszaehlungen, istAnteil } from './zaehlungen';

export function profilintervalle(t: Indikatortabelle, stichtag: string, code: string): Map<string, { intervall: Intervall | null; rang: Rangspanne | null }> {
	const aus = new Map<string, { intervall: Intervall | null; rang: Rangspanne | null }>();
	for (const id of t.indikatoren.filter(istAnteil)) {
		const z = anteilszaehlungen(t, stichtag, id);
		const i = z.findIndex((x) => x.code === code);
		if (i < 0) continue;
		const s = intervalleUndRaenge(z)[i];
		aus.set(id, { intervall: s.intervall, rang: s.rang });
	}
	return aus;
}
