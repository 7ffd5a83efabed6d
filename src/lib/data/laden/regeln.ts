/**
 * The domain rules a table must meet before it may replace the loaded data, each an SQL condition over
 * the table's raw rows (view `roh_<tabelle>`, alias `r`, all values as trimmed text or NULL) and the
 * German sentence a statistician reads. The column rules are generated from the schema's column
 * catalogue; the rules across columns and tables are listed here. Conditions are written by us from
 * our own constants; no text from a file ever becomes SQL.
 */
import { CODE_MUSTER, EINRICHTUNG_MUSTER, ISO_MUSTER, MASSNAHME_MUSTER, SCHLUESSEL, SPRACHE_MUSTER, TABELLEN, WOHNORT_GRUPPEN, type Bezirkszahl, type Spalte, type TableName } from '../schema';
import type { Schwere } from '../meldungen';

export interface Regel {
	id: string;
	spalte: string;
	/** Condition over `r` that marks a row as breaking the rule. */
	wo: string;
	/** Expression shown as the faulty value (default: the column). */
	wert?: string;
	/** An expression giving the row index (`datensatz`) of a related row, e.g. the first of a duplicate. */
	bezugDatensatz?: string;
	schwere: Schwere;
	text: (wert: string | null, bezugZeile: number | null) => string;
}

const q = (name: string) => `r."${name}"`;
const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
const sqlListe = (werte: readonly string[]) => `(${werte.map(sqlText).join(', ')})`;

const MUSTER_TEXT: Record<string, string> = {
	[CODE_MUSTER]: 'ist keine gültige Bezirksnummer: erlaubt sind Buchstaben, Ziffern, „.“, „-“ und „_“, höchstens 20 Zeichen, nicht mit „_“ beginnend',
	[ISO_MUSTER]: 'ist kein ISO-Ländercode aus zwei Großbuchstaben (z. B. TR, XK)',
	[MASSNAHME_MUSTER]: 'ist keine Maßnahmen-Kennung der Form „SB 2.4“ (Handlungsfeld SB, AA, GP, BE, GT oder IÖ, Leerzeichen, Nummer)',
	[EINRICHTUNG_MUSTER]: 'ist keine gültige Kennung: Buchstaben, Ziffern, „.“, „-“, „_“, höchstens 40 Zeichen',
	[SPRACHE_MUSTER]: 'ist kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben, z. B. tr, ar)'
};

/** The elements of a list cell (";"-separated) that break `bedingung` (over `x`), as a list. */
const elemente = (c: string, bedingung: string) => `list_filter(list_transform(string_split(${c}, ';'), lambda e: trim(e)), lambda x: x <> '' AND (${bedingung}))`;

/** The value as the user wrote it, quoted. */
const z = (wert: string | null) => `„${wert ?? ''}“`;

function spaltenregeln(tabelle: TableName, s: Spalte): Regel[] {
	const c = q(s.name);
	const id = (art: string) => `${tabelle}.${s.name}.${art}`;
	const regeln: Regel[] = [];
	const regel = (art: string, wo: string, text: Regel['text']) => regeln.push({ id: id(art), spalte: s.name, wo, schwere: 'fehler', text });
	switch (s.typ) {
		case 'ganzzahl':
			regel('typ', `NOT regexp_full_match(${c}, '[+-]?[0-9]+')`, (w) => `${z(w)} ist keine ganze Zahl.`);
			regel('bereich', `regexp_full_match(${c}, '[+-]?[0-9]+') AND TRY_CAST(${c} AS INTEGER) IS NULL`, (w) => `${z(w)} ist zu groß für eine Anzahl.`);
			break;
		case 'zahl':
			regel('typ', `NOT regexp_full_match(${c}, '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?')`, (w) => `${z(w)} ist keine Zahl (Dezimaltrennzeichen ist der Punkt, z. B. 2.35).`);
			break;
		case 'datum':
			regel('typ', `NOT regexp_full_match(${c}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') OR TRY_CAST(${c} AS DATE) IS NULL`, (w) => `${z(w)} ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. 2020-12-31).`);
			break;
		case 'wahrheitswert':
			regel('typ', `lower(${c}) NOT IN ('true', 'false')`, (w) => `${z(w)} ist kein Wahrheitswert; erlaubt sind true und false.`);
			break;
		case 'liste':
			regeln.push(...listenregeln(tabelle, s, c));
			break;
	}
	if (s.minimum !== undefined) {
		const ganz = s.typ === 'ganzzahl';
		regel('minimum', `TRY_CAST(${c} AS DOUBLE) < ${s.minimum}`, (w) => (ganz && s.minimum === 0 ? `${z(w)} ist negativ; Anzahlen müssen 0 oder größer sein.` : `${z(w)} ist kleiner als ${s.minimum}.`));
	}
	if (s.maximum !== undefined) regel('maximum', `TRY_CAST(${c} AS DOUBLE) > ${s.maximum}`, (w) => `${z(w)} ist größer als ${s.maximum}.`);
	if (s.positiv) regel('positiv', `TRY_CAST(${c} AS DOUBLE) <= 0`, (w) => `${z(w)} muss größer als 0 sein.`);
	if (s.werte && s.typ !== 'liste') {
		const erlaubt = s.werte;
		regel('werte', `${c} NOT IN ${sqlListe(erlaubt)}`, (w) => {
			const gemeint = erlaubt.find((e) => e.toLowerCase() === (w ?? '').toLowerCase());
			const hinweis = gemeint ? ` Gemeint ist wohl „${gemeint}“: Groß- und Kleinschreibung zählen.` : '';
			return `${z(w)} ist nicht zulässig; erlaubt sind: ${erlaubt.join(', ')}.${hinweis}`;
		});
	}
	if (s.muster && s.typ !== 'liste')
		regel('muster', `NOT regexp_full_match(${c}, ${sqlText(s.muster.slice(1, -1))})`, (w) => `${z(w)} ${MUSTER_TEXT[s.muster!] ?? 'hat nicht die verlangte Form'}.`);
	// An empty cell is the pflicht rule's business; every other rule looks at values only.
	for (const r of regeln) r.wo = `${c} IS NOT NULL AND (${r.wo})`;
	if (s.pflicht) regeln.unshift({ id: id('pflicht'), spalte: s.name, wo: `${c} IS NULL`, schwere: 'fehler', text: () => 'Der Wert fehlt; die Spalte ist Pflicht.' });
	return regeln;
}

