/**
 * The rules generated from the schema's column catalogue: a value of the column's type, range, allowed
 * values or form; a list cell's elements each allowed; a key that occurs once.
 */
import { CODE_MUSTER, EINRICHTUNG_MUSTER, ISO_MUSTER, MASSNAHME_MUSTER, SCHLUESSEL, SPRACHE_MUSTER, type Spalte, type TableName } from '../schema';
import { q, sqlListe, sqlText, z, type Regel } from './regel';

const MUSTER_TEXT: Record<string, string> = {
	[CODE_MUSTER]: 'ist keine gültige Bezirksnummer: erlaubt sind Buchstaben, Ziffern, „.“, „-“ und „_“, höchstens 20 Zeichen, nicht mit „_“ beginnend',
	[ISO_MUSTER]: 'ist kein ISO-Ländercode aus zwei Großbuchstaben (z. B. TR, XK)',
	[MASSNAHME_MUSTER]: 'ist keine Maßnahmen-Kennung der Form „SB 2.4“ (Handlungsfeld SB, AA, GP, BE, GT oder IÖ, Leerzeichen, Nummer)',
	[EINRICHTUNG_MUSTER]: 'ist keine gültige Kennung: Buchstaben, Ziffern, „.“, „-“, „_“, höchstens 40 Zeichen',
	[SPRACHE_MUSTER]: 'ist kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben, z. B. tr, ar)'
};

/** The elements of a list cell (";"-separated) that break `bedingung` (over `x`), as a list. */
const elemente = (c: string, bedingung: string) => `list_filter(list_transform(string_split(${c}, ';'), lambda e: trim(e)), lambda x: x <> '' AND (${bedingung}))`;

export function spaltenregeln(tabelle: TableName, s: Spalte): Regel[] {
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

export function doppelteRegel(tabelle: TableName, benenne: (s: string) => string): Regel {
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
