/**
 * SQL that turns a pseudonymised register extract (a row per person) into the canonical population
 * counts. The extract is read as text into positional columns c0…cn; which position is which field
 * comes from the user's mapping as integers, so no header text from the file ever reaches the SQL.
 */
import { ALTERSGRUPPEN, AUFENTHALTSDAUER } from '../schema';

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
const text = (i: number) => `nullif(trim(${spalte(i)}), '')`;

export const JA = ['ja', 'j', 'true', 'wahr', '1', 'x', 'y', 'yes'];
export const NEIN = ['nein', 'n', 'false', 'falsch', '0', 'no'];
const liste = (w: readonly string[]) => w.map((x) => `'${x}'`).join(', ');
const flagge = (i: number | undefined) => (i === undefined ? 'false' : `coalesce(lower(${text(i)}) IN (${liste(JA)}), false)`);

const GESCHLECHT: Record<string, readonly string[]> = {
	m: ['m', 'männlich', 'maennlich', 'mann', '1'],
	w: ['w', 'weiblich', 'frau', 'f', '2'],
	d: ['d', 'divers', '3'],
	o: ['o', 'ohne angabe', 'unbekannt', 'x', '4']
};

export function stageRegisterSql(spaltenzahl: number, trenner: string, kopfzeile: number): string {
	if (![';', ',', '\t', '|'].includes(trenner)) throw new Error('Ungültiges Trennzeichen');
	const spalten = Array.from({ length: spaltenzahl }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	const delim = trenner === '\t' ? '\\t' : trenner;
	return `CREATE OR REPLACE TEMP TABLE person AS SELECT row_number() OVER () AS datensatz, * FROM read_csv('${REGISTER_DATEI}',
		header = false, skip = ${Math.max(0, Math.trunc(kopfzeile))}, auto_detect = false, delim = '${delim}', quote = '"', escape = '"',
		columns = {${spalten}}, null_padding = true, ignore_errors = false)`;
}

/** Age at the Stichtag: given, or (exact for a 31 December) the Stichtag's year minus the year of birth. */
function alter(s: Registerspalten): string {
	if (s.alter !== undefined) return `TRY_CAST(${text(s.alter)} AS INTEGER)`;
	if (s.geburtsjahr !== undefined) return `(year(CAST(? AS DATE)) - TRY_CAST(${text(s.geburtsjahr)} AS INTEGER))`;
	throw new Error('Alter oder Geburtsjahr fehlt');
}

const altersgruppe = (a: string) =>
	`CASE ${ALTERSGRUPPEN.filter((g) => g.includes('-'))
		.map((g) => `WHEN ${a} <= ${g.split('-')[1]} THEN '${g}'`)
		.join(' ')} ELSE '${ALTERSGRUPPEN.at(-1)}' END`;

const dauer = (d: string) =>
	`CASE ${AUFENTHALTSDAUER.filter((g) => g.includes('-'))
		.map((g) => `WHEN ${d} < ${g.split('-')[1]} THEN '${g}'`)
		.join(' ')} ELSE '${AUFENTHALTSDAUER.at(-1)}' END`;

const geschlecht = (i: number) => `CASE ${Object.entries(GESCHLECHT).map(([k, w]) => `WHEN lower(${text(i)}) IN (${liste(w)}) THEN '${k}'`).join(' ')} END`;

/** Each person read into the canonical characteristics (NULL where a cell cannot be read). */
function personSql(s: Registerspalten): string {
	return `SELECT datensatz,
		${text(s.stadtbezirk)} AS stadtbezirk,
		${alter(s)} AS alter,
		${geschlecht(s.geschlecht)} AS geschlecht,
		upper(${text(s.staatsangehoerigkeit)}) AS sta,
		${flagge(s.eingebuergert)} AS eingebuergert,
		${flagge(s.aussiedler)} AS aussiedler,
		${flagge(s.mh_abgeleitet)} AS mh_abgeleitet,
		${flagge(s.fluchthintergrund)} AS flucht,
		${s.zuzugsjahr === undefined ? 'CAST(NULL AS INTEGER)' : `TRY_CAST(${text(s.zuzugsjahr)} AS INTEGER)`} AS zuzug
	FROM person`;
}

/** What a person's row may be wrong in; the checks name the first rows of each kind. */
export interface Registerregel {
	id: string;
	spalte: keyof Registerspalten;
	wo: string;
	wert: string;
	text: (wert: string) => string;
}

export function registerregeln(s: Registerspalten): Registerregel[] {
	const flaggen = (['eingebuergert', 'aussiedler', 'mh_abgeleitet', 'fluchthintergrund'] as const).filter((f) => s[f] !== undefined);
	return [
		{ id: 'bezirk', spalte: 'stadtbezirk', wo: `${text(s.stadtbezirk)} IS NULL`, wert: "''", text: () => 'Die Bezirksnummer fehlt.' },
		{ id: 'bezirk_unbekannt', spalte: 'stadtbezirk', wo: `${text(s.stadtbezirk)} NOT IN (SELECT code FROM stadtbezirk)`, wert: text(s.stadtbezirk), text: (w) => `Der Stadtbezirk „${w}“ fehlt in der Liste der Stadtbezirke.` },
		{
			id: 'alter',
			spalte: s.alter !== undefined ? 'alter' : 'geburtsjahr',
			wo: `${alter(s)} IS NULL OR ${alter(s)} < 0 OR ${alter(s)} > 120`,
			wert: text(s.alter ?? s.geburtsjahr!),
			text: (w) => (s.alter !== undefined ? `„${w}“ ist kein Alter (ganze Zahl von 0 bis 120).` : `„${w}“ ist kein Geburtsjahr, das zum Stichtag passt.`)
		},
		{ id: 'geschlecht', spalte: 'geschlecht', wo: `${geschlecht(s.geschlecht)} IS NULL`, wert: text(s.geschlecht), text: (w) => `„${w}“ ist kein Geschlecht; erlaubt sind m/männlich, w/weiblich, d/divers, o/ohne Angabe.` },
		{
			id: 'staat',
			spalte: 'staatsangehoerigkeit',
			wo: `upper(${text(s.staatsangehoerigkeit)}) IS NULL OR upper(${text(s.staatsangehoerigkeit)}) NOT IN (SELECT iso FROM staat)`,
			wert: text(s.staatsangehoerigkeit),
			text: (w) => `„${w}“ ist kein bekannter Staat; erwartet wird der ISO-Code aus zwei Buchstaben (DE, TR, XK).`
		},
		...flaggen.map((f): Registerregel => ({ id: `flagge.${f}`, spalte: f, wo: `lower(${text(s[f]!)}) NOT IN (${liste([...JA, ...NEIN])})`, wert: text(s[f]!), text: (w) => `„${w}“ ist weder ja noch nein (erlaubt: ja/nein, 1/0, x/leer).` })),
		...(s.zuzugsjahr !== undefined
			? [{ id: 'zuzug', spalte: 'zuzugsjahr' as const, wo: `${text(s.zuzugsjahr)} IS NOT NULL AND (TRY_CAST(${text(s.zuzugsjahr)} AS INTEGER) IS NULL OR TRY_CAST(${text(s.zuzugsjahr)} AS INTEGER) > year(CAST(? AS DATE)))`, wert: text(s.zuzugsjahr), text: (w: string) => `„${w}“ ist kein Jahr des Zuzugs bis zum Stichtag.` }]
			: [])
	];
}

/** First three rows per rule and how many there are; `?` placeholders take the Stichtag. */
export function registerPruefSql(regeln: readonly Registerregel[]): string {
	return `WITH v AS (${regeln.map((r) => `SELECT '${r.id}' AS regel, datensatz, CAST(${r.wert} AS VARCHAR) AS wert FROM person WHERE ${r.wo}`).join(' UNION ALL ')})
		SELECT regel, datensatz::INTEGER AS datensatz, wert, (count(*) OVER (PARTITION BY regel))::INTEGER AS anzahl FROM v
		QUALIFY row_number() OVER (PARTITION BY regel ORDER BY datensatz) <= 3 ORDER BY datensatz`;
}

/** The canonical counts; status follows the KIK's definition (foreign citizenship first). */
export function registerAggregatSql(s: Registerspalten): string {
	return `WITH p AS (${personSql(s)})
	SELECT CAST(? AS DATE)::VARCHAR AS stichtag, stadtbezirk, geschlecht, ${altersgruppe('alter')} AS altersgruppe,
		CASE WHEN sta <> 'DE' THEN 'auslaender' WHEN aussiedler THEN 'aussiedler' WHEN eingebuergert OR mh_abgeleitet THEN 'eingebuergert' ELSE 'deutsch' END AS status,
		sta AS staatsangehoerigkeit,
		CASE WHEN sta <> 'DE' THEN EXISTS (SELECT 1 FROM staat st WHERE st.iso = p.sta AND st.eu_beitritt <= CAST(? AS DATE) AND (st.eu_austritt IS NULL OR st.eu_austritt > CAST(? AS DATE))) END AS eu,
		flucht AS fluchthintergrund,
		CASE WHEN sta <> 'DE' AND zuzug IS NOT NULL THEN ${dauer('(year(CAST(? AS DATE)) - zuzug)')} END AS aufenthaltsdauer,
		count(*)::INTEGER AS anzahl
	FROM p GROUP BY ALL ORDER BY ALL`;
}

/** How many `?` a statement has (each takes the Stichtag). */
export const platzhalter = (sql: string) => (sql.match(/\?/g) ?? []).length;