/** A list cell: every element must be an allowed value, or of the column's form. */
function listenregeln(tabelle: TableName, s: Spalte, c: string): Regel[] {
	/** The list's elements that fail `bedingung` (over `x`), named together in one finding. */
	const falscheElemente = (art: string, bedingung: string, text: Regel['text']): Regel => {
		const falsch = elemente(c, bedingung);
		return { id: `${tabelle}.${s.name}.${art}`, spalte: s.name, wo: `len(${falsch}) > 0`, wert: `array_to_string(${falsch}, ';')`, schwere: 'fehler', text };
	};
	const regeln: Regel[] = [];
	if (s.werte) regeln.push(falscheElemente('werte', `x NOT IN ${sqlListe(s.werte)}`, (w) => `${z(w)} ist nicht zulässig; erlaubt sind (mehrere mit „;“): ${s.werte!.join(', ')}.`));
	if (s.muster)
		regeln.push(falscheElemente('muster', `NOT regexp_full_match(x, ${sqlText(s.muster.slice(1, -1))})`, (w) => `${z(w)} ${MUSTER_TEXT[s.muster!] ?? 'hat nicht die verlangte Form'}.`));
	return regeln;
}

function doppelteRegel(tabelle: TableName, benenne: (s: string) => string): Regel {
	const schluessel = SCHLUESSEL[tabelle];
	return {
		id: `${tabelle}.doppelt`,
		spalte: schluessel.length === 1 ? schluessel[0] : '',
		wo: 'r.datensatz <> r.erster_gleicher',
		wert: schluessel.length === 1 ? q(schluessel[0]) : undefined,
		bezugDatensatz: 'r.erster_gleicher',
		schwere: 'fehler',
		text: (w, zeile) =>
			schluessel.length === 1
				? `${z(w)} steht schon in Zeile ${zeile}; jeder Wert darf nur einmal vorkommen.`
				: `Diese Zeile wiederholt Zeile ${zeile} (gleiche ${schluessel.map(benenne).join(', ')}); jede Merkmalskombination darf nur einmal gezählt werden.`
	};
}

/** Row window that the duplicate rule needs: the first row with the same key. */
export function ersterGleicherSql(tabelle: TableName): string {
	if (SCHLUESSEL[tabelle].length === 0) return 'datensatz';
	return `min(datensatz) OVER (PARTITION BY ${SCHLUESSEL[tabelle].map((s) => `"${s}"`).join(', ')})`;
}

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
function bevoelkerungsregeln(dateien: Record<TableName, string>): Regel[] {
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
function bezirkszahlregeln(dateien: Partial<Record<TableName, string>>, vorhanden: ReadonlySet<string>, benenne: (s: string) => string): Regel[] {
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
			text: (w) => `${z(w)}: Eingebürgerte, Aussiedler*innen und Ausländer*innen ergeben zusammen nicht „${benenne('mh')}“; angezeigt werden die Zahlen der Datei.`
		});
	return regeln;
}

/** Offers: both coordinates or none; measures that the measure table knows. */
function einrichtungsregeln(dateien: Partial<Record<TableName, string>>): Regel[] {
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
function wohnortregeln(dateien: Partial<Record<TableName, string>>): Regel[] {
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

/** `benenne` gives a column's name as the user's file writes it (an import's header). */
export function regeln(tabelle: TableName, vorhanden: ReadonlySet<string>, dateien: Partial<Record<TableName, string>>, benenne: (spalte: string) => string = (s) => s): Regel[] {
	const spalten = (TABELLEN[tabelle] as readonly Spalte[]).filter((s) => vorhanden.has(s.name));
	const liste = spalten.flatMap((s) => spaltenregeln(tabelle, s));
	if (SCHLUESSEL[tabelle].length > 0) liste.push(doppelteRegel(tabelle, benenne));
	if (tabelle === 'bevoelkerung') liste.push(...bevoelkerungsregeln(dateien as Record<TableName, string>));
	if (tabelle === 'bezirkszahl') liste.push(...bezirkszahlregeln(dateien, vorhanden, benenne));
	if (tabelle === 'einrichtung') liste.push(...einrichtungsregeln(dateien));
	if (tabelle === 'wohnort') liste.push(...wohnortregeln(dateien));
	return liste;
}
