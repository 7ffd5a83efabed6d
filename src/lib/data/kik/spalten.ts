/**
 * The measure-state and goal tables as files (CSV or XLSX): their columns, one home for the names the
 * import reads, the export writes and the templates in static/vorlagen/ carry.
 */
export const STAND_SPALTEN = [
	{ name: 'massnahme', pflicht: true, bedeutung: 'KIK-Maßnahme, z. B. „SB 2.4“' },
	{ name: 'status', pflicht: true, bedeutung: 'nicht begonnen, geplant, in Vorbereitung, laufend, umgesetzt, dauerhaft etabliert, zurückgestellt' },
	{ name: 'umsetzungsgrad', pflicht: false, bedeutung: 'Umsetzungsgrad in % (0 bis 100)' },
	{ name: 'federfuehrung', pflicht: false, bedeutung: 'federführende Stelle (Akteur*in des KIK)' },
	{ name: 'partner', pflicht: false, bedeutung: 'Partner*innen (mehrere mit „;“)' },
	{ name: 'zielgruppen', pflicht: false, bedeutung: 'alle, Kinder, Jugendliche, Eltern, Frauen, Senior*innen, Neuzugewanderte, Geflüchtete (mehrere mit „;“)' },
	{ name: 'bezirke', pflicht: false, bedeutung: 'Stadtbezirke (Codes mit „;“) oder „stadtweit“; leer = stadtweit' },
	{ name: 'beginn', pflicht: false, bedeutung: 'Beginn (Datum)' },
	{ name: 'ende', pflicht: false, bedeutung: 'Ende (Datum)' },
	{ name: 'angebote', pflicht: false, bedeutung: 'Angebote (ids aus der Angebotstabelle, mehrere mit „;“)' },
	{ name: 'bewertung', pflicht: false, bedeutung: 'kurze Einschätzung' },
	{ name: 'bewertet_von', pflicht: false, bedeutung: 'wer eingeschätzt hat (Arbeitsgruppe, Fachrunde)' },
	{ name: 'bewertet_am', pflicht: false, bedeutung: 'Datum der Einschätzung' },
	{ name: 'geaendert_am', pflicht: true, bedeutung: 'Datum (und Uhrzeit) dieses Eintrags' },
	{ name: 'geaendert_von', pflicht: true, bedeutung: 'wer den Eintrag geschrieben hat' },
	{ name: 'beispiel', pflicht: false, bedeutung: 'ja = erfundener Beispieleintrag' }
] as const;

export const ZIEL_SPALTEN = [
	{ name: 'ziel', pflicht: true, bedeutung: 'Handlungsfeld und Zielnummer, z. B. „GT 2“' },
	{ name: 'kennzahl', pflicht: true, bedeutung: 'Kennzahl des Atlas oder „eigen“ (eigene Messwerte)' },
	{ name: 'bezeichnung', pflicht: false, bedeutung: 'was gemessen wird (bei „eigen“ Pflicht)' },
	{ name: 'messbar', pflicht: false, bedeutung: 'nein = noch nicht messbar; leer = ja' },
	{ name: 'grund', pflicht: false, bedeutung: 'warum (noch) nicht messbar' },
	{ name: 'ausgangswert', pflicht: false, bedeutung: 'Ausgangswert' },
	{ name: 'ausgangsstichtag', pflicht: false, bedeutung: 'Stichtag des Ausgangswerts' },
	{ name: 'zielwert', pflicht: false, bedeutung: 'Zielwert' },
	{ name: 'zieljahr', pflicht: false, bedeutung: 'Jahr, bis zu dem der Zielwert erreicht sein soll' },
	{ name: 'richtung', pflicht: false, bedeutung: 'steigend oder fallend: was als Fortschritt zählt (leer = steigend)' },
	{ name: 'werte', pflicht: false, bedeutung: 'eigene Messwerte „Stichtag=Wert“, mehrere mit „;“' },
	{ name: 'quelle', pflicht: false, bedeutung: 'Quelle der eigenen Messwerte' },
	{ name: 'beispiel', pflicht: false, bedeutung: 'ja = erfundenes Beispiel' }
] as const;
