/**
 * The domain rules a table must meet before it may replace the loaded data, each an SQL condition over
 * the table's raw rows (view `roh_<tabelle>`, alias `r`, all values as trimmed text or NULL) and the
 * German sentence a statistician reads. The column rules are generated from the schema's column
 * catalogue (spaltenregeln.ts); the rules across columns and tables are in tabellenregeln.ts; what a
 * rule is, in regel.ts. This file says which apply to a table.
 */
import { SCHLUESSEL, TABELLEN, type Spalte, type TableName } from '../schema';
import type { Regel } from './regel';
import { doppelteRegel, spaltenregeln } from './spaltenregeln';
import { bevoelkerungsregeln, bezirkszahlregeln, einrichtungsregeln, wohnortregeln } from './tabellenregeln';

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
