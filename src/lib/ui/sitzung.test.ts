import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { sitzung, stelleSitzungBereit, type Sitzung } from './sitzung.svelte';

/** Renders a component made of `start`, run while it starts, as a page's script runs (the body asks for it). */
const starte = (start: () => void) => render((() => start()) as unknown as Component).body;

describe('sitzung()', () => {
	it('fails at once, saying why, when a view is used outside the layout that provides the session', () => {
		expect(() => starte(() => sitzung())).toThrow('Keine Datensatz-Sitzung: diese Ansicht muss innerhalb des Layouts (stelleSitzungBereit) stehen.');
	});

	it('gives the session the layout provided', () => {
		const bereit = { stadt: 'Kempten' } as Sitzung;
		let gefunden: Sitzung | null = null;
		starte(() => {
			stelleSitzungBereit(bereit);
			gefunden = sitzung();
		});
		expect(gefunden).toBe(bereit);
	});
});
