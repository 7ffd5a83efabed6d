/**
 * A view's query as a runes class (Svelte's client runtime, effects run by hand with flushSync): it waits
 * for the coordinator, shows an answer only for the question it asked last, and names an error.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Koordinator } from '../data/abfragen/koordinator';
import { Abfrage, type Frage } from './abfrage.svelte';
import type { Sitzung } from './sitzung.svelte';

/** A session of which only the coordinator and its error matter here, both reactive. */
class Testsitzung {
	koordinator = $state.raw<Koordinator | null>(null);
	datenbankFehler = $state<string | null>(null);
}

/** A question whose answer the test releases by hand. */
function offeneFrage<T>() {
	let loese!: (wert: T) => void;
	let scheitere!: (fehler: Error) => void;
	const antwort = new Promise<T>((a, b) => ((loese = a), (scheitere = b)));
	const frage: Frage<T> = () => antwort;
	return { frage, loese, scheitere };
}

/** Builds the query inside an effect root, as a component's initialisation would; returns it and the teardown. */
function abfrage<T>(s: Testsitzung, frage: () => Frage<T> | null) {
	let a!: Abfrage<T>;
	const ende = $effect.root(() => {
		a = new Abfrage<T>(s as unknown as Sitzung, frage);
	});
	flushSync();
	return { a, ende };
}

const warte = () => new Promise((r) => setTimeout(r, 0));

describe('Abfrage', () => {
	it('waits for the database, then loads, then shows the answer', async () => {
		const s = new Testsitzung();
		const f = offeneFrage<number>();
		const { a, ende } = abfrage(s, () => f.frage);
		expect(a.status).toBe('wartet');
		s.koordinator = {} as Koordinator;
		flushSync();
		expect(a.status).toBe('laedt');
		f.loese(42);
		await warte();
		expect([a.status, a.wert]).toEqual(['bereit', 42]);
		ende();
	});

	it('drops the answer to a question the view no longer asks', async () => {
		const s = new Testsitzung();
		s.koordinator = {} as Koordinator;
		const alt = offeneFrage<string>();
		const neu = offeneFrage<string>();
		const zustand = $state({ welche: 'alt' });
		const { a, ende } = abfrage(s, () => (zustand.welche === 'alt' ? alt.frage : neu.frage));
		zustand.welche = 'neu';
		flushSync();
		neu.loese('neu');
		await warte();
		alt.loese('alt');
		await warte();
		expect(a.wert).toBe('neu');
		ende();
	});

	it('names the error of a failed question, and the database’s when it could not start', async () => {
		const s = new Testsitzung();
		s.koordinator = {} as Koordinator;
		const f = offeneFrage<number>();
		const { a, ende } = abfrage(s, () => f.frage);
		f.scheitere(new Error('Die Tabelle fehlt.'));
		await warte();
		expect([a.status, a.fehler]).toEqual(['fehler', 'Die Tabelle fehlt.']);
		ende();
		const ohne = new Testsitzung();
		ohne.datenbankFehler = 'DuckDB konnte nicht starten.';
		const b = abfrage(ohne, () => offeneFrage<number>().frage);
		expect([b.a.status, b.a.fehler]).toEqual(['fehler', 'DuckDB konnte nicht starten.']);
		b.ende();
	});
});
