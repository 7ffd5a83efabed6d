/**
 * Reads a dropped file in the web worker (lese.worker.ts): the page stays responsive, a progress
 * value arrives while the file is read, and the answer is the table or boundaries, or the findings.
 */
import type { Anfrage, Antwort } from '../../data/import/lese.worker';
import type { Eingelesen } from '../../data/import/lese';
import { Ladefehler } from '../../data/meldungen';

let worker: Worker | null = null;
let naechste = 0;

export function liesDatei(datei: File, blatt: string | undefined, stand: (anteil: number) => void): Promise<Eingelesen> {
	worker ??= new Worker(new URL('../../data/import/lese.worker.ts', import.meta.url), { type: 'module' });
	const w = worker;
	const id = ++naechste;
	return new Promise((resolve, reject) => {
		const antwort = (e: MessageEvent<Antwort>) => {
			const a = e.data;
			if (a.id !== id) return;
			if ('stand' in a) return stand(a.stand);
			w.removeEventListener('message', antwort);
			if ('ergebnis' in a) resolve(a.ergebnis);
			else reject(new Ladefehler(a.meldungen));
		};
		w.addEventListener('message', antwort);
		w.postMessage({ id, datei, blatt } satisfies Anfrage);
	});
}
