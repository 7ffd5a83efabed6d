/**
 * What changed between two report dates: measures whose status changed, measures recorded for the
 * first time, and goals whose judgement changed. The states are those at the end of each date, read
 * from the history, so an earlier report can always be reproduced.
 */
import { standAm, type Massnahmenstand, type Statusangabe, type Verlauf } from '../../data/kik/stand';
import type { Urteil } from './zielpfad';
import { codefolge } from '../../data/codefolge';

export interface Statuswechsel {
	massnahme: string;
	vorher: Statusangabe;
	nachher: Statusangabe;
	gradVorher: number | null;
	gradNachher: number | null;
	stand: Massnahmenstand;
}

export interface Urteilswechsel {
	schluessel: string;
	vorher: Urteil;
	nachher: Urteil;
}

export interface Aenderungen {
	von: string;
	bis: string;
	status: Statuswechsel[];
	neu: Massnahmenstand[];
	ziele: Urteilswechsel[];
}

export function aenderungen(v: Verlauf, von: string, bis: string, urteileVon: ReadonlyMap<string, Urteil> = new Map(), urteileBis: ReadonlyMap<string, Urteil> = new Map()): Aenderungen {
	const vorher = standAm(v, von);
	const nachher = standAm(v, bis);
	const status: Statuswechsel[] = [];
	const neu: Massnahmenstand[] = [];
	for (const [id, e] of nachher) {
		const alt = vorher.get(id);
		if (!alt) neu.push(e);
		else if (alt.status !== e.status) status.push({ massnahme: id, vorher: alt.status, nachher: e.status, gradVorher: alt.umsetzungsgrad, gradNachher: e.umsetzungsgrad, stand: e });
	}
	const ordne = (a: { massnahme: string }, b: { massnahme: string }) => codefolge(a.massnahme, b.massnahme);
	const ziele: Urteilswechsel[] = [];
	for (const [k, u] of urteileBis) {
		const alt = urteileVon.get(k);
		if (alt !== undefined && alt !== u) ziele.push({ schluessel: k, vorher: alt, nachher: u });
	}
	return { von, bis, status: status.sort(ordne), neu: neu.sort(ordne), ziele };
}
