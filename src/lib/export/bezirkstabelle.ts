/**
 * The district table of the atlas as a CSV file: every district (not only the page shown), the city's
 * row, the withheld and missing values as the screen marks them, and below the table every note the
 * screen shows beside it (smoothing, intervals, confidentiality, what is missing, definition, Stichtag,
 * source, demo data).
 */
import { definitionVon, EINHEIT_LABEL, type IndikatorBeschreibung } from '../data/indikatoren';
import type { DatensatzManifest } from '../data/manifest';
import { OHNE_ANGABE } from '../data/angaben';
import { formatStichtag, GEHEIMHALTUNG_HINWEIS, GESPERRT, nachkommastellen } from '../analysis/format';
import type { Anteilsdetail } from '../analysis/statistik/atlaswerte';
import { alsCsv } from './csv';

/** What a Stadtteil's figures are, wherever they are shown. */
export const STADTTEIL_SUMMEN = 'Die Anzahlen eines Stadtteils sind die Summen seiner Bezirke, seine Anteile aus diesen Summen berechnet. Eine Summe mit einer gesperrten Zahl ist gesperrt.';

export interface Tabellenzeile {
	code: string;
	name: string;
	stadtteil: string;
	wert: number | null;
	veraenderung: number | null;
	sperre: unknown;
	detail: Anteilsdetail | null;
}

export interface Bezirkstabelle {
	titel: string;
	indikator: IndikatorBeschreibung;
	stichtag: string;
	/** The heading of the change column ("Veränderung seit …"); with `vergleich` the intervals get the Zufall column. */
	veraenderungsLabel: string;
	vergleich: string | null;
	zeilen: readonly Tabellenzeile[];
	stadt: { wert: number | null; veraenderung: number | null } | undefined;
	mitIntervall: boolean;
	intervallHinweis: string;
	glaettung: { label: string; methode: string } | null;
	/** The data lack the indicator: every value is "keine Angabe", with the note which column would fill it. */
	fehlt: boolean;
	fehltText: string | null;
	manifest: DatensatzManifest;
	/** The rows are Stadtteile, each its districts summed: no Stadtteil column of their own. */
	stadtteile?: boolean;
}

export function bezirkstabelleCsv(t: Bezirkstabelle): string {
	const { indikator, glaettung, mitIntervall, vergleich, fehlt, fehltText, manifest, stadtteile = false } = t;
	const gebiet = stadtteile ? ['Stadtteil-Nr.', 'Stadtteil'] : ['Stadtbezirk-Nr.', 'Stadtbezirk', 'Stadtteil'];
	const einheit = EINHEIT_LABEL[indikator.einheit];
	const gezeigt = (z: { sperre?: unknown }, w: number | null) => (fehlt ? OHNE_ANGABE : z.sperre ? GESPERRT : w);
	return alsCsv(
		{
			kopf: [
				...gebiet, `${indikator.label}${glaettung ? `, ${glaettung.label}` : ''} (${einheit.wert})`, `${t.veraenderungsLabel} (${einheit.veraenderung})`,
				...(mitIntervall ? ['95-%-Intervall von (%)', '95-%-Intervall bis (%)', ...(vergleich ? ['Veränderung im Rahmen der Zufallsschwankung'] : [])] : [])
			],
			zeilen: [
				...t.zeilen.map((z) => [
					...[z.code, z.name, z.stadtteil].slice(0, gebiet.length), gezeigt(z, z.wert), gezeigt(z, z.veraenderung),
					...(mitIntervall ? [z.sperre ? GESPERRT : (z.detail?.intervall?.unten ?? null), z.sperre ? GESPERRT : (z.detail?.intervall?.oben ?? null), ...(vergleich ? [z.detail?.veraenderung ? (z.detail.veraenderung.zufall ? 'ja' : 'nein') : null] : [])] : [])
				]),
				[...['', 'Gesamtstadt', ''].slice(0, gebiet.length), gezeigt({}, t.stadt?.wert ?? null), gezeigt({}, t.stadt?.veraenderung ?? null), ...(mitIntervall ? [null, null, ...(vergleich ? [null] : [])] : [])]
			],
			stellen: [...gebiet.map(() => 0), nachkommastellen(indikator.einheit), nachkommastellen(indikator.einheit), 1, 1, 0],
			fussnoten: [
				'Werte gerundet wie in der Anzeige.',
				...(stadtteile ? [STADTTEIL_SUMMEN] : []),
				...(glaettung ? [`Werte: ${glaettung.label}. ${glaettung.methode}`] : []),
				...(mitIntervall ? [t.intervallHinweis] : []),
				...(t.zeilen.some((z) => z.sperre) ? [GEHEIMHALTUNG_HINWEIS(manifest.geheimhaltung)] : []),
				...(fehltText ? [fehltText] : []),
				`Definition: ${definitionVon(indikator, manifest.begriffe)}`,
				`Stichtag: ${formatStichtag(t.stichtag)}`,
				`Quelle: ${manifest.quelle}`,
				...(manifest.beispieldaten ? [`Hinweis: ${manifest.hinweis}`] : [])
			]
		},
		t.titel
	);
}
