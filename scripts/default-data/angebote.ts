/**
 * Meeting places and offers of the default data set: the real places of data/quellen/einrichtungen.csv
 * (positions estimated, as that file says; rows without a position are kept without one) and invented
 * example offers, three per Stadtteil, so that every part of the city has something to analyse.
 *
 * What the reference does not say about a real place (its target groups, the KIK measures it serves)
 * is assigned from its type by the table below: a plausible reading, not a fact, and the data set is
 * labelled as demo data. Example offers carry `beispiel = true` and say so in their name and source.
 */
import { randomLcg } from 'd3-random';
import type { Einrichtungstyp, Handlungsfeld, Zielgruppe } from '../../src/lib/data/schema';
import type { Wohnort } from './wohnorte';

interface Typprofil {
	handlungsfelder: Handlungsfeld[];
	zielgruppen: Zielgruppe[];
	massnahmen: string[];
}

const PROFIL: Record<Einrichtungstyp, Typprofil> = {
	'Begegnungsstätte': { handlungsfelder: ['GT', 'BE'], zielgruppen: ['alle'], massnahmen: ['GT 2.1', 'GT 3.2'] },
	'Stadtteilbüro': { handlungsfelder: ['GT', 'BE'], zielgruppen: ['alle'], massnahmen: ['GT 2.1', 'GT 3.1'] },
	'Mehrgenerationenhaus': { handlungsfelder: ['GT', 'BE'], zielgruppen: ['alle', 'Senior*innen'], massnahmen: ['GT 2.1', 'GT 3.2'] },
	'Familienzentrum': { handlungsfelder: ['SB', 'GT'], zielgruppen: ['Eltern', 'Kinder'], massnahmen: ['SB 6.1', 'SB 6.3'] },
	'Jugendzentrum': { handlungsfelder: ['GT'], zielgruppen: ['Jugendliche'], massnahmen: ['GT 4.3'] },
	'Migrationsberatung': { handlungsfelder: ['GT', 'IÖ'], zielgruppen: ['Neuzugewanderte', 'Geflüchtete'], massnahmen: ['AA 1.1', 'AA 1.2'] },
	'Beratung': { handlungsfelder: ['GT'], zielgruppen: ['alle'], massnahmen: [] },
	'Sprachkurs/Bildungsträger': { handlungsfelder: ['SB'], zielgruppen: ['Neuzugewanderte'], massnahmen: ['SB 7.1'] },
	'Sprach-/Kulturcafé': { handlungsfelder: ['SB', 'GT'], zielgruppen: ['alle', 'Neuzugewanderte'], massnahmen: ['SB 2.4'] },
	'Bibliothek': { handlungsfelder: ['SB', 'GT'], zielgruppen: ['alle'], massnahmen: ['SB 2.3'] },
	'Religionsgemeinschaft': { handlungsfelder: ['GT'], zielgruppen: ['alle'], massnahmen: ['IÖ 8.2'] },
	'Sportverein': { handlungsfelder: ['GT', 'GP'], zielgruppen: ['Kinder', 'Jugendliche'], massnahmen: ['GT 4.3', 'GP 5.3'] },
	'Schule/Kita': { handlungsfelder: ['SB'], zielgruppen: ['Kinder', 'Jugendliche', 'Eltern'], massnahmen: ['GT 2.2', 'SB 8.1'] },
	'Hochschule': { handlungsfelder: ['SB', 'AA'], zielgruppen: ['alle'], massnahmen: [] },
	'Verwaltung': { handlungsfelder: ['IÖ'], zielgruppen: ['alle'], massnahmen: ['IÖ 3.1'] },
	'Gremium': { handlungsfelder: ['GT', 'BE'], zielgruppen: ['alle'], massnahmen: ['GT 6.1'] },
	'Öffentlicher Begegnungsort': { handlungsfelder: ['GT'], zielgruppen: ['alle'], massnahmen: ['GT 2.3', 'GT 1.1'] },
	'Seniorenangebot': { handlungsfelder: ['GP', 'GT'], zielgruppen: ['Senior*innen'], massnahmen: ['GP 1.1'] },
	'Arbeitsmarkt': { handlungsfelder: ['AA'], zielgruppen: ['alle'], massnahmen: ['AA 6.1'] },
	'Gesundheit': { handlungsfelder: ['GP'], zielgruppen: ['alle'], massnahmen: ['GP 1.2'] },
	'Ehrenamt': { handlungsfelder: ['BE'], zielgruppen: ['alle'], massnahmen: ['BE 2.2'] }
};

