/**
 * The population groups whose access to offers is measured, and how an offer's Zielgruppe maps onto
 * them. "Eltern" are not counted by the register; their reach is approximated by that of the
 * under-18s (the households with children), and the UI says so.
 */
import type { WohnortGruppe, Zielgruppe } from '../data/schema';

export type Gruppe = 'einwohner' | WohnortGruppe;

export const GRUPPEN: { id: Gruppe; label: string; kurz: string }[] = [
	{ id: 'einwohner', label: 'Bevölkerung insgesamt', kurz: 'Einwohner*innen' },
	{ id: 'mh', label: 'Menschen mit Migrationshintergrund', kurz: 'Menschen mit MH' },
	{ id: 'neuzugewandert', label: 'Neuzugewanderte (Ausländer*innen unter 4 Jahren im Bundesgebiet)', kurz: 'Neuzugewanderte' },
	{ id: 'flucht', label: 'Menschen mit Fluchthintergrund', kurz: 'Geflüchtete' },
	{ id: 'unter18', label: 'unter 18-Jährige', kurz: 'unter 18-Jährige' },
	{ id: 'kinder', label: 'Kinder (unter 15 Jahren)', kurz: 'Kinder' },
	{ id: 'jugendliche', label: 'Jugendliche (15 bis 17 Jahre)', kurz: 'Jugendliche' },
	{ id: 'frauen', label: 'Frauen', kurz: 'Frauen' },
	{ id: 'ab65', label: 'Senior*innen (65 Jahre und älter)', kurz: 'Senior*innen' }
];

export const GRUPPE_IDS = GRUPPEN.map((g) => g.id);
export const gruppe = (id: Gruppe) => GRUPPEN.find((g) => g.id === id)!;

export const GRUPPE_DER_ZIELGRUPPE: Record<Zielgruppe, Gruppe> = {
	alle: 'einwohner',
	Kinder: 'kinder',
	Jugendliche: 'jugendliche',
	Eltern: 'unter18',
	Frauen: 'frauen',
	'Senior*innen': 'ab65',
	Neuzugewanderte: 'neuzugewandert',
	Geflüchtete: 'flucht'
};
