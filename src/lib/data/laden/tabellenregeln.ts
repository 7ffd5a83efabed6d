/**
 * The rules across columns and tables: a district the district table knows, a population row whose
 * nationality fits its status, parts no larger than their whole, offers with both coordinates and known
 * measures, residential points in a known district.
 */
import { CODE_MUSTER, MASSNAHME_MUSTER, WOHNORT_GRUPPEN, type Bezirkszahl, type TableName } from '../schema';
import { q, sqlText, z, type Regel } from './regel';

/**
 * A district code the district table does not know; "010" where the table says "10" (or the other
 * way round) is named as such, since spreadsheets add and drop leading zeros.
 */
function bezirkUnbekannt(tabelle: TableName, dateien: Partial<Record<TableName, string>>): Regel {
	const gemeint = `(SELECT min(s.code) FROM roh_stadtbezirk s WHERE ltrim(s.code, '0') = ltrim(r.stadtbezirk, '0'))`;
	return {
		id: `${tabelle}.bezirk_unbekannt`,
		spalte: 'stadtbezirk',
		wo: `regexp_full_match(r.stadtbezirk, ${sqlText(CODE_MUSTER.slice(1, -1))}) AND r.stadtbezirk NOT IN (SELECT code FROM roh_stadtbezirk WHERE code IS NOT NULL)`,
		wert: `r.stadtbezirk || coalesce(chr(31) || ${gemeint}, '')`,
		schwere: 'fehler',
		text: (w) => {
			const [code, vorschlag] = (w ?? '').split('\u001f');
			const hinweis = vorschlag ? ` Gemeint ist wohl „${vorschlag}“ (führende Nullen).` : '';
			return `Der Stadtbezirk ${z(code)} fehlt in „${dateien.stadtbezirk}“; Bezirksnummern müssen genau so geschrieben sein wie dort.${hinweis}`;
		}
	};
}

/** Rules that relate a population row to the other tables and to its own columns. */
export function bevoelkerungsregeln(dateien: Record<TableName, string>): Regel[] {
	const auslaender = `r.status = 'auslaender'`;
	const deutsch = `r.status IN ('deutsch', 'eingebuergert', 'aussiedler')`;
	return [
		bezirkUnbekannt('bevoelkerung', dateien),
		{
			id: 'bevoelkerung.staat_unbekannt',
			spalte: 'staatsangehoerigkeit',
			wo: `regexp_full_match(r.staatsangehoerigkeit, '[A-Z]{2}') AND r.staatsangehoerigkeit NOT IN (SELECT iso FROM roh_staat WHERE iso IS NOT NULL)`,
			schwere: 'fehler',
			text: (w) => `Die Staatsangehörigkeit ${z(w)} fehlt in „${dateien.staat}“.`
		},
		{
			id: 'bevoelkerung.auslaender_de',
			spalte: 'staatsangehoerigkeit',
			wo: `${auslaender} AND r.staatsangehoerigkeit = 'DE'`,
			schwere: 'fehler',
			text: () => 'Ausländer*innen (Status „auslaender“) können nicht die Staatsangehörigkeit DE haben.'
		},
		{
			id: 'bevoelkerung.deutsch_ohne_de',
			spalte: 'staatsangehoerigkeit',
			wo: `${deutsch} AND r.staatsangehoerigkeit <> 'DE'`,
			schwere: 'fehler',
			text: (w) => `Deutsche (Status „deutsch“, „eingebuergert“, „aussiedler“) haben die Staatsangehörigkeit DE, nicht ${z(w)}.`
		},
		{
			id: 'bevoelkerung.eu_fehlt',
			spalte: 'eu',
			wo: `${auslaender} AND r.eu IS NULL`,
			schwere: 'fehler',
			text: () => 'Für Ausländer*innen muss „eu“ true oder false sein.'
		},
		{
			id: 'bevoelkerung.eu_widerspricht_staat',
			spalte: 'eu',
			wo: `${auslaender} AND lower(r.eu) IN ('true', 'false') AND TRY_CAST(r.stichtag AS DATE) IS NOT NULL AND (lower(r.eu) = 'true') IS DISTINCT FROM EXISTS (
				SELECT 1 FROM roh_staat s WHERE s.iso = r.staatsangehoerigkeit
					AND TRY_CAST(s.eu_beitritt AS DATE) <= TRY_CAST(r.stichtag AS DATE)
					AND (s.eu_austritt IS NULL OR TRY_CAST(s.eu_austritt AS DATE) > TRY_CAST(r.stichtag AS DATE)))`,
			wert: `r.staatsangehoerigkeit || ': ' || r.eu`,
			schwere: 'warnung',
			text: (w) => `${z(w)} passt nicht zu den EU-Beitritts- und Austrittsdaten in „${dateien.staat}“ am Stichtag; gezählt wird der Wert der Zeile.`
		},
		{
			id: 'bevoelkerung.deutsch_mit_aufenthalt',
			spalte: 'aufenthaltsdauer',
			wo: `${deutsch} AND (r.aufenthaltsdauer IS NOT NULL OR r.eu IS NOT NULL)`,
			wert: `coalesce(r.aufenthaltsdauer, r.eu)`,
			schwere: 'warnung',
			text: () => '„eu“ und „aufenthaltsdauer“ gelten nur für Ausländer*innen; bei Deutschen werden sie nicht ausgewertet.'
		}
	];
}

