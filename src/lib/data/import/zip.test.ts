/** Unpacking an archive: only the entries asked for, no macOS metadata, and a "zip bomb" refused before it is inflated. */
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { entpacke } from './zip';
import { GRENZEN, mb } from './grenzen';
import { angeblich } from './testing/archiv';

const b = (n: number) => new Uint8Array(n).fill(0x41);

describe('an archive', () => {
	it('gives the entries asked for, by name, without macOS metadata', () => {
		const z = zipSync({ 'a.shp': b(3), 'a.txt': b(2), '__MACOSX/._a.shp': b(1) });
		expect([...entpacke('a.zip', z, (n) => n.endsWith('.shp')).keys()]).toEqual(['a.shp']);
		expect([...entpacke('a.zip', z).entries()]).toEqual([['a.shp', b(3)], ['a.txt', b(2)]]);
	});
	it('that is damaged or cut off is refused, naming the file', () => {
		const z = zipSync({ 'a.shp': b(300) });
		expect(() => entpacke('grenzen.zip', z.slice(0, z.length - 5))).toThrow('Datei „grenzen.zip“: Das ZIP-Archiv ist unvollständig oder beschädigt (abgebrochener Download?) und kann nicht entpackt werden.');
	});
	it('that would unpack to more than 400 MB is refused before anything is inflated, naming the entry', () => {
		expect(GRENZEN.entpackt).toBe(400 * 1024 * 1024);
		const z = angeblich({ 'a.dbf': b(10), 'a.shp': b(10) }, { 'a.dbf': 250 * 1024 * 1024, 'a.shp': 151 * 1024 * 1024 });
		expect(() => entpacke('grenzen.zip', z)).toThrow('Datei „grenzen.zip“: Das Archiv würde entpackt mehr als 400 MB belegen (151 MB allein „a.shp“); das ist mehr, als der Browser sicher verarbeiten kann. Verdacht auf eine „ZIP-Bombe“: die Datei wird nicht gelesen.');
	});
	it('entries not asked for do not count towards the 400 MB', () => {
		const z = angeblich({ 'liesmich.txt': b(10), 'a.shp': b(10) }, { 'liesmich.txt': 401 * 1024 * 1024, 'a.shp': 10 });
		expect([...entpacke('grenzen.zip', z, (n) => n.endsWith('.shp'))]).toEqual([['a.shp', b(10)]]);
	});
});

describe('sizes in messages', () => {
	it('in whole megabytes of 1024 × 1024 bytes, with the German thousands separator', () => {
		expect(mb(400 * 1024 * 1024)).toBe('400 MB');
		expect(mb(1.5 * 1024 * 1024 * 1024)).toBe('1.536 MB');
		expect(mb(2.6 * 1024 * 1024)).toBe('3 MB');
	});
});
