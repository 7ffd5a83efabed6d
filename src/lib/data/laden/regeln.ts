/**
 * The domain rules a table must meet before it may replace the loaded data, each an SQL condition over
 * the table's raw rows (view `roh_<tabelle>`, alias `r`, all values as trimmed text or NULL) and the
 * German sentence a statistician reads. The column rules are generated from the schema's column
 * catalogue; the rules across columns and tables are listed here. Conditions are written by us from
 * our own constants; no text from a file ever becomes SQL.
 */
import { CODE_MUSTER, ISO_MUSTER, SCHLUESSEL, TABELLEN, type Spalte, type TableName } from '../schema';
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
	[ISO_MUSTER]: 'ist kein ISO-Ländercode aus zwei Großbuchstaben (z. B. TR, XK)'
};

/** The value as the user wrote it, quoted. */
const z = (wert: string | null) => `„${wert ?? ''}“`;

function spaltenregeln(tabelle: TableName, s: Spalte): Regel[] {
	const c = q(s.name);
	const id = (art: string) => `${tabelle}.${s.name}.${art}`;
	const regeln: Regel[] = [];
	if (s.pflicht) regeln.push({ id: id('pflicht'), spalte: s.name, wo: `${c} IS NULL`, schwere: 'fehler', text: () => 'Der Wert fehlt; die Spalte ist Pflicht.' });
	const start = regeln.length;
	switch (s.typ) {
		case 'ganzzahl':
			regeln.push({ id: id('typ'), spalte: s.name, wo: `NOT regexp_full_match(${c}, '[+-]?[0-9]+')`, schwere: 'fehler', text: (w) => `${z(w)} ist keine ganze Zahl.` });
			regeln.push({
				id: id('bereich'),
				spalte: s.name,
				wo: `regexp_full_match(${c}, '[+-]?[0-9]+') AND TRY_CAST(${c} AS INTEGER) IS NULL`,
				schwere: 'fehler',
				text: (w) => `${z(w)} ist zu groß für eine Anzahl.`
			});
			break;
		case 'zahl':
			regeln.push({
				id: id('typ'),
				spalte: s.name,
				wo: `NOT regexp_full_match(${c}, '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?')`,
				schwere: 'fehler',
				text: (w) => `${z(w)} ist keine Zahl (Dezimaltrennzeichen ist der Punkt, z. B. 2.35).`
			});
			break;
		case 'datum':
			regeln.push({
				id: id('typ'),
				spalte: s.name,
				wo: `NOT regexp_full_match(${c}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') OR TRY_CAST(${c} AS DATE) IS NULL`,
				schwere: 'fehler',
				text: (w) => `${z(w)} ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. 2020-12-31).`
			});
			break;
		case 'wahrheitswert':
			regeln.push({ id: id('typ'), spalte: s.name, wo: `lower(${c}) NOT IN ('true', 'false')`, schwere: 'fehler', text: (w) => `${z(w)} ist kein Wahrheitswert; erlaubt sind true und false.` });
			break;
	}
	if (s.minimum !== undefined)
		regeln.push({
			id: id('minimum'),
			spalte: s.name,
			wo: `TRY_CAST(${c} AS BIGINT) < ${s.minimum}`,
			schwere: 'fehler',
			text: (w) => `${z(w)} ist negativ; Anzahlen müssen ${s.minimum} oder größer sein.`
		});
	if (s.positiv) regeln.push({ id: id('positiv'), spalte: s.name, wo: `TRY_CAST(${c} AS DOUBLE) <= 0`, schwere: 'fehler', text: (w) => `${z(w)} muss größer als 0 sein.` });
	if (s.werte) {
		const erlaubt = s.werte;
		regeln.push({
			id: id('werte'),
			spalte: s.name,
			wo: `${c} NOT IN ${sqlListe(erlaubt)}`,
			schwere: 'fehler',
			text: (w) => {
				const gemeint = erlaubt.find((e) => e.toLowerCase() === (w ?? '').toLowerCase());
				const hinweis = gemeint ? ` Gemeint ist wohl „${gemeint}“: Groß- und Kleinschreibung zählen.` : '';
				return `${z(w)} ist nicht zulässig; erlaubt sind: ${erlaubt.join(', ')}.${hinweis}`;
			}
		});
	}
	if (s.muster)
		regeln.push({
			id: id('muster'),
			spalte: s.name,
			wo: `NOT regexp_full_match(${c}, ${sqlText(s.muster.slice(1, -1))})`,
			schwere: 'fehler',
			text: (w) => `${z(w)} ${MUSTER_TEXT[s.muster!] ?? 'hat nicht die verlangte Form'}.`
		});
	// An empty cell is the pflicht rule's business; every other rule looks at values only.
	for (const r of regeln.slice(start)) r.wo = `${c} IS NOT NULL AND (${r.wo})`;
	return regeln;
}

function doppelteRegel(tabelle: TableName): Regel {
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
				: `Diese Zeile wiederholt Zeile ${zeile} (gleiche ${schluessel.join(', ')}); jede Merkmalskombination darf nur einmal gezählt werden.`
	};
}

/** Row window that the duplicate rule needs: the first row with the same key. */
export function ersterGleicherSql(tabelle: TableName): string {
	return `min(datensatz) OVER (PARTITION BY ${SCHLUESSEL[tabelle].map((s) => `"${s}"`).join(', ')})`;
}

/** Rules that relate a population row to the other tables and to its own columns. */
function bevoelkerungsregeln(dateien: Record<TableName, string>): Regel[] {
	const auslaender = `r.status = 'auslaender'`;
	const deutsch = `r.status IN ('deutsch', 'eingebuergert', 'aussiedler')`;
	return [
		{
			id: 'bevoelkerung.bezirk_unbekannt',
			spalte: 'stadtbezirk',
			wo: `regexp_full_match(r.stadtbezirk, ${sqlText(CODE_MUSTER.slice(1, -1))}) AND r.stadtbezirk NOT IN (SELECT code FROM roh_stadtbezirk WHERE code IS NOT NULL)`,
			schwere: 'fehler',
			text: (w) => `Der Stadtbezirk ${z(w)} fehlt in „${dateien.stadtbezirk}“; Bezirksnummern müssen genau so geschrieben sein wie dort.`
		},
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

export function regeln(tabelle: TableName, vorhanden: ReadonlySet<string>, dateien: Record<TableName, string>): Regel[] {
	const spalten = (TABELLEN[tabelle] as readonly Spalte[]).filter((s) => vorhanden.has(s.name));
	const liste = [...spalten.flatMap((s) => spaltenregeln(tabelle, s)), doppelteRegel(tabelle)];
	if (tabelle === 'bevoelkerung') liste.push(...bevoelkerungsregeln(dateien));
	return liste;
}