/** The reference's own type words, in the schema's terms. */
const TYP_AUS_REFERENZ: Record<string, Einrichtungstyp> = {
	'Begegnungsstätte': 'Begegnungsstätte',
	Sprachkurs: 'Sprachkurs/Bildungsträger',
	Bildungsträger: 'Sprachkurs/Bildungsträger',
	Bildungsangebot: 'Sprachkurs/Bildungsträger',
	Stadtteilbüro: 'Stadtteilbüro',
	Seniorenangebot: 'Seniorenangebot',
	Familienzentrum: 'Familienzentrum',
	Mehrgenerationenhaus: 'Mehrgenerationenhaus',
	Migrationsberatung: 'Migrationsberatung',
	Gremium: 'Gremium',
	Bibliothek: 'Bibliothek',
	Arbeitsmarkt: 'Arbeitsmarkt',
	Jugendarbeit: 'Jugendzentrum',
	Jugendzentrum: 'Jugendzentrum',
	Beratung: 'Beratung',
	Hochschule: 'Hochschule',
	Schule: 'Schule/Kita',
	Religionsgemeinschaft: 'Religionsgemeinschaft',
	Gesundheit: 'Gesundheit',
	Sportverein: 'Sportverein',
	'Öffentlicher Begegnungsort': 'Öffentlicher Begegnungsort',
	Ehrenamt: 'Ehrenamt',
	Verwaltung: 'Verwaltung'
};

export interface EinrichtungZeile {
	id: string;
	name: string;
	typ: string;
	adresse: string;
	lat: number | '';
	lon: number | '';
	genauigkeit: string;
	handlungsfelder: string;
	zielgruppen: string;
	sprachen: string;
	massnahmen: string;
	oeffnungszeiten: string;
	kontakt: string;
	quelle: string;
	beispiel: boolean;
}

const vereint = <T>(listen: T[][]) => [...new Set(listen.flat())];

export function echteEinrichtungen(referenz: Record<string, string>[]): EinrichtungZeile[] {
	return referenz.map((r, i) => {
		const typen = r.typ.split(';').map((t) => {
			const typ = TYP_AUS_REFERENZ[t.trim()];
			if (!typ) throw new Error(`einrichtungen.csv: unbekannter Typ „${t}“`);
			return typ;
		});
		const profile = typen.map((t) => PROFIL[t]);
		const ohneLage = r.lat === '' || r.lon === '';
		return {
			id: `E${String(i + 1).padStart(2, '0')}`,
			name: r.name,
			typ: [...new Set(typen)].join(';'),
			adresse: r.adresse,
			lat: ohneLage ? '' : Number(r.lat),
			lon: ohneLage ? '' : Number(r.lon),
			genauigkeit: r.position === 'unbekannt' || ohneLage ? 'unbekannt' : r.position,
			handlungsfelder: r.handlungsfelder,
			zielgruppen: vereint(profile.map((p) => p.zielgruppen)).join(';'),
			sprachen: '',
			massnahmen: vereint(profile.map((p) => p.massnahmen)).join(';'),
			oeffnungszeiten: '',
			kontakt: '',
			quelle: `${r.quelle}; Zielgruppen und Maßnahmen nach Typ zugeordnet (Beispieldaten)`,
			beispiel: false
		};
	});
}

const BEISPIELTYPEN: Einrichtungstyp[] = ['Sprach-/Kulturcafé', 'Begegnungsstätte', 'Familienzentrum', 'Sprachkurs/Bildungsträger', 'Migrationsberatung', 'Jugendzentrum', 'Sportverein', 'Seniorenangebot'];
const SPRACHEN = ['tr', 'ar', 'ro', 'ru', 'it', 'pl', 'en', 'fa', 'ti', 'uk'];

/** Three invented offers per Stadtteil, each at an inhabited residential point of one of its districts. */
export function beispielangebote(stadtteile: Map<string, string[]>, orte: readonly Wohnort[], seed: number): EinrichtungZeile[] {
	const rng = randomLcg(seed);
	const zeilen: EinrichtungZeile[] = [];
	let k = 0;
	for (const [stadtteil, codes] of [...stadtteile].sort()) {
		const kandidaten = orte.filter((o) => codes.includes(o.stadtbezirk));
		for (let j = 0; j < 3; j++) {
			const typ = BEISPIELTYPEN[k % BEISPIELTYPEN.length];
			// Offers go where people live: a point drawn by its inhabitants.
			let r = rng() * kandidaten.reduce((a, o) => a + o.einwohner, 0);
			const ort = kandidaten.find((o) => (r -= o.einwohner) < 0) ?? kandidaten[0];
			const sprachen = SPRACHEN.filter(() => rng() < 0.25).slice(0, 3);
			zeilen.push({
				id: `B${String(++k).padStart(2, '0')}`,
				name: `Beispiel: ${typ} in Stadtteil ${stadtteil} (Bezirk ${ort.stadtbezirk})`,
				typ,
				adresse: '',
				lat: ort.lat,
				lon: ort.lon,
				genauigkeit: 'geschätzt',
				handlungsfelder: PROFIL[typ].handlungsfelder.join(';'),
				zielgruppen: PROFIL[typ].zielgruppen.join(';'),
				sprachen: ['de', ...sprachen].join(';'),
				massnahmen: PROFIL[typ].massnahmen.join(';'),
				oeffnungszeiten: j === 0 ? 'Di und Do 15–18 Uhr' : '',
				kontakt: '',
				quelle: 'Erfundenes Beispielangebot (Sozialraumatlas), damit jeder Stadtteil etwas zu analysieren hat',
				beispiel: true
			});
		}
	}
	return zeilen;
}
