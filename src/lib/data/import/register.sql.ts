/**
 * SQL that turns a pseudonymised register extract (a row per person) into the canonical population
 * counts. The extract is read as text into positional columns c0…cn; which position is which field
 * comes from the user's mapping as integers, so no header text from the file ever reaches the SQL.
 * Each person's row is read once into typed characteristics (`person`); the checks and the counts
 * both work on that table, and the counts leave DuckDB as one CSV text.
 */
import { ALTERSGRUPPEN, AUFENTHALTSDAUER, TABELLEN } from '../schema';
import { bandSql } from '../kennzahlregeln';

export const REGISTER_DATEI = 'register_import.csv';

export interface Registerspalten {
	stadtbezirk: number;
	geschlecht: number;
	staatsangehoerigkeit: number;
	alter?: number;
	geburtsjahr?: number;
	eingebuergert?: number;
	aussiedler?: number;
	mh_abgeleitet?: number;
	fluchthintergrund?: number;
	zuzugsjahr?: number;
}

const spalte = (i: number) => {
	if (!Number.isInteger(i) || i < 0 || i > 999) throw new Error(`Ungültige Spaltennummer: ${i}`);
	return `c${i}`;
};
/** A used column's cell, trimmed, empty as NULL: read once per row, then referred to by name. */
const text = (i: number) => `r${spalte(i).slice(1)}`;

export const JA = ['ja', 'j', 'true', 'wahr', '1', 'x', 'y', 'yes'];
export const NEIN = ['nein', 'n', 'false', 'falsch', '0', 'no'];
const liste = (w: readonly string[]) => w.map((x) => `'${x}'`).join(', ');
/** true, false, or NULL for a value that is neither (an empty cell is "no"). */
const flagge = (i: number | undefined) =>
	i === undefined ? 'false' : `CASE WHEN ${text(i)} IS NULL THEN false WHEN lower(${text(i)}) IN (${liste(JA)}) THEN true WHEN lower(${text(i)}) IN (${liste(NEIN)}) THEN false END`;

const GESCHLECHT: Record<string, readonly string[]> = {
	m: ['m', 'männlich', 'maennlich', 'mann', '1'],
	w: ['w', 'weiblich', 'frau', 'f', '2'],
	d: ['d', 'divers', '3'],
	o: ['o', 'ohne angabe', 'unbekannt', 'x', '4']
};

/** The Stichtag as a validated ISO date: it is the one value spliced into these statements. */
function datum(stichtag: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(stichtag)) throw new Error(`Ungültiger Stichtag: ${stichtag}`);
	return `DATE '${stichtag}'`;
}

/** Age at the Stichtag: given, or (exact for a 31 December) the Stichtag's year minus the year of birth. */
function alter(s: Registerspalten, stichtag: string): string {
	if (s.alter !== undefined) return `TRY_CAST(${text(s.alter)} AS INTEGER)`;
	if (s.geburtsjahr !== undefined) return `(year(${datum(stichtag)}) - TRY_CAST(${text(s.geburtsjahr)} AS INTEGER))`;
	throw new Error('Alter oder Geburtsjahr fehlt');
}

const geschlecht = (i: number) => `CASE lower(${text(i)}) ${Object.entries(GESCHLECHT).flatMap(([k, w]) => w.map((x) => `WHEN '${x}' THEN '${k}'`)).join(' ')} END`;

/**
 * Each person once, read from the file and typed in one pass; the used cells are kept as written
 * (trimmed) for the messages. A cell that cannot be read becomes NULL (or `zuzug_falsch`), which the
 * checks name. Rows keep the file's order, so `rowid` counts them.
 */
