/**
 * Meeting places and offers, the KIK's measures, the residential points and the district counts of
 * the coverage groups: the questions the offers-and-coverage views ask of the loaded data set.
 * Lists travel as ";"-joined text and are split here, so views get plain arrays.
 */
import type { Koordinator } from './koordinator';
import { WOHNORT_GRUPPEN, type WohnortGruppe } from '../schema';

export interface Einrichtung {
	id: string;
	name: string;
	typen: string[];
	adresse: string;
	lat: number | null;
	lon: number | null;
	genauigkeit: string;
	handlungsfelder: string[];
	zielgruppen: string[];
	sprachen: string[];
	massnahmen: string[];
	oeffnungszeiten: string;
	kontakt: string;
	quelle: string;
	beispiel: boolean;
}

export interface Massnahme {
	id: string;
	handlungsfeld: string;
	bereich: string;
	ziel_nr: number;
	ziel_text: string;
	text: string;
}

const LISTEN = ['typ', 'handlungsfelder', 'zielgruppen', 'sprachen', 'massnahmen'] as const;

const EINRICHTUNGEN_SQL = `
	SELECT id, name, coalesce(adresse, '') AS adresse, lat, lon, coalesce(genauigkeit, 'unbekannt') AS genauigkeit,
		${LISTEN.map((l) => `coalesce(array_to_string(${l}, ';'), '') AS ${l}`).join(', ')},
		coalesce(oeffnungszeiten, '') AS oeffnungszeiten, coalesce(kontakt, '') AS kontakt, quelle, coalesce(beispiel, false) AS beispiel
	FROM einrichtung ORDER BY beispiel, name`;

const teile = (text: string) => (text ? text.split(';') : []);

export async function einrichtungen(k: Koordinator): Promise<Einrichtung[]> {
	const zeilen = await k.frage<Record<string, unknown>>(EINRICHTUNGEN_SQL);
	return zeilen.map((z) => ({
		id: z.id as string,
		name: z.name as string,
		typen: teile(z.typ as string),
		adresse: z.adresse as string,
		lat: z.lat as number | null,
		lon: z.lon as number | null,
		genauigkeit: z.genauigkeit as string,
		handlungsfelder: teile(z.handlungsfelder as string),
		zielgruppen: teile(z.zielgruppen as string),
		sprachen: teile(z.sprachen as string),
		massnahmen: teile(z.massnahmen as string),
		oeffnungszeiten: z.oeffnungszeiten as string,
		kontakt: z.kontakt as string,
		quelle: z.quelle as string,
		beispiel: z.beispiel as boolean
	}));
}

export function massnahmen(k: Koordinator): Promise<Massnahme[]> {
	return k.frage<Massnahme>(`SELECT id, handlungsfeld, coalesce(bereich, '') AS bereich, ziel_nr, ziel_text, text FROM massnahme ORDER BY handlungsfeld, ziel_nr, id`);
}

/** The residential points: positions, district, inhabitants and (where given) the groups' counts. */
export interface WohnortZeile {
	stadtbezirk: string;
	lat: number;
	lon: number;
	einwohner: number;
	/** Per group its count, or null where the data set gives none for this point. */
	gruppen: Record<WohnortGruppe, number | null>;
}

export async function wohnorte(k: Koordinator): Promise<WohnortZeile[]> {
	const zeilen = await k.frage<Record<string, number | string | null>>(
		`SELECT stadtbezirk, lat, lon, einwohner, ${WOHNORT_GRUPPEN.join(', ')} FROM wohnort ORDER BY stadtbezirk, lat, lon`
	);
	return zeilen.map((z) => ({
		stadtbezirk: z.stadtbezirk as string,
		lat: z.lat as number,
		lon: z.lon as number,
		einwohner: z.einwohner as number,
		gruppen: Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, z[g] as number | null])) as Record<WohnortGruppe, number | null>
	}));
}

/** Per district at a Stichtag: inhabitants and the count of every coverage group. */
export type Gruppenzahlen = Record<'einwohner' | WohnortGruppe, number>;

export async function gruppenzahlen(k: Koordinator, stichtag: string): Promise<Map<string, Gruppenzahlen>> {
	const zeilen = await k.frage<Record<string, number | string>>(
		`SELECT code, einwohner, mh, unter18, kinder, jugendliche, ab65, frauen, neuzugewandert, flucht FROM bezirk_kennzahl WHERE stichtag = ?`,
		[stichtag]
	);
	return new Map(zeilen.map((z) => [z.code as string, z as unknown as Gruppenzahlen]));
}
