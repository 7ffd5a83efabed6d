/**
 * The conversion of a mapped table into a canonical one, on small tables written out here: what the
 * preview and the loader then see (the CSV text, the row and column each value came from, the findings).
 * The published tables of real cities are in tabellen.test.ts and staedte.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import proj4 from 'proj4';
import { ungueltigeSpalten, wandleUm } from './umwandlung';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { gelesen } from './testing/gelesen';
import type { Zuordnung } from './zuordnung';

function roh(kopf: string[], zeilen: Zelle[][], datei = 'liste.csv'): Rohtabelle {
	return gelesen(datei, kopf, zeilen);
}

const fehlerVon = (u: ReturnType<typeof wandleUm>) => u.meldungen.filter((m) => m.schwere === 'fehler');
const warnungenVon = (u: ReturnType<typeof wandleUm>) => u.meldungen.filter((m) => m.schwere === 'warnung').map((m) => m.text);

describe('canonical tables', () => {
	it('gives a facility list without id and source the row number and the file name, and its lists with ";"', () => {
		const t = roh(['Name', 'Art', 'Breite', 'Länge', 'Beispiel'], [
			['Treff Nord', 'Begegnungsstätte, Sprach-/Kulturcafé', '47,7261', '10,3158', 'ja'],
			['Café Süd', 'Beratungsstelle |  Begegnungsstätte ;', '47,71', '10,31', 'nein']
		], 'treffpunkte.csv');
		const z: Zuordnung = { ziel: 'einrichtung', spalten: { name: 0, typ: 1, lat: 2, lon: 3, beispiel: 4 }, koordinaten: 'EPSG:4326' };
		const u = wandleUm(t, z);
		expect(fehlerVon(u)).toEqual([]);
		expect(u.tabelle).toBe('einrichtung');
		expect(u.zeilen).toBe(2);
		const [a, b] = csvParse(u.text);
		expect(a).toMatchObject({ id: 'e2', name: 'Treff Nord', typ: 'Begegnungsstätte;Sprach-/Kulturcafé', lat: '47.7261', lon: '10.3158', quelle: 'treffpunkte.csv', beispiel: 'true', adresse: '' });
		expect(b).toMatchObject({ id: 'e3', typ: 'Beratungsstelle;Begegnungsstätte', lat: '47.71', lon: '10.31', beispiel: 'false' });
		expect([...u.herkunft.zeileVon!]).toEqual([2, 3]);
		expect(u.herkunft.spalteVon!.get('lat')).toBe('Breite');
		expect(u.herkunft.spalteVon!.get('typ')).toBe('Art');
		expect(u.herkunft.spalteVon!.has('id')).toBe(false);
		expect(u.stadtbezirke).toEqual([]);
		expect(u.stichtage).toEqual([]);
	});

	it('keeps a facility id and source the file gives', () => {
		const t = roh(['ID', 'Name', 'Art', 'Quelle'], [['t7', 'Treff', 'Begegnungsstätte', 'Stadtjugendring']]);
		const u = wandleUm(t, { ziel: 'einrichtung', spalten: { id: 0, name: 1, typ: 2, quelle: 3 } });
		expect(csvParse(u.text)[0]).toMatchObject({ id: 't7', quelle: 'Stadtjugendring', lat: '', lon: '' });
	});

	it('turns projected coordinates into WGS84, reading thousands separators in metres, and names a point outside Germany', () => {
		const [e, n] = proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', [10.3158, 47.7261]);
		const t = roh(['Stadtbezirk', 'Rechtswert', 'Hochwert', 'Einwohner'], [
			['1', Math.round(e).toLocaleString('de-DE'), String(Math.round(n)), '12'],
			['2', '5288000', '600000', '3']
		], 'wohnorte.csv');
		const u = wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, x: 1, y: 2, einwohner: 3 }, koordinaten: 'EPSG:25832' });
		const [a, b] = csvParse(u.text);
		expect(Number(a.lon)).toBeCloseTo(10.3158, 4);
		expect(Number(a.lat)).toBeCloseTo(47.7261, 4);
		expect(a.einwohner).toBe('12');
		// Easting and northing swapped: far outside Germany, so no position and a finding at the easting.
		expect(b.lat).toBe('');
		expect(b.lon).toBe('');
		const f = fehlerVon(u);
		expect(f).toHaveLength(1);
		expect(f[0]).toMatchObject({ zeile: 3, spalte: 'Rechtswert', datei: 'wohnorte.csv' });
		expect(f[0].text).toBe('Die Koordinaten 5288000 / 600000 liegen nicht in Deutschland (Koordinatensystem EPSG:25832); falsches System oder vertauschte Spalten?');
	});

	it('reads projected coordinates as UTM 32 where the mapping names no system', () => {
		const [e, n] = proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', [10.3158, 47.7261]);
		const t = roh(['Bezirk', 'X', 'Y', 'EW'], [['1', String(e), String(n), '4']]);
		const a = csvParse(wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, x: 1, y: 2, einwohner: 3 } }).text)[0];
		expect(Number(a.lat)).toBeCloseTo(47.7261, 4);
	});

	it('takes latitude and longitude before easting and northing, and names an unreadable coordinate', () => {
		const t = roh(['Bezirk', 'lat', 'lon', 'x', 'y', 'ew'], [
			['1', '47.7', '10.3', '1', '2', '5'],
			['2', 'Nord', '10.3', '1', '2', '5']
		]);
		const u = wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, lat: 1, lon: 2, x: 3, y: 4, einwohner: 5 } });
		const [a, b] = csvParse(u.text);
		expect([a.lat, a.lon]).toEqual(['47.7', '10.3']);
		expect([b.lat, b.lon]).toEqual(['', '']);
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte])).toEqual([[3, 'lat']]);
		expect(fehlerVon(u)[0].text).toContain('„Nord“');
	});

	it('reads degrees without thousands: "47.726" is a latitude, not 47 726', () => {
		const t = roh(['Bezirk', 'Breite', 'Länge', 'Einwohner'], [['1', '47.726', '10.315', '5']]);
		const a = csvParse(wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, lat: 1, lon: 2, einwohner: 3 } }).text)[0];
		expect([a.lat, a.lon]).toEqual(['47.726', '10.315']);
	});

	it('refuses a withheld number where the table needs every value, and passes text that is no number on to the loader', () => {
		const t = roh(['Bezirk', 'lat', 'lon', 'Einwohner'], [
			['1', '47.7', '10.3', '.'],
			['2', '47.7', '10.3', 'viele'],
			['3', '47.7', '10.3', '1.234'],
			['4', '47.7', '10.3', '']
		]);
		const u = wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, lat: 1, lon: 2, einwohner: 3 } });
		expect(csvParse(u.text).map((r) => r.einwohner)).toEqual(['', 'viele', '1234', '']);
		const f = fehlerVon(u);
		expect(f).toHaveLength(1);
		expect(f[0]).toMatchObject({ zeile: 2, spalte: 'Einwohner' });
		expect(f[0].text).toBe('„.“ ist gesperrt; diese Tabelle braucht jeden Wert (gesperrte Zahlen gehen nur in Zahlen je Stadtbezirk).');
	});

	it('reads the Stichtage of a population table, its district codes and yes/no cells', () => {
		const t = roh(['Stichtag', 'Bezirk', 'Geschlecht', 'Altersgruppe', 'Status', 'Staat', 'EU', 'Flucht', 'Anzahl'], [
			['31.12.2024', 5, 'w', '0-4', 'auslaender', 'TR', 'nein', 'ja', '3'],
			['2023-12-31', '07', 'm', '0-4', 'deutsch', 'DE', '', 'nein', '4'],
			['31.12.2024', 5, 'w', '0-4', 'auslaender', 'TR', 'vielleicht', 'ja', '3']
		]);
		const z: Zuordnung = { ziel: 'bevoelkerung', spalten: { stichtag: 0, stadtbezirk: 1, geschlecht: 2, altersgruppe: 3, status: 4, staatsangehoerigkeit: 5, eu: 6, fluchthintergrund: 7, anzahl: 8 } };
		const u = wandleUm(t, z);
		expect(u.stichtage).toEqual(['2023-12-31', '2024-12-31']);
		const [a, b, c] = csvParse(u.text);
		expect(a).toMatchObject({ stichtag: '2024-12-31', stadtbezirk: '5', eu: 'false', fluchthintergrund: 'true', anzahl: '3' });
		expect(b).toMatchObject({ stichtag: '2023-12-31', stadtbezirk: '07', eu: '', fluchthintergrund: 'false' });
		expect(c.eu).toBe('');
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte])).toEqual([[4, 'EU']]);
		expect(fehlerVon(u)[0].text).toContain('„vielleicht“');
	});

	it('names a date it cannot read and leaves it empty', () => {
		const t = roh(['Stichtag', 'Bezirk', 'Anzahl'], [['Ende 2024', '1', '3']]);
		const u = wandleUm(t, { ziel: 'bevoelkerung', spalten: { stichtag: 0, stadtbezirk: 1, anzahl: 2 } });
		expect(csvParse(u.text)[0].stichtag).toBe('');
		expect(u.stichtage).toEqual([]);
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte])).toEqual([[2, 'Stichtag']]);
	});

	it('lists the districts of a district list with their names, in the canonical column order', () => {
		const t = roh(['Name', 'Nr', 'Fläche'], [['Altstadt', 1, '1,5'], ['Nord', '02', '']]);
		const u = wandleUm(t, { ziel: 'stadtbezirk', spalten: { code: 1, name: 0, flaeche_km2: 2 } });
		expect(u.text.split('\n')[0]).toBe('code,name,stadtteil,flaeche_km2');
		expect(u.stadtbezirke).toEqual([{ code: '1', name: 'Altstadt' }, { code: '02', name: 'Nord' }]);
		expect(csvParse(u.text).map((r) => r.flaeche_km2)).toEqual(['1.5', '']);
	});

	it('names the first three faults of a kind and counts the others on the third', () => {
		const t = roh(['Stichtag', 'Bezirk', 'Anzahl'], ['a', 'b', 'c', 'd', 'e'].map((s) => [s, '1', '1']));
		const f = fehlerVon(wandleUm(t, { ziel: 'bevoelkerung', spalten: { stichtag: 0, stadtbezirk: 1, anzahl: 2 } }));
		expect(f.map((m) => m.zeile)).toEqual([2, 3, 4]);
		expect(f.map((m) => m.weitere)).toEqual([undefined, undefined, 2]);
	});

	it('converts a facility\'s projected coordinates, reads its dotted degrees as degrees, and splits only its lists', () => {
		const [e, n] = proj4('EPSG:4326', '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs', [10.3158, 47.7261]);
		const projiziert = wandleUm(roh(['Name', 'Art', 'Rechtswert', 'Hochwert'], [['Treff Nord, Haus 2', 'Begegnungsstätte', String(e), String(n)]]), {
			ziel: 'einrichtung', spalten: { name: 0, typ: 1, x: 2, y: 3 }, koordinaten: 'EPSG:25832'
		});
		const a = csvParse(projiziert.text)[0];
		expect(Number(a.lat)).toBeCloseTo(47.7261, 4);
		expect(Number(a.lon)).toBeCloseTo(10.3158, 4);
		expect(a.name).toBe('Treff Nord, Haus 2');
		const grad = csvParse(wandleUm(roh(['Name', 'Art', 'Breite', 'Länge'], [['Treff', 'Begegnungsstätte', '47.726', '10.315']]), { ziel: 'einrichtung', spalten: { name: 0, typ: 1, lat: 2, lon: 3 } }).text)[0];
		expect([grad.lat, grad.lon]).toEqual(['47.726', '10.315']);
	});

	it('leaves a point without a position where only one coordinate column is mapped, without a finding', () => {
		const t = roh(['Bezirk', 'Breite', 'Rechtswert', 'Einwohner'], [['1', '47.7', '593456', '5']]);
		const einzeln: Record<string, number>[] = [{ stadtbezirk: 0, lat: 1, einwohner: 3 }, { stadtbezirk: 0, lon: 1, einwohner: 3 }, { stadtbezirk: 0, x: 2, einwohner: 3 }, { stadtbezirk: 0, y: 2, einwohner: 3 }];
		for (const spalten of einzeln) {
			const u = wandleUm(t, { ziel: 'wohnort', spalten });
			expect(fehlerVon(u)).toEqual([]);
			expect(csvParse(u.text)[0]).toMatchObject({ lat: '', lon: '', einwohner: '5' });
		}
	});

	it('counts unreadable eastings and northings as one kind of fault, and names no position for an empty coordinate', () => {
		const t = roh(['Bezirk', 'X', 'Y', 'EW'], [['1', 'Ost', 'Nord', '1'], ['2', 'Ost', 'Nord', '1'], ['3', '', '5288000', '1']]);
		const u = wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, x: 1, y: 2, einwohner: 3 } });
		const f = fehlerVon(u);
		expect(f.map((m) => [m.zeile, m.spalte])).toEqual([[2, 'X'], [2, 'Y'], [3, 'X']]);
		expect(f.map((m) => m.weitere)).toEqual([undefined, undefined, 1]);
		expect(csvParse(u.text)[2]).toMatchObject({ lat: '', lon: '' });
	});

	it('counts withheld numbers of different columns as different faults', () => {
		const t = roh(['Bezirk', 'lat', 'lon', 'Einwohner', 'mit MH'], [['1', '47.7', '10.3', '.', 'x'], ['2', '47.7', '10.3', '.', 'x']]);
		const u = wandleUm(t, { ziel: 'wohnort', spalten: { stadtbezirk: 0, lat: 1, lon: 2, einwohner: 3, mh: 4 } });
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte, m.weitere])).toEqual([[2, 'Einwohner', undefined], [2, 'mit MH', undefined], [3, 'Einwohner', undefined], [3, 'mit MH', undefined]]);
	});

	it('reads a whole-number column\'s thousands, and gives a measure list no facility id', () => {
		const b = wandleUm(roh(['Stichtag', 'Bezirk', 'Anzahl'], [['31.12.2024', '1', '1.234']]), { ziel: 'bevoelkerung', spalten: { stichtag: 0, stadtbezirk: 1, anzahl: 2 } });
		expect(csvParse(b.text)[0].anzahl).toBe('1234');
		const m = wandleUm(roh(['Handlungsfeld', 'Ziel', 'Maßnahme'], [['SB', '1.000', 'Sprachkurse ausbauen']]), { ziel: 'massnahme', spalten: { handlungsfeld: 0, ziel_nr: 1, text: 2 } });
		expect(csvParse(m.text)[0]).toMatchObject({ id: '', handlungsfeld: 'SB', ziel_nr: '1000', text: 'Sprachkurse ausbauen' });
	});


	it('says when a table has no data rows, after the reader\'s notes', () => {
		const t = roh(['Code', 'Name'], []);
		t.hinweise.push({ schwere: 'warnung', datei: t.datei, text: 'Titel übersprungen' });
		const u = wandleUm(t, { ziel: 'stadtbezirk', spalten: { code: 0, name: 1 } });
		expect(u.meldungen.map((m) => [m.schwere, m.text])).toEqual([
			['warnung', 'Titel übersprungen'],
			['fehler', 'Die Tabelle enthält keine Datenzeilen.']
		]);
	});
});

describe('district counts', () => {
	const kopf = ['Stichtag', 'Bezirk', 'Name', 'Einwohner', 'Ausländer', 'Anteil MH in %'];
	const z: Zuordnung = { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, name: 2, einwohner: 3, auslaender: 4, mh_anteil: 5 } };

	it('turns shares into rounded counts of the district\'s inhabitants and says so', () => {
		const u = wandleUm(roh(kopf, [
			['2024', '1', 'Altstadt', '1000', '120', '25,46'],
			['2024', '2', 'Nord', '2000', '300', '10']
		]), z);
		expect(fehlerVon(u)).toEqual([]);
		const [a, b] = csvParse(u.text);
		expect(a).toMatchObject({ stichtag: '2024-12-31', stadtbezirk: '1', einwohner: '1000', auslaender: '120', mh: '255', gesperrt: '' });
		expect(b.mh).toBe('200');
		expect(u.herkunft.spalteVon!.get('mh')).toBe('Anteil MH in %');
		expect(u.herkunft.spalteVon!.get('auslaender')).toBe('Ausländer');
		expect(warnungenVon(u)).toContain('Anteile werden mit der Einwohnerzahl des Bezirks in Anzahlen umgerechnet (gerundet); angezeigte Anteile können dadurch in der letzten Stelle abweichen.');
		expect(u.umfang).toMatchObject({ gebiete: 2, stadtzeilen: 0, andereEbenen: 0, jahre: true });
		expect(u.stadtbezirke).toEqual([{ code: '1', name: 'Altstadt' }, { code: '2', name: 'Nord' }]);
	});

	it('uses a count the file gives over its share, and converts nothing then', () => {
		const mitBeidem: Zuordnung = { ...z, spalten: { ...z.spalten, mh: 6 } };
		const u = wandleUm(roh([...kopf, 'MH'], [['2024', '1', 'A', '1000', '120', '50', '333']]), mitBeidem);
		expect(csvParse(u.text)[0].mh).toBe('333');
		expect(u.herkunft.spalteVon!.get('mh')).toBe('MH');
		expect(warnungenVon(u).some((w) => w.startsWith('Anteile werden'))).toBe(false);
	});

	it('lists withheld counts and shares, but not withheld inhabitants, and converts no share without inhabitants', () => {
		const u = wandleUm(roh(kopf, [
			['2024', '1', 'A', '1000', '.', 'x'],
			['2024', '2', 'B', '–', '5', '20']
		]), z);
		expect(fehlerVon(u)).toEqual([]);
		const [a, b] = csvParse(u.text);
		expect(a).toMatchObject({ auslaender: '', mh: '', gesperrt: 'auslaender;mh' });
		expect(b).toMatchObject({ einwohner: '', auslaender: '5', mh: '', gesperrt: '' });
	});

	it('names a district\'s unreadable count and share', () => {
		const u = wandleUm(roh(kopf, [['2024', '1', 'A', 'viele', '-3', '120']]), z);
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte])).toEqual([[2, 'Einwohner'], [2, 'Ausländer'], [2, 'Anteil MH in %']]);
	});

	it('reads the city\'s row only to compare, without its faults, and names it', () => {
		const u = wandleUm(roh(kopf, [
			['2024', '0', 'Stadt Kempten', '3000', 'unbekannt', '15'],
			['2024', '1', 'A', '1000', '100', '10'],
			['2024', '2', 'B', '2000', '200', '20']
		]), z);
		expect(fehlerVon(u)).toEqual([]);
		expect(u.zeilen).toBe(2);
		expect(csvParse(u.text).map((r) => r.stadtbezirk)).toEqual(['1', '2']);
		expect(warnungenVon(u)).toContain('Eine Zeile der Gesamtstadt („Stadt Kempten“) wird nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert.');
		expect(u.umfang).toMatchObject({ gebiete: 2, stadtzeilen: 1 });
		// Inhabitants 3000 = 1000 + 2000, and the share 15 % of 3000 = 450 ≠ 100 + 400.
		expect(u.umfang!.abgleich).toEqual([
			{ stichtag: '2024-12-31', feld: 'einwohner', stadt: 3000, summe: 3000, zeile: 2 },
			{ stichtag: '2024-12-31', feld: 'mh', stadt: 450, summe: 500, zeile: 2 }
		]);
		const abweichung = u.meldungen.find((m) => m.text.startsWith('Die Zeile der Gesamtstadt'))!;
		expect(abweichung).toMatchObject({ zeile: 2, spalte: 'Anteil MH in %' });
		expect(abweichung.text).toContain('„mit Migrationshintergrund“ 450');
	});

	it('names the city by its code word, or by its name where the code is zeros, and counts several city rows', () => {
		const zwei = wandleUm(roh(kopf, [
			['2023', 'Insgesamt', '', '3000', '300', '10'],
			['2024', 'Insgesamt', '', '3100', '300', '10'],
			['2024', '1', 'A', '1000', '100', '10']
		]), z);
		expect(warnungenVon(zwei)).toContain('2 Zeilen der Gesamtstadt („Insgesamt“) werden nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert.');
		const nullen = wandleUm(roh(kopf, [['2024', '000', 'Gesamtstadt', '1000', '100', '10'], ['2024', '1', 'A', '1000', '100', '10']]), z);
		expect(warnungenVon(nullen)[0]).toBe('Eine Zeile der Gesamtstadt („Gesamtstadt“) wird nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert und stimmen mit der Gesamtstadt überein.');
		const ohneName = wandleUm(roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024', '00', '10'], ['2024', '1', '10']]), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } });
		expect(warnungenVon(ohneName)[0]).toContain('(„00“)');
	});

	it('takes a district\'s name from its first row with one, and gives none where the file has none', () => {
		const u = wandleUm(roh(kopf, [
			['2023', '1', '', '10', '1', '1'],
			['2024', '1', 'Altstadt', '10', '1', '1'],
			['2024', '2', '', '10', '1', '1']
		]), z);
		expect(u.stadtbezirke).toEqual([{ code: '1', name: 'Altstadt' }, { code: '2' }]);
		expect(u.umfang!.gebiete).toBe(2);
	});

	it('takes the Stichtag the mapping fixes where the file has no column, and marks only bare years', () => {
		const t = roh(['Bezirk', 'Einwohner'], [['1', '10']]);
		const u = wandleUm(t, { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 1 }, stichtag: '2024-06-30' });
		expect(u.stichtage).toEqual(['2024-06-30']);
		expect(csvParse(u.text)[0].stichtag).toBe('2024-06-30');
		expect(u.umfang!.jahre).toBe(false);
		const tage = wandleUm(roh(['Stichtag', 'Bezirk', 'Einwohner'], [['31.12.2024', '1', '10']]), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } });
		expect(tage.umfang!.jahre).toBe(false);
	});

	it('says a district\'s Stichtag is missing, and names one it cannot read', () => {
		const u = wandleUm(roh(['Stichtag', 'Bezirk', 'Einwohner'], [['', '1', '10'], ['irgendwann', '2', '10']]), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } });
		expect(fehlerVon(u).map((m) => [m.zeile, m.spalte, m.text])).toEqual([
			[2, 'Stichtag', 'Der Stichtag fehlt.'],
			[3, 'Stichtag', expect.stringContaining('„irgendwann“')]
		]);
		expect(u.stichtage).toEqual([]);
	});

	it('asks which level to count where the file holds several, and counts only the chosen one', () => {
		const kopf3 = ['Jahr', 'Raum', 'Einwohner'];
		const zeilen: Zelle[][] = [['2024', '1', '300'], ['2024', '2', '300'], ['2024', '101', '100'], ['2024', '102', '200'], ['2024', '201', '300']];
		const ohne = wandleUm(roh(kopf3, zeilen), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } });
		expect(fehlerVon(ohne).map((m) => m.text)).toEqual([expect.stringMatching(/^Die Datei enthält Gebiete mehrerer Ebenen \(3 × .+; 2 × .+\); bitte wählen/), "Die Tabelle enthält keine Datenzeilen."]);
		expect(ohne.umfang).toMatchObject({ gebiete: 0, andereEbenen: 5 });
		const gewaehlt = wandleUm(roh(kopf3, zeilen), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 }, ebene: 'form:999' });
		expect(fehlerVon(gewaehlt)).toEqual([]);
		expect(csvParse(gewaehlt.text).map((r) => r.stadtbezirk)).toEqual(['101', '102', '201']);
		expect(gewaehlt.umfang).toMatchObject({ ebene: 'form:999', gebiete: 3, andereEbenen: 2 });
		expect(warnungenVon(gewaehlt)).toContainEqual(expect.stringMatching(/^Gezählt werden die 3 Gebiete der Ebene .+; 2 Zeilen anderer Ebenen \(.+\) werden nicht gezählt\.$/));
		const eine = wandleUm(roh(kopf3, zeilen.slice(1)), { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 }, ebene: 'form:999' });
		expect(warnungenVon(eine)).toContainEqual(expect.stringMatching(/; eine Zeile anderer Ebenen wird nicht gezählt\.$/));
	});

	it('leaves a share without inhabitants or without a value unconverted, and counts faults of shares apart from counts', () => {
		const u = wandleUm(roh(kopf, [['2024', '1', 'A', '1000', '100', '']]), z);
		expect(csvParse(u.text)[0]).toMatchObject({ einwohner: '1000', mh: '', gesperrt: '' });
		const zwei: Zuordnung = { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2, auslaender: 3, mh_anteil: 4, auslaender_anteil: 5, frauen_anteil: 6 } };
		const f = fehlerVon(wandleUm(roh(['Stichtag', 'Bezirk', 'Einwohner', 'Ausländer', 'Anteil MH', 'Anteil Ausländer', 'Anteil Frauen'], [
			['2024', '1', 'viele', 'einige', 'hoch', '', 'die Hälfte'],
			['2024', '2', 'viele', 'einige', 'hoch', '', 'die Hälfte']
		]), zwei));
		expect(f.map((m) => [m.zeile, m.spalte])).toEqual([[2, 'Einwohner'], [2, 'Ausländer'], [2, 'Anteil MH'], [2, 'Anteil Frauen'], [3, 'Einwohner'], [3, 'Ausländer'], [3, 'Anteil MH'], [3, 'Anteil Frauen']]);
		expect(f.every((m) => m.weitere === undefined)).toBe(true);
	});

	it('names the columns a district count came from, and no column for a share the file lacks', () => {
		const u = wandleUm(roh(kopf, [['2024', '1', 'A', '1000', '100', '10']]), z);
		expect([...u.herkunft.spalteVon!].sort()).toEqual([['auslaender', 'Ausländer'], ['einwohner', 'Einwohner'], ['mh', 'Anteil MH in %'], ['stadtbezirk', 'Bezirk'], ['stichtag', 'Stichtag']]);
		expect(warnungenVon(u)).toEqual(['Anteile werden mit der Einwohnerzahl des Bezirks in Anzahlen umgerechnet (gerundet); angezeigte Anteile können dadurch in der letzten Stelle abweichen.']);
	});

	it('names the city by its code before its name, and neither compares nor faults a city row without a Stichtag', () => {
		const u = wandleUm(roh(kopf, [
			['', 'Insgesamt', 'Stadt Kempten', '3000', '300', '10'],
			['2024', '1', 'A', '3000', '300', '10']
		]), z);
		expect(fehlerVon(u)).toEqual([]);
		expect(u.umfang!.abgleich).toEqual([]);
		expect(warnungenVon(u)).toContain('Eine Zeile der Gesamtstadt („Insgesamt“) wird nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert.');
	});

	it('keeps a district\'s first name where a later row names it otherwise', () => {
		const u = wandleUm(roh(kopf, [['2023', '1', 'Altstadt', '10', '1', '1'], ['2024', '1', 'Altstadt-Nord', '10', '1', '1']]), z);
		expect(u.stadtbezirke).toEqual([{ code: '1', name: 'Altstadt' }]);
	});

	it('marks no bare years where the Stichtag is an ISO date, and leaves a missing Stichtag empty', () => {
		const t = roh(['Stichtag', 'Bezirk', 'Einwohner'], [['2024-12-31', '1', '10'], ['', '2', '10']]);
		const u = wandleUm(t, { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1, einwohner: 2 } });
		expect(u.umfang!.jahre).toBe(false);
		expect(csvParse(u.text).map((r) => r.stichtag)).toEqual(['2024-12-31', '']);
	});

	it('names the levels not counted, and no chosen level where the file has only one', () => {
		const zeilen: Zelle[][] = [['2024', '1', '300'], ['2024', '101', '100'], ['2024', '102', '200'], ['2024', '10101', '50']];
		const spalten = { stichtag: 0, stadtbezirk: 1, einwohner: 2 };
		const alle = wandleUm(roh(['Jahr', 'Raum', 'Einwohner'], zeilen), { ziel: 'bezirkszahl', spalten, ebene: 'form:999' });
		const andere = alle.umfang!.ebenen.filter((e) => e.schluessel !== 'form:999').map((e) => e.label);
		expect(andere).toHaveLength(2);
		expect(warnungenVon(alle)).toContain(`Gezählt werden die 2 Gebiete der Ebene ${alle.umfang!.ebenen.find((e) => e.schluessel === 'form:999')!.label}; 2 Zeilen anderer Ebenen (${andere.join('; ')}) werden nicht gezählt.`);
		const eine = wandleUm(roh(['Jahr', 'Raum', 'Einwohner'], zeilen.slice(1, 3)), { ziel: 'bezirkszahl', spalten, ebene: 'form:999' });
		expect(eine.umfang!.ebenen).toHaveLength(1);
		expect(eine.umfang!.ebene).toBeUndefined();
	});

	it('compares a long table\'s city row with the districts at the row of each characteristic', () => {
		const t = roh(['Jahr', 'Bezirk', 'Merkmal', 'Anzahl'], [
			['2024', '0', 'Einwohner insgesamt', '3000'],
			['2024', '0', 'Ausländer', '350'],
			['2024', '1', 'Einwohner insgesamt', '1000'],
			['2024', '1', 'Ausländer', '100'],
			['2024', '2', 'Einwohner insgesamt', '2000'],
			['2024', '2', 'Ausländer', '200']
		]);
		const u = wandleUm(t, { ziel: 'bezirkszahl', spalten: { stichtag: 0, stadtbezirk: 1 }, lang: { merkmale: [2], wert: 3, werte: { 'Einwohner insgesamt': 'einwohner', Ausländer: 'auslaender' } } });
		expect(u.umfang!.abgleich).toEqual([
			{ stichtag: '2024-12-31', feld: 'einwohner', stadt: 3000, summe: 3000, zeile: 2 },
			{ stichtag: '2024-12-31', feld: 'auslaender', stadt: 350, summe: 300, zeile: 3 }
		]);
		expect(u.meldungen.find((m) => m.text.startsWith('Die Zeile der Gesamtstadt'))).toMatchObject({ zeile: 3, spalte: 'Anzahl (Ausländer)' });
	});

	it('shows the first five converted rows in the preview', () => {
		const zeilen: Zelle[][] = Array.from({ length: 7 }, (_, i) => ['2024', String(i + 1), '', String(10 * (i + 1)), '', '']);
		const u = wandleUm(roh(kopf, zeilen), z);
		expect(u.umfang!.beispiel.map((r) => r[1])).toEqual(['1', '2', '3', '4', '5']);
		expect(u.umfang!.kopf.slice(0, 3)).toEqual(['stichtag', 'stadtbezirk', 'einwohner']);
		expect(u.umfang!.kopf.at(-1)).toBe('gesperrt');
	});
});

describe('a saved mapping against this year\'s table', () => {
	it('names the fields whose column the table does not have', () => {
		const t = roh(['Bezirk', 'Einwohner', 'Ausländer'], []);
		expect(ungueltigeSpalten(t, { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 2, auslaender: 3, mh: -1 } })).toEqual(['mit Migrationshintergrund', 'Ausländer*innen']);
		expect(ungueltigeSpalten(t, { ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 1, auslaender: 2 } })).toEqual([]);
	});
});
