/**
 * The web worker that reads dropped files, so that parsing a large table never freezes the page.
 * It answers one request per message: the file, and optionally the sheet of a workbook.
 */
import { lese } from './lese';
import { erkenneDateiart } from './dateiart';
import { Ladefehler, type Meldung } from '../meldungen';

export type Anfrage = { id: number; datei: File; blatt?: string };
export type Antwort = { id: number; stand: number } | { id: number; ergebnis: Awaited<ReturnType<typeof lese>> } | { id: number; meldungen: Meldung[] };

self.onmessage = async (e: MessageEvent<Anfrage>) => {
	const { id, datei, blatt } = e.data;
	const sende = (a: Antwort) => (self as unknown as Worker).postMessage(a);
	try {
		// Size and kind first: a file too large for the tab is refused before it is read.
		erkenneDateiart(datei.name, datei.size, new Uint8Array(await datei.slice(0, 8192).arrayBuffer()));
		const bytes = await liesMitFortschritt(datei, (stand) => sende({ id, stand }));
		sende({ id, ergebnis: await lese(datei.name, bytes, blatt) });
	} catch (error) {
		sende({ id, meldungen: error instanceof Ladefehler ? [...error.meldungen] : [{ schwere: 'fehler', datei: datei.name, text: error instanceof RangeError ? 'Die Datei ist zu groß für den Speicher des Browsers.' : `Die Datei konnte nicht gelesen werden (${error instanceof Error ? error.message : String(error)}).` }] });
	}
};

/** Reads the file in slices, reporting the share read (0–1) for the progress bar. */
async function liesMitFortschritt(datei: File, melde: (stand: number) => void): Promise<Uint8Array> {
	const bytes = new Uint8Array(datei.size);
	const reader = datei.stream().getReader();
	let pos = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes.set(value, pos);
		pos += value.length;
		melde(pos / Math.max(1, datei.size));
	}
	return bytes;
}
