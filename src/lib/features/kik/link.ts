/**
 * The KIK pages' links: the measures' filters and the open measure, and the status report's day and the
 * day it compares with. Earlier links named the measure `m` and the Zielgruppe `gruppe`; the atlas's
 * names for the same things (`mn`, `zg`) are used now, and the old ones still read.
 */
import { CODE_MUSTER, HANDLUNGSFELD_CODES, MASSNAHME_MUSTER, ZIELGRUPPEN } from '../../data/schema';
import { STATUSANGABEN } from '../../analysis/kik/uebersicht';
import type { UrlLeser, UrlSeite } from '../../ui/url';

export interface MassnahmenLink {
	/** '' = all. */
	handlungsfeld: string;
	status: string;
	bezirk: string;
	akteur: string;
	zielgruppe: string;
	/** The measure whose form is open. */
	massnahme: string | null;
}

/** No filter, no measure open: the page as the header opens it. */
export const ALLE_MASSNAHMEN: MassnahmenLink = { handlungsfeld: '', status: '', bezirk: '', akteur: '', zielgruppe: '', massnahme: null };

const ALLE = 'alle';
const eines = (u: UrlLeser, schluessel: string, erlaubt: readonly string[], was: string) => u.wahl(schluessel, ['', ...erlaubt], '', was, () => ALLE);

export const MASSNAHMEN_URL: UrlSeite<MassnahmenLink> = {
	pfad: '/massnahmen',
	schluessel: { hf: 'Handlungsfeld', status: 'Umsetzungsstatus', b: 'Stadtbezirk', akteur: 'Akteur*in', zg: 'Zielgruppe', mn: 'Maßnahme' },
	frueher: { gruppe: 'zg', m: 'mn' },
	lese: (u) => ({
		handlungsfeld: eines(u, 'hf', HANDLUNGSFELD_CODES, 'Handlungsfeld'),
		status: eines(u, 'status', STATUSANGABEN, 'Status'),
		bezirk: u.muster('b', new RegExp(CODE_MUSTER), 'Stadtbezirk', ALLE) ?? '',
		// Any name: it is only compared with the recorded ones.
		akteur: u.params.get('akteur') ?? '',
		zielgruppe: eines(u, 'zg', ZIELGRUPPEN.filter((g) => g !== 'alle'), 'Zielgruppe'),
		massnahme: u.muster('mn', new RegExp(MASSNAHME_MUSTER), 'Maßnahme', 'keine geöffnet')
	}),
	schreibe: (w) => [
		['hf', w.handlungsfeld || null],
		['status', w.status || null],
		['b', w.bezirk || null],
		['akteur', w.akteur || null],
		['zg', w.zielgruppe || null],
		['mn', w.massnahme]
	]
};

export interface StatusberichtLink {
	/** The report's day (ISO); the page starts with today. */
	stichtag: string | null;
	/** The day the changes are counted from; null = the last day with records before. */
	seit: string | null;
}

export const STATUSBERICHT_URL: UrlSeite<StatusberichtLink> = {
	pfad: '/statusbericht',
	schluessel: { stichtag: 'Berichtstag', seit: 'Änderungen seit' },
	lese: (u) => ({ stichtag: u.datum('stichtag', 'Berichtstag', 'heute'), seit: u.datum('seit', 'Änderungen seit', 'der letzte Stand davor') }),
	schreibe: (w) => [
		['stichtag', w.stichtag],
		['seit', w.seit]
	]
};
