/**
 * The offers-and-coverage part of the view in the URL: layers, filters, walking distance and detour
 * factor, the population group, the need index's components, a scenario's hypothetical offers, the
 * number of suggested locations and the selected offer. Like the atlas view, values are read from the
 * link's own keys only, checked, and replaced (and reported) where they are not allowed.
 */
import { EINRICHTUNGSTYPEN, HANDLUNGSFELD_CODES, MASSNAHME_MUSTER, SPRACHE_MUSTER, ZIELGRUPPEN, EINRICHTUNG_MUSTER } from '../../data/schema';
import { INDIKATOREN } from '../../data/indikatoren';
import { KEIN_FILTER, type Angebotsfilter } from '../../analysis/angebotsfilter';
import { DISTANZ_GRENZEN, STANDARD_REICHWEITE, UMWEG_GRENZEN, type Reichweite } from '../../analysis/erreichbarkeit';
import { STANDARD_KOMPONENTEN, type Komponente } from '../../analysis/bedarf';
import { GRUPPE_IDS, gruppe as findeGruppe, type Gruppe } from '../../analysis/zielgruppen';
import { formatDezimal } from '../../analysis/format';
import type { Ersetzung } from '../../ui/url';

/** The offers' keys in the atlas's link, with their meaning. */
export const ANGEBOTE_SCHLUESSEL = {
	eb: 'Kartenebene',
	hf: 'Handlungsfeld',
	ty: 'Angebotstyp',
	zg: 'Zielgruppe',
	sp: 'Sprache',
	mn: 'Maßnahme',
	r: 'Fußweg',
	u: 'Umwegfaktor',
	g: 'Bevölkerungsgruppe',
	bi: 'Bedarfsindex',
	sz: 'Szenario',
	vk: 'Anzahl Vorschläge',
	e: 'Angebot'
} as const;

export const EBENEN = ['angebote', 'einzug'] as const;
export type Ebene = (typeof EBENEN)[number];
export const MAX_SZENARIO = 20;
export const MAX_VORSCHLAEGE = 5;

export interface AngebotsAnsicht {
	ebenen: Ebene[];
	filter: Angebotsfilter;
	reichweite: Reichweite;
	gruppe: Gruppe;
	bedarf: Komponente[];
	/** Hypothetical offers: [lon, lat]. */
	szenario: [number, number][];
	vorschlaege: number;
	/** Selected offer id. */
	auswahl: string | null;
}

export const STANDARD_ANGEBOTE: AngebotsAnsicht = {
	ebenen: ['angebote'],
	filter: KEIN_FILTER,
	reichweite: STANDARD_REICHWEITE,
	gruppe: 'einwohner',
	bedarf: STANDARD_KOMPONENTEN,
	szenario: [],
	vorschlaege: 0,
	auswahl: null
};

/** Share indicators can enter the need index (counts and densities are not comparable across districts). */
export const BEDARFS_INDIKATOREN = INDIKATOREN.filter((i) => i.einheit === 'prozent').map((i) => i.id);

const liste = (text: string | null) => (text ? text.split(',').filter(Boolean) : null);