export function personSql(spaltenzahl: number, trenner: string, kopfzeile: number, s: Registerspalten, stichtag: string): string {
	if (![';', ',', '\t', '|'].includes(trenner)) throw new Error('Ungültiges Trennzeichen');
	const spalten = Array.from({ length: spaltenzahl }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	const delim = trenner === '\t' ? '\\t' : trenner;
	const benutzt = [...new Set(Object.values(s).filter((i): i is number => typeof i === 'number'))];
	const zuzug = s.zuzugsjahr === undefined ? 'CAST(NULL AS INTEGER)' : `TRY_CAST(${text(s.zuzugsjahr)} AS INTEGER)`;
	return `CREATE OR REPLACE TEMP TABLE person AS SELECT
		${text(s.stadtbezirk)} AS stadtbezirk,
		${alter(s, stichtag)} AS alter,
		${geschlecht(s.geschlecht)} AS geschlecht,
		upper(${text(s.staatsangehoerigkeit)}) AS sta,
		${flagge(s.eingebuergert)} AS eingebuergert,
		${flagge(s.aussiedler)} AS aussiedler,
		${flagge(s.mh_abgeleitet)} AS mh_abgeleitet,
		${flagge(s.fluchthintergrund)} AS flucht,
		${zuzug} AS zuzug,
		${s.zuzugsjahr === undefined ? 'false' : `(${text(s.zuzugsjahr)} IS NOT NULL AND (${zuzug} IS NULL OR ${zuzug} > year(${datum(stichtag)})))`} AS zuzug_falsch,
		${benutzt.map((i) => text(i)).join(', ')}
	FROM (
		SELECT ${benutzt.map((i) => `nullif(trim(${spalte(i)}), '') AS ${text(i)}`).join(', ')}
		FROM read_csv('${REGISTER_DATEI}', header = false, skip = ${Math.max(0, Math.trunc(kopfzeile))}, auto_detect = false,
			delim = '${delim}', quote = '"', escape = '"', columns = {${spalten}}, null_padding = true)
	)`;
}

/** What a person's row may be wrong in; the checks name the first rows of each kind. */
export interface Registerregel {
	id: string;
	spalte: keyof Registerspalten;
	/** Condition over `person`. */
	wo: string;
	text: (wert: string) => string;
}

export function registerregeln(s: Registerspalten): Registerregel[] {
	const flaggen = (['eingebuergert', 'aussiedler', 'mh_abgeleitet', 'fluchthintergrund'] as const).filter((f) => s[f] !== undefined);
	const flaggenspalte = { eingebuergert: 'eingebuergert', aussiedler: 'aussiedler', mh_abgeleitet: 'mh_abgeleitet', fluchthintergrund: 'flucht' };
	return [
		{ id: 'bezirk', spalte: 'stadtbezirk', wo: 'stadtbezirk IS NULL', text: () => 'Die Bezirksnummer fehlt.' },
		{ id: 'bezirk_unbekannt', spalte: 'stadtbezirk', wo: 'stadtbezirk NOT IN (SELECT code FROM stadtbezirk)', text: (w) => `Der Stadtbezirk „${w}“ fehlt in der Liste der Stadtbezirke.` },
		{
			id: 'alter',
			spalte: s.alter !== undefined ? 'alter' : 'geburtsjahr',
			wo: 'alter IS NULL OR alter < 0 OR alter > 120',
			text: (w) => (s.alter !== undefined ? `„${w}“ ist kein Alter (ganze Zahl von 0 bis 120).` : `„${w}“ ist kein Geburtsjahr, das zum Stichtag passt.`)
		},
		{ id: 'geschlecht', spalte: 'geschlecht', wo: 'geschlecht IS NULL', text: (w) => `„${w}“ ist kein Geschlecht; erlaubt sind m/männlich, w/weiblich, d/divers, o/ohne Angabe.` },
		{ id: 'staat', spalte: 'staatsangehoerigkeit', wo: 'sta IS NULL OR sta NOT IN (SELECT iso FROM staat)', text: (w) => `„${w}“ ist kein bekannter Staat; erwartet wird der ISO-Code aus zwei Buchstaben (DE, TR, XK).` },
		...flaggen.map((f): Registerregel => ({ id: `flagge.${f}`, spalte: f, wo: `${flaggenspalte[f]} IS NULL`, text: (w) => `„${w}“ ist weder ja noch nein (erlaubt: ja/nein, 1/0, x/leer).` })),
		...(s.zuzugsjahr !== undefined ? [{ id: 'zuzug', spalte: 'zuzugsjahr' as const, wo: 'zuzug_falsch', text: (w: string) => `„${w}“ ist kein Jahr des Zuzugs bis zum Stichtag.` }] : [])
	];
}

/** First three rows per rule, how many there are, and the cell as the file wrote it. */
export function registerPruefSql(s: Registerspalten, regeln: readonly Registerregel[]): string {
	const zelle = regeln.map((r) => `WHEN '${r.id}' THEN ${text(s[r.spalte]!)}`).join(' ');
	return `WITH v AS (${regeln.map((r) => `SELECT '${r.id}' AS regel, rowid AS nr, CASE '${r.id}' ${zelle} END AS wert FROM person WHERE ${r.wo}`).join(' UNION ALL ')})
		SELECT regel, (nr + 1)::INTEGER AS datensatz, wert, (count(*) OVER (PARTITION BY regel))::INTEGER AS anzahl FROM v
		QUALIFY row_number() OVER (PARTITION BY regel ORDER BY nr) <= 3 ORDER BY nr`;
}

/**
 * The canonical counts as one CSV text (header and rows): status follows the KIK's definition
 * (foreign citizenship first); EU membership from the citizenship table at the Stichtag. Every value
 * is a checked code or a band of ours, so none needs quoting.
 */
export function registerAggregatSql(stichtag: string): string {
	const d = datum(stichtag);
	const spalten = TABELLEN.bevoelkerung.map((c) => c.name);
	return `WITH eu AS (
			SELECT iso, (eu_beitritt <= ${d} AND (eu_austritt IS NULL OR eu_austritt > ${d})) AS eu FROM staat
		), z AS (
			SELECT p.stadtbezirk, p.geschlecht, ${bandSql('p.alter', ALTERSGRUPPEN)} AS altersgruppe,
				CASE WHEN p.sta <> 'DE' THEN 'auslaender' WHEN p.aussiedler THEN 'aussiedler' WHEN p.eingebuergert OR p.mh_abgeleitet THEN 'eingebuergert' ELSE 'deutsch' END AS status,
				p.sta AS staatsangehoerigkeit,
				CASE WHEN p.sta <> 'DE' THEN coalesce(eu.eu, false) END AS eu,
				p.flucht AS fluchthintergrund,
				CASE WHEN p.sta <> 'DE' AND p.zuzug IS NOT NULL THEN ${bandSql(`(year(${d}) - p.zuzug)`, AUFENTHALTSDAUER)} END AS aufenthaltsdauer,
				count(*) AS anzahl
			FROM person p LEFT JOIN eu ON eu.iso = p.sta
			GROUP BY ALL
		)
		SELECT '${spalten.join(',')}' || chr(10) || string_agg(concat_ws(',', '${stichtag}', stadtbezirk, geschlecht, altersgruppe, status, staatsangehoerigkeit,
			coalesce(CAST(eu AS VARCHAR), ''), CAST(fluchthintergrund AS VARCHAR), coalesce(aufenthaltsdauer, ''), CAST(anzahl AS VARCHAR)), chr(10) ORDER BY stadtbezirk, geschlecht, altersgruppe, status, staatsangehoerigkeit, fluchthintergrund, aufenthaltsdauer) || chr(10) AS csv,
			count(*)::INTEGER AS zeilen
		FROM z`;
}
