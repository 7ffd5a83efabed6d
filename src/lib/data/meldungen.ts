/**
 * What the loader tells a statistician about a file: German, naming file, row and column, so that the
 * faulty cell can be found in Excel without reading an engine message. Errors stop a load; warnings
 * are shown beside the data.
 */

export type Schwere = 'fehler' | 'warnung';

export interface Meldung {
	schwere: Schwere;
	datei: string;
	/** 1-based row as a spreadsheet counts it (header = row 1). */
	zeile?: number;
	spalte?: string;
	/** A field of a JSON file (manifest, GeoJSON feature). */
	feld?: string;
	text: string;
	/** How many further rows break the same rule (only the first few are named). */
	weitere?: number;
}

/** German thousands separator always (the browsers' own rule leaves out the dot in 4-digit numbers). */
const anzahl = new Intl.NumberFormat('de-DE', { useGrouping: 'always' });

export function meldungstext(m: Meldung): string {
	// Row numbers as the spreadsheet shows them: without a thousands separator.
	const ort = [`Datei „${m.datei}“`, m.zeile !== undefined ? `Zeile ${m.zeile}` : '', m.spalte ? `Spalte „${m.spalte}“` : '', m.feld ? `Feld „${m.feld}“` : '']
		.filter(Boolean)
		.join(', ');
	const flaechen = m.feld?.startsWith('features[');
	const rest = m.weitere ? ` (und ${anzahl.format(m.weitere)} weitere ${m.weitere === 1 ? (flaechen ? 'Fläche' : 'Zeile') : flaechen ? 'Flächen' : 'Zeilen'})` : '';
	return `${ort}: ${m.text}${rest}`;
}

/** A load that found errors; nothing was replaced. `meldungen` holds the errors and any warnings. */
export class Ladefehler extends Error {
	constructor(readonly meldungen: readonly Meldung[]) {
		const fehler = meldungen.filter((m) => m.schwere === 'fehler');
		super(fehler.map(meldungstext).join('\n') || 'Die Daten konnten nicht geladen werden.');
		this.name = 'Ladefehler';
	}
}

type Ort = Pick<Meldung, 'zeile' | 'spalte' | 'feld' | 'weitere'>;

export function fehler(datei: string, text: string, ort: Ort = {}): Meldung {
	return { schwere: 'fehler', datei, text, ...ort };
}

export function warnung(datei: string, text: string, ort: Ort = {}): Meldung {
	return { schwere: 'warnung', datei, text, ...ort };
}

/** Any error as German text for the page: a Ladefehler lists its findings, anything else says what failed. */
export function alsText(error: unknown): string {
	if (error instanceof Error) return error.message;
	return String(error);
}
