/** The row limit of a table read in JavaScript, with the limit set low (the real one is 2 million rows). */
import { describe, expect, it, vi } from 'vitest';
import { lese } from './lese';

vi.mock('./grenzen', async (original) => {
	const echt = await original<typeof import('./grenzen')>();
	return { ...echt, GRENZEN: { ...echt.GRENZEN, zeilen: 3 } };
});

const text = (t: string) => new TextEncoder().encode(t);

describe('lese with a limit of 3 rows', () => {
	it('reads a table of as many rows as the limit, and refuses one row more, naming the limit', async () => {
		const e = await lese('b.csv', text('Bezirk;Einwohner\n1;10\n2;20\n3;30\n'));
		expect(e.art === 'tabelle' && e.roh.zeilen).toHaveLength(3);
		await expect(lese('b.csv', text('Bezirk;Einwohner\n1;10\n2;20\n3;30\n4;40\n'))).rejects.toMatchObject({
			meldungen: [{ schwere: 'fehler', datei: 'b.csv', text: 'Die Tabelle hat mehr als 3 Zeilen; so große Tabellen gehen nur als CSV (Melderegister-Auszug).' }]
		});
	});
});
