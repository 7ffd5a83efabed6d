/**
 * Tables as statistics offices and open-data portals publish them: a real long table of Köln with
 * three area levels (tests/fixtures/tabellen/koeln/), characteristic labels, English headers, a `Jahr`
 * column, a Stichtag in the file name, register extracts, header-only files and two-row headers.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { lese } from './lese';
import { erkenneZuordnung, ebenenVon, stichtagAusName } from './erkennung';
import { rateMerkmal, rateWerte } from './langform';
import { wandleUm } from './umwandlung';
import { rateZuordnung } from './zuordnung';
import { alsRohtabelle, type Rohtabelle } from './rohtabelle';
import { textTabelle } from './textTabelle';
import { meldungstext } from '../meldungen';

const KOELN = join(import.meta.dirname, '../../../../tests/fixtures/tabellen/koeln/bevoelkerung-2011-2012.csv');
const text = (t: string, datei = 'x.csv') => textTabelle(datei, new TextEncoder().encode(t));

async function koeln(): Promise<Rohtabelle> {
	const e = await lese('bevoelkerung-2011-2012.csv', new Uint8Array(readFileSync(KOELN)));
	if (e.art !== 'tabelle') throw new Error('keine Tabelle');
	return e.roh;
}

/** The published rows themselves, read without the import: (jahr, raum_id, zeile) → zahl. */
function rohwerte(): Map<string, number> {
	const m = new Map<string, number>();
	for (const r of csvParse(readFileSync(KOELN, 'utf8'))) m.set(`${r.jahr}|${r.raum_id}|${r.tabelle}|${r.zeile}`, Number(r.zahl));
	return m;
}

