/** The reading worker's answers, with the worker's global scope stood in for by a recorder. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Anfrage, Antwort } from './lese.worker';

const gesendet: Antwort[] = [];
let frage: (e: MessageEvent<Anfrage>) => Promise<void>;

beforeAll(async () => {
	const g = globalThis as unknown as { self: { onmessage?: typeof frage; postMessage: (a: Antwort) => void } };
	g.self = { postMessage: (a) => void gesendet.push(a) };
	await import('./lese.worker');
	frage = g.self.onmessage!;
});

async function antworten(datei: File, id: number): Promise<Antwort[]> {
	gesendet.length = 0;
	await frage({ data: { id, datei } } as MessageEvent<Anfrage>);
	return [...gesendet];
}

describe('lese.worker', () => {
	it('reports the share read and answers with the table', async () => {
		const a = await antworten(new File(['Bezirk;Einwohner\n1;10\n'], 'b.csv'), 7);
		expect(a.every((x) => x.id === 7)).toBe(true);
		const staende = a.flatMap((x) => ('stand' in x ? [x.stand] : []));
		expect(staende.at(-1)).toBe(1);
		expect(staende.every((s) => s > 0 && s <= 1)).toBe(true);
		const letzte = a.at(-1)!;
		expect('ergebnis' in letzte && letzte.ergebnis.art === 'tabelle' && letzte.ergebnis.roh.kopf).toEqual(['Bezirk', 'Einwohner']);
	});

	it('answers with the findings of a file it refuses, before reading it', async () => {
		const a = await antworten(new File([], 'leer.csv'), 8);
		expect(a).toEqual([{ id: 8, meldungen: [{ schwere: 'fehler', datei: 'leer.csv', text: 'Die Datei ist leer.' }] }]);
	});

	it('names a failure that is no finding of the import', async () => {
		const kaputt = new File(['a;b\n1;2\n'], 'b.csv');
		Object.defineProperty(kaputt, 'stream', { value: () => { throw new TypeError('gesperrt'); } });
		expect(await antworten(kaputt, 9)).toEqual([{ id: 9, meldungen: [{ schwere: 'fehler', datei: 'b.csv', text: 'Die Datei konnte nicht gelesen werden (gesperrt).' }] }]);
		const gross = new File(['a;b\n1;2\n'], 'b.csv');
		Object.defineProperty(gross, 'stream', { value: () => { throw new RangeError('Array buffer allocation failed'); } });
		expect(await antworten(gross, 10)).toEqual([{ id: 10, meldungen: [{ schwere: 'fehler', datei: 'b.csv', text: 'Die Datei ist zu groß für den Speicher des Browsers.' }] }]);
	});
});