export function leseAngebote(params: URLSearchParams): { ansicht: AngebotsAnsicht; ersetzt: Ersetzung[] } {
	const ersetzt: Ersetzung[] = [];
	const ersetze = (was: string, wert: string, stattdessen: string) => ersetzt.push({ was, wert, stattdessen });
	const auswahlAus = (schluessel: string, was: string, gueltig: (v: string) => boolean): string[] => {
		const werte = liste(params.get(schluessel)) ?? [];
		const ok = werte.filter(gueltig);
		const falsch = werte.filter((v) => !gueltig(v));
		if (falsch.length) ersetze(was, falsch.join(','), 'nicht berücksichtigt');
		return ok;
	};
	const muster = (m: string) => (v: string) => new RegExp(m).test(v);
	const eines = <T extends string>(erlaubt: readonly T[]) => (v: string) => erlaubt.some((e) => e === v);

	const ebenenRoh = params.get('eb');
	const ebenenGewaehlt = auswahlAus('eb', 'Kartenebene', eines(EBENEN)) as Ebene[];
	// "eb=" turns every layer off; a list of which none exists is replaced by the default.
	const ebenen = ebenenRoh === null || (ebenenRoh !== '' && !ebenenGewaehlt.length) ? STANDARD_ANGEBOTE.ebenen : ebenenGewaehlt;

	const zahl = (schluessel: string, grenzen: { min: number; max: number }, standard: number, was: string) => {
		const roh = params.get(schluessel);
		if (roh === null) return standard;
		const n = Number(roh);
		if (/^\d+(\.\d+)?$/.test(roh) && n >= grenzen.min && n <= grenzen.max) return n;
		ersetze(was, roh, formatDezimal(standard));
		return standard;
	};

	const gruppeRoh = params.get('g');
	let gruppe: Gruppe = STANDARD_ANGEBOTE.gruppe;
	if (gruppeRoh !== null) {
		const g = GRUPPE_IDS.find((x) => x === gruppeRoh);
		if (g) gruppe = g;
		else ersetze('Bevölkerungsgruppe', gruppeRoh, findeGruppe(gruppe).label);
	}

	let bedarf = STANDARD_ANGEBOTE.bedarf;
	const bedarfRoh = params.get('bi');
	if (bedarfRoh !== null) {
		const teile = liste(bedarfRoh) ?? [];
		const gelesen = teile.map((t) => {
			const [indikator, gewicht] = t.split(':');
			const g = Number(gewicht);
			return BEDARFS_INDIKATOREN.includes(indikator) && /^\d+(\.\d+)?$/.test(gewicht ?? '') && g <= 10 ? { indikator, gewicht: g } : null;
		});
		if (gelesen.every(Boolean) && gelesen.length > 0) bedarf = gelesen as Komponente[];
		else ersetze('Bedarfsindex', bedarfRoh, 'Migrationshintergrund, Neuzugewanderte, unter 18 (je Gewicht 1)');
	}

	const szenario: [number, number][] = [];
	for (const teil of (params.get('sz') ?? '').split(';').filter(Boolean)) {
		const [lat, lon] = teil.split(',').map(Number);
		if (szenario.length < MAX_SZENARIO && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) szenario.push([lon, lat]);
		else ersetze('Szenario-Angebot', teil, 'nicht berücksichtigt');
	}

	const auswahlRoh = params.get('e');
	const auswahl = auswahlRoh !== null && new RegExp(EINRICHTUNG_MUSTER).test(auswahlRoh) ? auswahlRoh : null;
	if (auswahlRoh !== null && auswahl === null) ersetze('Angebot', auswahlRoh, 'keines ausgewählt');

	return {
		ansicht: {
			ebenen,
			filter: {
				handlungsfelder: auswahlAus('hf', 'Handlungsfeld', eines(HANDLUNGSFELD_CODES)),
				typen: auswahlAus('ty', 'Typ', eines(EINRICHTUNGSTYPEN)),
				zielgruppen: auswahlAus('zg', 'Zielgruppe', eines(ZIELGRUPPEN)),
				sprachen: auswahlAus('sp', 'Sprache', muster(SPRACHE_MUSTER)),
				massnahmen: auswahlAus('mn', 'Maßnahme', muster(MASSNAHME_MUSTER))
			},
			reichweite: {
				distanzM: zahl('r', DISTANZ_GRENZEN, STANDARD_REICHWEITE.distanzM, 'Fußweg'),
				umwegfaktor: zahl('u', UMWEG_GRENZEN, STANDARD_REICHWEITE.umwegfaktor, 'Umwegfaktor')
			},
			gruppe,
			bedarf,
			szenario,
			vorschlaege: Math.round(zahl('vk', { min: 0, max: MAX_VORSCHLAEGE }, 0, 'Anzahl Vorschläge')),
			auswahl
		},
		ersetzt
	};
}

const koordinate = (x: number) => String(Math.round(x * 1e5) / 1e5);

export function schreibeAngebote(a: AngebotsAnsicht): [string, string | null][] {
	const gleich = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
	const s = STANDARD_ANGEBOTE;
	const oderNull = (werte: string[]) => (werte.length ? werte.join(',') : null);
	return [
		['eb', gleich(a.ebenen, s.ebenen) ? null : a.ebenen.join(',')],
		['hf', oderNull(a.filter.handlungsfelder)],
		['ty', oderNull(a.filter.typen)],
		['zg', oderNull(a.filter.zielgruppen)],
		['sp', oderNull(a.filter.sprachen)],
		['mn', oderNull(a.filter.massnahmen)],
		['r', a.reichweite.distanzM === s.reichweite.distanzM ? null : String(a.reichweite.distanzM)],
		['u', a.reichweite.umwegfaktor === s.reichweite.umwegfaktor ? null : String(a.reichweite.umwegfaktor)],
		['g', a.gruppe === s.gruppe ? null : a.gruppe],
		['bi', gleich(a.bedarf, s.bedarf) ? null : a.bedarf.map((k) => `${k.indikator}:${k.gewicht}`).join(',')],
		['sz', a.szenario.length ? a.szenario.map(([lon, lat]) => `${koordinate(lat)},${koordinate(lon)}`).join(';') : null],
		['vk', a.vorschlaege ? String(a.vorschlaege) : null],
		['e', a.auswahl]
	];
}