describe('a long table with three area levels (Köln, as published)', () => {
	it('is recognised as long, with the characteristic values guessed and the finest level proposed', async () => {
		const roh = await koeln();
		const z = erkenneZuordnung(roh);
		expect(z.ziel).toBe('bezirkszahl');
		expect(z.spalten).toEqual({ stadtbezirk: 4, name: 5, stichtag: 3 });
		expect(z.lang).toEqual({
			merkmale: [2, 7],
			wert: 8,
			werte: {
				'Einwohner in Köln | Einwohner': 'einwohner',
				'Einwohner nach Geschlecht | Weiblich': 'frauen',
				'Einwohner mit Migrationshintergrund | Einwohner mit Migrationshintergrund': 'mh',
				'Einwohner mit Migrationshintergrund | Aussiedler': 'aussiedler',
				'Einwohner mit Migrationshintergrund | Eingebürgerte': 'eingebuergert',
				'Einwohner mit Migrationshintergrund | Ausländer': 'auslaender'
			}
		});
		expect(ebenenVon(roh, z).map((e) => [e.label, e.gebiete])).toEqual([
			['3-stellige Nummern (101 bis 909)', 86],
			['1-stellige Nummern (001 bis 009)', 9]
		]);
		expect(z.ebene).toBe('form:999');
	});

	it('proposes the level whose codes the loaded boundaries know, also without leading zeros', async () => {
		const roh = await koeln();
		expect(erkenneZuordnung(roh, new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9'])).ebene).toBe('form:9');
	});

	it('counts the chosen level only, with the published figures, and checks the city row against their sum', async () => {
		const roh = await koeln();
		const z = erkenneZuordnung(roh);
		const u = wandleUm(roh, z);
		expect(u.meldungen.filter((m) => m.schwere === 'fehler')).toEqual([]);
		expect(u.stichtage).toEqual(['2011-12-31', '2012-12-31']);
		expect(u.zeilen).toBe(172);
		const zeilen = csvParse(u.text);
		const codes = new Set(zeilen.map((r) => r.stadtbezirk));
		expect(codes.size).toBe(86);
		expect(codes.has('001')).toBe(false);
		expect(codes.has('000')).toBe(false);
		const roh2012 = rohwerte();
		const deutz = zeilen.find((r) => r.stichtag === '2012-12-31' && r.stadtbezirk === '105')!;
		expect(Number(deutz.einwohner)).toBe(roh2012.get('2012|105|Einwohner in Köln|Einwohner'));
		expect(Number(deutz.mh)).toBe(roh2012.get('2012|105|Einwohner mit Migrationshintergrund|Einwohner mit Migrationshintergrund'));
		expect(Number(deutz.auslaender)).toBe(roh2012.get('2012|105|Einwohner mit Migrationshintergrund|Ausländer'));
		expect(Number(deutz.frauen)).toBe(roh2012.get('2012|105|Einwohner nach Geschlecht|Weiblich'));
		// The districts add up to the city's own row, as the office publishes it.
		const summe = zeilen.filter((r) => r.stichtag === '2012-12-31').reduce((a, r) => a + Number(r.einwohner), 0);
		expect(summe).toBe(roh2012.get('2012|000|Einwohner in Köln|Einwohner'));
		expect(u.umfang).toMatchObject({ gebiete: 86, stadtzeilen: 2, andereEbenen: 18, ohneZuordnung: 1728, jahre: true });
		expect(u.umfang!.abgleich.every((a) => a.stadt === a.summe)).toBe(true);
		expect(u.umfang!.abgleich).toHaveLength(12);
		expect(u.stadtbezirke).toContainEqual({ code: '105', name: 'Deutz', stadtteil: 'Innenstadt' });
		expect(u.meldungen.map(meldungstext)).toContain(
			'Datei „bevoelkerung-2011-2012.csv“: Gezählt werden die 86 Gebiete der Ebene 3-stellige Nummern (101 bis 909); 18 Zeilen anderer Ebenen (1-stellige Nummern (001 bis 009)) werden nicht gezählt.'
		);
	});

	it('keeps the Stadtbezirk each counted Stadtteil lies in, by its number, with the name the file gives it', async () => {
		const roh = await koeln();
		const u = wandleUm(roh, erkenneZuordnung(roh));
		const namen = new Map(csvParse(readFileSync(KOELN, 'utf8')).map((r) => [r.raum_id, r.raum]));
		expect(u.stadtbezirke).toHaveLength(86);
		for (const b of u.stadtbezirke) expect(b.stadtteil, b.code).toBe(namen.get(`00${b.code[0]}`));
		expect(new Set(u.stadtbezirke.map((b) => b.stadtteil)).size).toBe(9);
		expect(u.meldungen.map(meldungstext)).toContain(
			'Datei „bevoelkerung-2011-2012.csv“: Jedes der 86 gezählten Gebiete liegt in einem der 9 Gebiete der Ebene 1-stellige Nummern (001 bis 009), an der Nummer erkannt (101 in 001). Sie werden als Stadtteil jedes Bezirks übernommen: Vergleich und Steckbriefe fassen die Bezirke eines Stadtteils zusammen, mit summierten Anzahlen.'
		);
	});

	it('counts the Stadtbezirke instead when that level is chosen, and never both', async () => {
		const roh = await koeln();
		const u = wandleUm(roh, { ...erkenneZuordnung(roh), ebene: 'form:9' });
		expect(csvParse(u.text).map((r) => r.stadtbezirk)).toEqual(['001', '002', '003', '004', '005', '006', '007', '008', '009', '001', '002', '003', '004', '005', '006', '007', '008', '009']);
		expect(u.stadtbezirke.some((b) => b.stadtteil)).toBe(false);
	});

	it('refuses to count a file of several levels until one is chosen', async () => {
		const roh = await koeln();
		const u = wandleUm(roh, { ...erkenneZuordnung(roh), ebene: undefined });
		expect(u.meldungen.map(meldungstext)).toContain(
			'Datei „bevoelkerung-2011-2012.csv“: Die Datei enthält Gebiete mehrerer Ebenen (86 × 3-stellige Nummern (101 bis 909); 9 × 1-stellige Nummern (001 bis 009)); bitte wählen, welche Ebene als Stadtbezirke gezählt wird.'
		);
	});

	it('names a city row that differs from the sum of the districts, with row and difference', async () => {
		const roh = await koeln();
		const i = roh.zeilen.findIndex((r) => r[3] === '2012' && r[4] === '000' && r[7] === 'Einwohner');
		const geaendert = { ...roh, zeilen: roh.zeilen.map((r, k) => (k === i ? [...r.slice(0, 8), '1044600.0'] : r)) };
		const u = wandleUm(geaendert, erkenneZuordnung(geaendert));
		expect(u.meldungen.map(meldungstext)).toContain(
			`Datei „bevoelkerung-2011-2012.csv“, Zeile ${roh.zeileVon[i]}, Spalte „zahl (Einwohner in Köln | Einwohner)“: Die Zeile der Gesamtstadt nennt am 31.12.2012 für „Einwohner*innen“ 1.044.600, die 86 gezählten Gebiete ergeben zusammen 1.044.555, 45 weniger. Die Werte der Stadt werden aus den Gebieten summiert.`
		);
	});

	it('names the row of the long table where a count is faulty', async () => {
		const roh = await koeln();
		const i = roh.zeilen.findIndex((r) => r[3] === '2011' && r[4] === '203' && r[7] === 'Ausländer');
		const geaendert = { ...roh, zeilen: roh.zeilen.map((r, k) => (k === i ? [...r.slice(0, 8), '-4'] : r)) };
		const u = wandleUm(geaendert, erkenneZuordnung(geaendert));
		expect(u.meldungen.map(meldungstext)).toContain(`Datei „bevoelkerung-2011-2012.csv“, Zeile ${roh.zeileVon[i]}, Spalte „zahl (Einwohner mit Migrationshintergrund | Ausländer)“: „-4“ ist negativ; Anzahlen müssen 0 oder größer sein.`);
	});
});

describe('area levels', () => {
	it('takes districts numbered 1 to 12 without padding as one level, and padded or nested codes as several', () => {
		const eins = text(['Bezirk;Stichtag;Einwohner', ...Array.from({ length: 12 }, (_, i) => `${i + 1};2021;${100 + i}`), 'Stadt gesamt;2021;1266'].join('\n'));
		const z = erkenneZuordnung(eins);
		expect(ebenenVon(eins, z).map((e) => e.label)).toEqual(['2-stellige Nummern (1 bis 12)']);
		const u = wandleUm(eins, z);
		expect(u.zeilen).toBe(12);
		expect(u.umfang!.abgleich.every((a) => a.stadt === a.summe)).toBe(true);
		const verschachtelt = text(['Bezirk;Stichtag;Einwohner', '1;2021;300', '2;2021;200', '11;2021;100', '12;2021;200', '21;2021;200'].join('\n'));
		expect(ebenenVon(verschachtelt, erkenneZuordnung(verschachtelt)).map((e) => e.label)).toEqual(['2-stellige Nummern (11 bis 21)', '1-stellige Nummern (1 bis 2)']);
	});

	it('takes codes of letters and numbers of any length as one level', () => {
		const roh = text(['Bezirk;Stichtag;Einwohner', 'A1;2021;100', 'A2;2021;100', 'A10;2021;100', 'B1;2021;100'].join('\n'));
		expect(ebenenVon(roh, erkenneZuordnung(roh)).map((e) => e.gebiete)).toEqual([4]);
	});

	it('reads the level from a level column where the file has one', () => {
		const roh = text(['Gebiet;Raumebene;Jahr;Einwohner', '0;Stadt;2021;600', 'A;Stadtbezirk;2021;600', 'A1;Stadtteil;2021;250', 'A2;Stadtteil;2021;350'].join('\n'));
		const z = erkenneZuordnung(roh);
		expect(z.spalten.ebene).toBe(1);
		expect(ebenenVon(roh, z).map((e) => e.label)).toEqual(['„Stadtteil“ (A1 bis A2)', '„Stadtbezirk“ (A)']);
		expect(z.ebene).toBe('spalte:Stadtteil');
		expect(csvParse(wandleUm(roh, z).text).map((r) => r.stadtbezirk)).toEqual(['A1', 'A2']);
	});
});

describe('characteristic values as offices label them', () => {
	it.each([
		['Einwohner insgesamt', 'einwohner'],
		['Bevölkerung | insgesamt', 'einwohner'],
		['mit Migrationshintergrund', 'mh'],
		['Einwohner mit Migrationshintergrund | insgesamt', 'mh'],
		['Ausländer', 'auslaender'],
		['Ausländer*innen | insgesamt', 'auslaender'],
		['darunter weiblich', 'frauen'],
		['Einwohner nach Geschlecht | Weiblich', 'frauen'],
		['Einwohner nach Alter | unter 18 Jahre', 'unter18'],
		['65 Jahre und älter', 'ab65'],
		['Einwohner mit Migrationshintergrund | unter 18', 'mh_unter18'],
		['Ausländer | aus EU-Staaten', 'auslaender_eu'],
		['inhabitants with migration background', 'mh']
	])('„%s“ counts as %s', (wert, feld) => expect(rateMerkmal(wert)).toBe(feld));

	it.each(['Ausländer | weiblich', 'Deutsche mit Migrationshintergrund', 'Einwohner nach Alter | 00 - < 03', 'Einwohner mit Migrationshintergrund | Europäische Union', 'Einwohner nach Familienstand | ledig', 'Deutsche | weiblich'])(
		'„%s“ is left for the user',
		(wert) => expect(rateMerkmal(wert)).toBeNull()
	);

	it('gives each count to one value only', () => {
		expect(rateWerte(['Einwohner insgesamt', 'Bevölkerung insgesamt', 'Ausländer'])).toEqual({ 'Einwohner insgesamt': 'einwohner', Ausländer: 'auslaender' });
	});
});

describe('headers as portals republish them', () => {
	it('reads English headers', () => {
		expect(rateZuordnung(['id', 'inhabitants', 'inhabitants_with_migration_background', 'inhabitants_foreigners'])).toEqual({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 1, mh: 2, auslaender: 3 } });
		expect(rateZuordnung(['district', 'district_name', 'year', 'population', 'foreigners'])).toEqual({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, name: 1, stichtag: 2, einwohner: 3, auslaender: 4 } });
	});

	it('reads a Jahr column as the Stichtag 31.12. of the year, never as the district code, and says so', () => {
		const roh = text('Nr;Bezirk;Einwohner;Ausländer\n2020;10;800;90\n2020;11;700;80\n2021;10;810;91\n2021;11;705;82\n');
		const z = erkenneZuordnung(roh);
		expect(z.spalten).toEqual({ stadtbezirk: 1, stichtag: 0, einwohner: 2, auslaender: 3 });
		const u = wandleUm(roh, z);
		expect(u.stichtage).toEqual(['2020-12-31', '2021-12-31']);
		expect(u.umfang!.jahre).toBe(true);
	});

	it('takes the Stichtag of a file without a date column from its name, and says where it came from', () => {
		expect(stichtagAusName('einwohner-stadtteile-2020-stand.csv')).toBe('2020-12-31');
		expect(stichtagAusName('bev_31.12.2019.xlsx')).toBe('2019-12-31');
		expect(stichtagAusName('export_2021-06-30.csv')).toBe('2021-06-30');
		expect(stichtagAusName('vergleich-2019-2020.csv')).toBeUndefined();
		expect(stichtagAusName('bezirke.csv')).toBeUndefined();
		const z = erkenneZuordnung(text('Bezirk;Einwohner\n10;800\n', 'einwohner-2020.csv'));
		expect(z).toMatchObject({ stichtag: '2020-12-31', stichtagAus: 'dateiname' });
		// Next year's file with the same headers: the saved mapping, with this file's year.
		expect(erkenneZuordnung(text('Bezirk;Einwohner\n10;800\n', 'einwohner-2021.csv'), new Set(), z)).toMatchObject({ stichtag: '2021-12-31', spalten: z.spalten });
	});

	it('recognises a record-level file as a register extract', () => {
		expect(erkenneZuordnung(text('bezirk;geburtsjahr;geschlecht;staatsangehoerigkeit;zuzugsjahr\n10;1980;w;TR;2001\n11;1975;m;DE;\n', 'melderegister-2021.csv'))).toEqual({
			ziel: 'register',
			spalten: { stadtbezirk: 0, geburtsjahr: 1, geschlecht: 2, staatsangehoerigkeit: 3, zuzugsjahr: 4 },
			stichtag: '2021-12-31',
			stichtagAus: 'dateiname'
		});
	});

	it('refuses an empty or header-only file at once, naming it', async () => {
		await expect(lese('leer-2021.csv', new TextEncoder().encode('Bezirk;Jahr;Einwohner\r\n\r\n'))).rejects.toThrow('Datei „leer-2021.csv“: Die Datei enthält nur die Kopfzeile („Bezirk“, „Jahr“, „Einwohner“) und keine Datenzeilen; es gibt nichts zu laden.');
		await expect(lese('leer.csv', new Uint8Array())).rejects.toThrow('Datei „leer.csv“: Die Datei ist leer.');
	});
});

