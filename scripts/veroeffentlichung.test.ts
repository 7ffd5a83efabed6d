import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruefeVeroeffentlichung, roheDateien } from './veroeffentlichung';

const kempten = join(import.meta.dirname, '../static/data/kempten');
let wurzel = '';

/** A data set folder with Kempten's manifest, changed, and empty files of the given names. */
async function datensatz(name: string, aendere: (m: Record<string, unknown>) => void, dateien: string[]): Promise<string> {
	const ordner = join(wurzel, name);
	await mkdir(ordner, { recursive: true });
	const m = JSON.parse(await readFile(join(kempten, 'datensatz.json'), 'utf8'));
	aendere(m);
	await writeFile(join(ordner, 'datensatz.json'), JSON.stringify(m));
	for (const d of dateien) await writeFile(join(ordner, d), d === 'vorbereitet.json' ? JSON.stringify({ tabellen: { wohnort: 'vorbereitet-wohnort.arrow' } }) : 'x');
	return ordner;
}

beforeEach(async () => {
	wurzel = await mkdtemp(join(tmpdir(), 'veroeffentlichung-'));
});
afterEach(() => rm(wurzel, { recursive: true, force: true }));

describe('the build serves raw files only of public demo data', () => {
	it('lets the Kempten demo, declared public, through', async () => {
		await datensatz('kempten', () => {}, ['bevoelkerung.csv', 'wohnort.csv']);
		await expect(pruefeVeroeffentlichung(wurzel)).resolves.toBeUndefined();
	});
	it('stops a hosted data set that would publish counts and residential points, naming each file in German', async () => {
		await datensatz('stadt', (m) => {
			m.beispieldaten = false;
			m.oeffentlicheBeispieldaten = false;
			m.hinweis = '';
		}, ['bevoelkerung.csv', 'wohnort.csv', 'vorbereitet.json', 'vorbereitet-wohnort.arrow', 'stadtbezirk.csv']);
		await expect(pruefeVeroeffentlichung(wurzel)).rejects.toThrow(/Der Build würde Rohdaten veröffentlichen: .*bevoelkerung\.csv.*wohnort\.csv.*vorbereitet-wohnort\.arrow/);
	});
	it('treats demo data not declared public like real data, and passes a data set of protected tables only', async () => {
		const demo = await datensatz('demo', (m) => (m.oeffentlicheBeispieldaten = false), ['wohnort.csv']);
		expect(await roheDateien(demo)).toEqual(['wohnort.csv']);
		const sauber = await datensatz('sauber', (m) => {
			m.beispieldaten = false;
			m.oeffentlicheBeispieldaten = false;
			m.hinweis = '';
		}, ['stadtbezirk.csv', 'vorbereitet-bezirk-kennzahl.arrow']);
		expect(await roheDateien(sauber)).toEqual([]);
	});
});
