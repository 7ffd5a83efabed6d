/**
 * A workspace handed on carries the published tables, not the raw rows: opened elsewhere it shows the
 * sender's figures, "•" (NULL, withheld) exactly where the sender's atlas withholds, and a file whose
 * tables would show a count below the threshold is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gepflanzteDaten } from '../testing/gepflanzt';
import { DEFAULT_DIR } from '../testing/defaultData';
import { angreifersicht, type Angreifersicht } from '../testing/angreifer';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { Koordinator } from '../abfragen/koordinator';
import { oeffneArbeitsstand } from '../quellen/arbeitsstand';
import { Ladefehler } from '../meldungen';
import { kleineZahlen } from '../laden/kleineZahlen';
import { alsArbeitsbereichsdatei, leseArbeitsbereichsdatei } from './datei';
import { fuegeHinzu, zumWeitergeben, type Arbeitsstand } from './arbeitsstand';
import { veroeffentlichteTabellen } from './weitergabe';

const lies = (f: string) => readFile(join(DEFAULT_DIR, f), 'utf8');
let gesendet: Angreifersicht;
let datei: string;
let roh: string;
let sender: NodeDatabase;
let stand: Arbeitsstand;

beforeAll(async () => {
	// Eight districts with 1s and 2s planted, taken over as an own import.
	const g = await gepflanzteDaten(8);
	sender = g.db;
	roh = g.roh;
	stand = g.arbeitsstand;
	gesendet = await angreifersicht(g.k);
	const v = await veroeffentlichteTabellen(g.db, ['2020-12-31']);
	datei = alsArbeitsbereichsdatei({ arbeitsstand: zumWeitergeben(g.arbeitsstand, v), zuordnungen: {} });
}, 120_000);

async function oeffne(text: string): Promise<NodeDatabase> {
	const b = leseArbeitsbereichsdatei('weiter.json', text);
	const o = await oeffneArbeitsstand(b.arbeitsstand, lies);
	const db = await nodeDatabase();
	await o.pruefe(db);
	await o.ladeInDatenbank(db);
	return db;
}

describe('a workspace handed on', () => {
	it('holds no raw row of the population', () => {
		const b = leseArbeitsbereichsdatei('weiter.json', datei);
		expect(b.arbeitsstand.quellen.some((q) => q.teil === 'bevoelkerung')).toBe(false);
		// A row of the register extract, as the sender imported it, is nowhere in the file.
		expect(datei).not.toContain(roh.split('\n')[1]);
	});

	it('opened elsewhere, shows every figure the sender’s atlas shows, withheld ones withheld (never 0)', async () => {
		const db = await oeffne(datei);
		const empfangen = await angreifersicht(new Koordinator(db));
		expect([...empfangen.zahlen]).toEqual([...gesendet.zahlen]);
		const gesperrt = [...empfangen.zahlen].filter(([, w]) => w === null);
		expect(gesperrt.length).toBeGreaterThan(100);
		expect((await kleineZahlen(db, 3)).funde).toEqual([]);
		const [{ n }] = await db.query<{ n: number }>('SELECT (SELECT count(*) FROM bevoelkerung) + (SELECT count(*) FROM wohnort) AS n');
		expect(Number(n)).toBe(0);
	}, 60_000);

	it('is refused when its tables show a count below the threshold', async () => {
		// A file edited by hand: one withheld bar of the pyramid filled in with its count.
		await sender.exec(`UPDATE kennzahl_alter SET anzahl = 1, gesperrt = false WHERE rowid = (SELECT min(rowid) FROM kennzahl_alter WHERE gesperrt)`);
		const v = await veroeffentlichteTabellen(sender, ['2020-12-31']);
		const falsch = alsArbeitsbereichsdatei({ arbeitsstand: zumWeitergeben(stand, v), zuordnungen: {} });
		const fehler = await oeffne(falsch).then(() => null, (e: unknown) => (e instanceof Ladefehler ? e.meldungen.map((m) => m.text).join('\n') : String(e)));
		expect(fehler).toMatch(/enthält ungeschützte Zahlen und wird nicht geöffnet: Zahlen unter 3 in kennzahl_alter\.anzahl: 1 Zeilen/);
	}, 60_000);

	it('gives way to own statistics imported later', () => {
		const b = leseArbeitsbereichsdatei('weiter.json', datei);
		const q = stand.quellen.find((x) => x.teil === 'bevoelkerung')!;
		expect(b.arbeitsstand.veroeffentlicht).toBeDefined();
		expect(fuegeHinzu(b.arbeitsstand, q).arbeitsstand.veroeffentlicht).toBeUndefined();
	});
});