describe('a header in two rows', () => {
	it('joins a merged upper cell with each cell below it', () => {
		const roh = alsRohtabelle('t.xlsx', [
			['Stadtbezirk', 'Name', 'Einwohner', null, 'Ausländer', null],
			[null, null, 'insgesamt', 'darunter weiblich', 'insgesamt', 'unter 18'],
			['10', 'Marienberg', 800, 410, 90, 20]
		]);
		expect(roh.kopf).toEqual(['Stadtbezirk', 'Name', 'Einwohner insgesamt', 'Einwohner darunter weiblich', 'Ausländer insgesamt', 'Ausländer unter 18']);
		expect(roh.zeileVon).toEqual([3]);
		expect(rateZuordnung(roh.kopf).spalten).toEqual({ stadtbezirk: 0, name: 1, einwohner: 2, frauen: 3, auslaender: 4 });
	});

	it('leaves a one-row header whose first data row is text alone', () => {
		const roh = text('code;name;stadtteil\nA1;Altstadt;Mitte\nA2;Neustadt;Mitte\n');
		expect(roh.kopf).toEqual(['code', 'name', 'stadtteil']);
		expect(roh.zeilen).toHaveLength(2);
	});
});

describe('coordinates as cells', () => {
	it('reads "47.713" in a latitude column as 47,713°, not as 47 713', () => {
		const roh = { ...alsRohtabelle('wohnorte.csv', [['Stadtbezirk', 'Einwohner', 'Breite', 'Länge'], ['10', '12', '47.713', '10.3148'], ['10', '8', '47,7201', '10,31']]), format: 'CSV' } as Rohtabelle;
		const z = { ziel: 'wohnort' as const, spalten: { stadtbezirk: 0, einwohner: 1, lat: 2, lon: 3 } };
		const u = wandleUm(roh, z);
		expect(u.meldungen.filter((m) => m.schwere === 'fehler')).toEqual([]);
		const [kopf, ...zeilen] = u.text.trim().split('\n').map((l) => l.split(','));
		const lat = kopf.indexOf('lat');
		expect(zeilen.map((r) => Number(r[lat]))).toEqual([47.713, 47.7201]);
	});
});