/** Part and whole among a district's counts: the part can never be larger. */
const TEIL_VON: [Bezirkszahl, Bezirkszahl | 'einwohner'][] = [
	['mh', 'einwohner'],
	['auslaender', 'einwohner'],
	['auslaender', 'mh'],
	['eingebuergert', 'mh'],
	['aussiedler', 'mh'],
	['flucht', 'einwohner'],
	['unter18', 'einwohner'],
	['ab65', 'einwohner'],
	['kinder', 'unter18'],
	['jugendliche', 'unter18'],
	['frauen', 'einwohner'],
	['auslaender_eu', 'auslaender'],
	['auslaender_dritt', 'auslaender'],
	['neuzugewandert', 'auslaender'],
	['mh_unter18', 'mh'],
	['mh_unter18', 'unter18']
];

const zahl = (c: string) => `TRY_CAST(${c} AS BIGINT)`;

/** Counts per district: in a known district, parts no larger than their whole, the MH groups adding up. */
export function bezirkszahlregeln(dateien: Partial<Record<TableName, string>>, vorhanden: ReadonlySet<string>, benenne: (s: string) => string): Regel[] {
	const regeln: Regel[] = [bezirkUnbekannt('bezirkszahl', dateien)];
	for (const [teil, ganzes] of TEIL_VON)
		if (vorhanden.has(teil) && vorhanden.has(ganzes))
			regeln.push({
				id: `bezirkszahl.${teil}.${ganzes}`,
				spalte: teil,
				wo: `${zahl(q(teil))} > ${zahl(q(ganzes))}`,
				wert: `${q(teil)} || ' > ' || ${q(ganzes)}`,
				schwere: 'fehler',
				text: (w) => `${z(w)}: „${benenne(teil)}“ ist größer als „${benenne(ganzes)}“; ein Teil kann nicht größer sein als das Ganze.`
			});
	const gruppen = ['eingebuergert', 'aussiedler', 'auslaender'] as const;
	if (vorhanden.has('mh') && gruppen.every((g) => vorhanden.has(g)))
		regeln.push({
			id: 'bezirkszahl.mh_summe',
			spalte: 'mh',
			wo: `${gruppen.map((g) => zahl(q(g))).join(' + ')} <> ${zahl(q('mh'))}`,
			wert: `${gruppen.map((g) => q(g)).join(` || ' + ' || `)} || ' ≠ ' || ${q('mh')}`,
			schwere: 'warnung',
			text: (w) => `${z(w)}: Eingebürgerte, Aussiedler*innen und Ausländer*innen ergeben zusammen nicht „${benenne('mh')}“; angezeigt werden die Zahlen der Datei. Zählt die Statistikstelle weitere Gruppen zum Migrationshintergrund (etwa Deutsche mit zugewandertem Elternteil), ist das so richtig.`
		});
	return regeln;
}

/** Offers: both coordinates or none; measures that the measure table knows. */
export function einrichtungsregeln(dateien: Partial<Record<TableName, string>>): Regel[] {
	const regeln: Regel[] = [
		{
			id: 'einrichtung.koordinaten',
			spalte: 'lat',
			wo: '(r.lat IS NULL) <> (r.lon IS NULL)',
			wert: `coalesce(r.lat, '') || ' / ' || coalesce(r.lon, '')`,
			schwere: 'fehler',
			text: () => 'Breite (lat) und Länge (lon) müssen beide angegeben sein oder beide leer.'
		}
	];
	if (dateien.massnahme) {
		// Lambdas cannot hold subqueries: the cell's elements are unnested and looked up instead.
		const unbekannt = `FROM unnest(string_split(r.massnahmen, ';')) AS u(x) WHERE regexp_full_match(trim(x), ${sqlText(MASSNAHME_MUSTER.slice(1, -1))}) AND trim(x) NOT IN (SELECT id FROM roh_massnahme WHERE id IS NOT NULL)`;
		regeln.push({
			id: 'einrichtung.massnahme_unbekannt',
			spalte: 'massnahmen',
			wo: `r.massnahmen IS NOT NULL AND EXISTS (SELECT 1 ${unbekannt})`,
			wert: `(SELECT string_agg(trim(x), ';') ${unbekannt})`,
			schwere: 'fehler',
			text: (w) => `Die Maßnahme ${z(w)} fehlt in „${dateien.massnahme}“.`
		});
	}
	return regeln;
}

/** Residential points: in a known district; a group no larger than the point's inhabitants. */
export function wohnortregeln(dateien: Partial<Record<TableName, string>>): Regel[] {
	return [
		{
			id: 'wohnort.bezirk_unbekannt',
			spalte: 'stadtbezirk',
			wo: `regexp_full_match(r.stadtbezirk, ${sqlText(CODE_MUSTER.slice(1, -1))}) AND r.stadtbezirk NOT IN (SELECT code FROM roh_stadtbezirk WHERE code IS NOT NULL)`,
			schwere: 'fehler',
			text: (w) => `Der Stadtbezirk ${z(w)} fehlt in „${dateien.stadtbezirk}“.`
		},
		...WOHNORT_GRUPPEN.map(
			(g): Regel => ({
				id: `wohnort.${g}.groesser`,
				spalte: g,
				wo: `TRY_CAST(r.${g} AS DOUBLE) > TRY_CAST(r.einwohner AS DOUBLE)`,
				wert: `r.${g} || ' > ' || r.einwohner`,
				schwere: 'fehler',
				text: (w) => `${z(w)}: Eine Teilgruppe ist größer als die Einwohnerzahl des Wohnorts.`
			})
		)
	];
}
