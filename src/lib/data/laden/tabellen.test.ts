import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase } from '../duckdb/node';
import { ladeTabellen } from './tabellen';
import { frageIndikatortabelle } from '../indikatortabelle';
import { Ladefehler, meldungstext } from '../meldungen';
import { pruefeManifest, type DatensatzManifest } from '../manifest';
import type { Database } from '../database';
import { wertAus } from '../../analysis/indikatorwerte';
import { GESAMTSTADT } from '../schema';

const manifest: DatensatzManifest = pruefeManifest(
	{
		id: 'test',
		titel: 'Test',
		stadt: 'Teststadt',
		beispieldaten: true,
		hinweis: 'Testdaten',
		quelle: 'Test',
		stichtage: ['2020-12-31'],
		dateien: { stadtbezirk: 'stadtbezirk.csv', bevoelkerung: 'bevoelkerung.csv', staat: 'staat.csv', geometrie: 'x.geojson' }
	},
	'datensatz.json'
);
const HEADER = 'stichtag,stadtbezirk,geschlecht,altersgruppe,status,staatsangehoerigkeit,eu,fluchthintergrund,aufenthaltsdauer,anzahl';
const BEZIRKE = 'code,name,stadtteil,flaeche_km2\n10,Nord,1,2.0\n11,Süd,1,3.0\n';
const STAATEN = 'iso,name,eu_beitritt,eu_austritt\nDE,Deutschland,1958-01-01,\nTR,Türkei,,\nIT,Italien,1958-01-01,\n';
const GOOD = [
	'2020-12-31,10,w,20-24,deutsch,DE,,false,,60',
	'2020-12-31,10,m,20-24,auslaender,TR,false,true,1-4,40',
	'2020-12-31,11,w,65-69,eingebuergert,DE,,false,,25',
	'2020-12-31,11,m,15-17,deutsch,DE,,false,,75'
].join('\n');

function dateien(bevoelkerung: string, bezirke = BEZIRKE, staaten = STAATEN): Record<string, string> {
	return { 'stadtbezirk.csv': bezirke, 'staat.csv': staaten, 'bevoelkerung.csv': bevoelkerung };
}

let db: Database;
beforeAll(async () => {
	db = await nodeDatabase();
	await ladeTabellen(db, manifest, async (f) => dateien(`${HEADER}\n${GOOD}\n`)[f]);
});

/** Loads `files`, expects a Ladefehler, and returns its error messages as text. */
async function fehlerBeim(files: Record<string, string>, m: DatensatzManifest = manifest): Promise<string[]> {
	const error = await ladeTabellen(db, m, async (f) => files[f]).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(Ladefehler);
	return (error as Ladefehler).meldungen.filter((x) => x.schwere === 'fehler').map(meldungstext);
}

async function mhStadt(): Promise<number | null> {
	return wertAus(await frageIndikatortabelle(db), '2020-12-31', 'mh_anteil', GESAMTSTADT);
}

describe('ladeTabellen', () => {
	it('computes shares from a hand-made table', async () => {
		const t = await frageIndikatortabelle(db);
		expect(wertAus(t, '2020-12-31', 'mh_anteil', '10')).toBe(40);
		expect(wertAus(t, '2020-12-31', 'mh_anteil', '11')).toBe(25);
		expect(wertAus(t, '2020-12-31', 'mh_anteil', GESAMTSTADT)).toBe(32.5);
		expect(wertAus(t, '2020-12-31', 'dichte', GESAMTSTADT)).toBe(200 / 5);
		expect(wertAus(t, '2020-12-31', 'unter18_anteil', '11')).toBe(75);
		expect(wertAus(t, '2020-12-31', 'neuzugewandert_anteil', '10')).toBe(100);
		expect(wertAus(t, '2020-12-31', 'neuzugewandert_anteil', '11')).toBeNull();
	});

	it('reads columns by their names, in any order', async () => {
		const spalten = HEADER.split(',');
		const umgestellt = [...spalten].reverse();
		const zeilen = GOOD.split('\n').map((z) => {
			const werte = z.split(',');
			return umgestellt.map((s) => werte[spalten.indexOf(s)]).join(',');
		});
		await ladeTabellen(db, manifest, async (f) => dateien(`${umgestellt.join(',')}\n${zeilen.join('\n')}\n`)[f]);
		expect(await mhStadt()).toBe(32.5);
	});

	it('names file, row and column of a bad value in German and keeps the data loaded before', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD.replace('false,,25', 'false,,fünfundzwanzig')}\n`));
		expect(fehler).toEqual(['Datei „bevoelkerung.csv“, Zeile 4, Spalte „anzahl“: „fünfundzwanzig“ ist keine ganze Zahl.']);
		expect(await mhStadt()).toBe(32.5);
	});

	it('refuses negative counts (which would show 65,6 % instead of 38,2 %)', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD.replace('false,,60', 'false,,-60')}\n`));
		expect(fehler).toEqual(['Datei „bevoelkerung.csv“, Zeile 2, Spalte „anzahl“: „-60“ ist negativ; Anzahlen müssen 0 oder größer sein.']);
		expect(await mhStadt()).toBe(32.5);
	});

	it('refuses a row counted twice', async () => {
		const zeilen = GOOD.split('\n');
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n${zeilen[1]}\n`));
		expect(fehler).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 6: Diese Zeile wiederholt Zeile 3 (gleiche stichtag, stadtbezirk, geschlecht, altersgruppe, status, staatsangehoerigkeit, fluchthintergrund, aufenthaltsdauer); jede Merkmalskombination darf nur einmal gezählt werden.'
		]);
	});

	it('refuses a district the district table lacks, and one written like the city key', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n2020-12-31,12,w,20-24,deutsch,DE,,false,,5\n2020-12-31,_gesamt,w,25-29,deutsch,DE,,false,,5\n`));
		expect(fehler).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 6, Spalte „stadtbezirk“: Der Stadtbezirk „12“ fehlt in „stadtbezirk.csv“; Bezirksnummern müssen genau so geschrieben sein wie dort.',
			'Datei „bevoelkerung.csv“, Zeile 7, Spalte „stadtbezirk“: „_gesamt“ ist keine gültige Bezirksnummer: erlaubt sind Buchstaben, Ziffern, „.“, „-“ und „_“, höchstens 20 Zeichen, nicht mit „_“ beginnend.'
		]);
	});

	it('refuses a district code twice in the district table', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n`, `${BEZIRKE}10,Nochmal,1,1.0\n`));
		expect(fehler).toEqual(['Datei „stadtbezirk.csv“, Zeile 4, Spalte „code“: „10“ steht schon in Zeile 2; jeder Wert darf nur einmal vorkommen.']);
	});

	it('refuses values outside the enumerations, with a hint for wrong capitals', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD.replace('w,65-69,eingebuergert', 'x,65-70,Eingebuergert')}\n`));
		expect(fehler).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 4, Spalte „geschlecht“: „x“ ist nicht zulässig; erlaubt sind: m, w, d, o.',
			'Datei „bevoelkerung.csv“, Zeile 4, Spalte „altersgruppe“: „65-70“ ist nicht zulässig; erlaubt sind: 0-4, 5-9, 10-14, 15-17, 18-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60-64, 65-69, 70-74, 75-79, 80-84, 85+.',
			'Datei „bevoelkerung.csv“, Zeile 4, Spalte „status“: „Eingebuergert“ ist nicht zulässig; erlaubt sind: deutsch, eingebuergert, aussiedler, auslaender. Gemeint ist wohl „eingebuergert“: Groß- und Kleinschreibung zählen.'
		]);
	});

	it('refuses foreigners with German citizenship or without EU flag', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD.replace('auslaender,TR,false', 'auslaender,DE,')}\n`));
		expect(fehler).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 3, Spalte „staatsangehoerigkeit“: Ausländer*innen (Status „auslaender“) können nicht die Staatsangehörigkeit DE haben.',
			'Datei „bevoelkerung.csv“, Zeile 3, Spalte „eu“: Für Ausländer*innen muss „eu“ true oder false sein.'
		]);
	});

	it('refuses a header without a required column and a header-only file', async () => {
		expect(await fehlerBeim(dateien(`${HEADER.replace(',anzahl', '')}\n${GOOD.replace(/,\d+$/gm, '')}\n`))).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 1, Spalte „anzahl“: Die Pflichtspalte „anzahl“ fehlt in der Kopfzeile.'
		]);
		expect(await fehlerBeim(dateien(`${HEADER}\n`))).toEqual(['Datei „bevoelkerung.csv“: Die Datei enthält keine Datenzeilen, nur die Kopfzeile.']);
		expect(await fehlerBeim(dateien(''))).toEqual(['Datei „bevoelkerung.csv“: Die Datei ist leer.']);
	});

	it('reports rows with too many or too few columns with their spreadsheet row', async () => {
		const fehler = await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n\n2020-12-31,10,w,20-24,deutsch,DE,,false,,5,99\n2020-12-31,10\n`));
		expect(fehler).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 7: Die Zeile hat mehr Spalten als die Kopfzeile (ein Komma zu viel, oder ein Text mit Komma ohne Anführungszeichen?).',
			'Datei „bevoelkerung.csv“, Zeile 8: Die Zeile hat weniger Spalten als die Kopfzeile.'
		]);
	});

	it('counts blank lines and multi-line cells as a spreadsheet does when naming a row', async () => {
		const bezirke = 'code,name,stadtteil,flaeche_km2\n10,"Nord\nmit Zeilenumbruch",1,2.0\n\n11,Süd,1,abc\n';
		expect(await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n`, bezirke))).toEqual([
			'Datei „stadtbezirk.csv“, Zeile 4, Spalte „flaeche_km2“: „abc“ ist keine Zahl (Dezimaltrennzeichen ist der Punkt, z. B. 2.35).'
		]);
	});

	it('requires the Stichtage of the manifest and of the data to agree', async () => {
		const zwei = { ...manifest, stichtage: ['2019-12-31', '2020-12-31'] };
		expect(await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n`), zwei)).toEqual([
			'Datei „datensatz.json“, Feld „stichtage“: Der Stichtag 31.12.2019 steht im Manifest, kommt aber in „bevoelkerung.csv“ nicht vor.'
		]);
		expect(await fehlerBeim(dateien(`${HEADER}\n${GOOD}\n2021-12-31,10,w,20-24,deutsch,DE,,false,,5\n`))).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 6, Spalte „stichtag“: Der Stichtag 31.12.2021 fehlt in der Liste „stichtage“ des Manifests „datensatz.json“.'
		]);
	});

	it('warns about districts without inhabitants, unknown columns and EU flags that contradict the accession dates', async () => {
		const warnungen = await ladeTabellen(db, manifest, async (f) =>
			dateien(`${HEADER},bemerkung\n${GOOD.split('\n').slice(0, 2).map((z) => `${z},x`).join('\n')}\n2020-12-31,10,w,30-34,auslaender,IT,false,false,8+,1,x\n`.replace('8+', '6-8'))[f]
		);
		expect(warnungen.map(meldungstext)).toEqual([
			'Datei „bevoelkerung.csv“, Zeile 1, Spalte „bemerkung“: Die Spalte „bemerkung“ gehört nicht zur Vorlage und wird nicht verwendet.',
			'Datei „bevoelkerung.csv“, Zeile 4, Spalte „eu“: „IT: false“ passt nicht zu den EU-Beitritts- und Austrittsdaten in „staat.csv“ am Stichtag; gezählt wird der Wert der Zeile.',
			'Datei „bevoelkerung.csv“: Am Stichtag 31.12.2020 hat der Stadtbezirk „11“ keine Einwohner*innen; Anteile bleiben dort leer.'
		]);
		await ladeTabellen(db, manifest, async (f) => dateien(`${HEADER}\n${GOOD}\n`)[f]);
	});
});

describe('optional tables: KIK measures, offers, residential points', () => {
	const mitZusatz = { ...manifest, dateien: { ...manifest.dateien, massnahme: 'm.csv', einrichtung: 'e.csv', wohnort: 'w.csv' } };
	const M = 'id,handlungsfeld,bereich,ziel_nr,ziel_text,text\nSB 2.4,SB,,2,Ziel,Sprachcafés\nGT 2.1,GT,,2,Ziel,Begegnungsstätten\n';
	const E_KOPF = 'id,name,typ,adresse,lat,lon,genauigkeit,handlungsfelder,zielgruppen,sprachen,massnahmen,oeffnungszeiten,kontakt,quelle,beispiel';
	const E = `${E_KOPF}\nE1,Café,Sprach-/Kulturcafé,,47.7,10.3,exakt,SB;GT,alle,de;tr,SB 2.4,,,Test,false\nE2,Ohne Lage,Migrationsberatung,,,,unbekannt,GT,Geflüchtete,,,,,Test,\n`;
	const W = 'stadtbezirk,lat,lon,einwohner,mh\n10,47.7,10.3,50,20\n11,47.71,10.31,30,\n';
	const dateienMit = (e = E, w = W, m = M): Record<string, string> => ({ ...dateien(`${HEADER}\n${GOOD}\n`), 'm.csv': m, 'e.csv': e, 'w.csv': w });

	it('loads lists as lists and keeps offers without a position', async () => {
		await ladeTabellen(db, mitZusatz, async (f) => (dateienMit() as Record<string, string>)[f]);
		const zeilen = await db.query<{ id: string; typ: string; sprachen: string; lat: number | null }>(
			`SELECT id, array_to_string(typ, '|') AS typ, array_to_string(sprachen, '|') AS sprachen, lat FROM einrichtung ORDER BY id`
		);
		expect(zeilen).toEqual([
			{ id: 'E1', typ: 'Sprach-/Kulturcafé', sprachen: 'de|tr', lat: 47.7 },
			{ id: 'E2', typ: 'Migrationsberatung', sprachen: null, lat: null }
		]);
		expect(await db.query(`SELECT sum(einwohner) AS e, count(mh) AS mit_mh FROM wohnort`)).toEqual([{ e: 80, mit_mh: 1 }]);
	});

	it('names wrong list elements, unknown measures and half a position', async () => {
		const e = `${E_KOPF}\nE1,Café,Sprach-/Kulturcafé;Kneipe,,47.7,,exakt,SB;XY,alle;Männer,de;Türkisch,SB 2.4;SB 9.9;Sprachcafé,,,Test,false\n`;
		expect(await fehlerBeim(dateienMit(e), mitZusatz)).toEqual([
			'Datei „e.csv“, Zeile 2, Spalte „typ“: „Kneipe“ ist nicht zulässig; erlaubt sind (mehrere mit „;“): Begegnungsstätte, Stadtteilbüro, Mehrgenerationenhaus, Familienzentrum, Jugendzentrum, Migrationsberatung, Beratung, Sprachkurs/Bildungsträger, Sprach-/Kulturcafé, Bibliothek, Religionsgemeinschaft, Sportverein, Schule/Kita, Hochschule, Verwaltung, Gremium, Öffentlicher Begegnungsort, Seniorenangebot, Arbeitsmarkt, Gesundheit, Ehrenamt.',
			'Datei „e.csv“, Zeile 2, Spalte „handlungsfelder“: „XY“ ist nicht zulässig; erlaubt sind (mehrere mit „;“): SB, AA, GP, BE, GT, IÖ.',
			'Datei „e.csv“, Zeile 2, Spalte „zielgruppen“: „Männer“ ist nicht zulässig; erlaubt sind (mehrere mit „;“): alle, Kinder, Jugendliche, Eltern, Frauen, Senior*innen, Neuzugewanderte, Geflüchtete.',
			'Datei „e.csv“, Zeile 2, Spalte „sprachen“: „Türkisch“ ist kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben, z. B. tr, ar).',
			'Datei „e.csv“, Zeile 2, Spalte „massnahmen“: „Sprachcafé“ ist keine Maßnahmen-Kennung der Form „SB 2.4“ (Handlungsfeld SB, AA, GP, BE, GT oder IÖ, Leerzeichen, Nummer).',
			'Datei „e.csv“, Zeile 2, Spalte „lat“: Breite (lat) und Länge (lon) müssen beide angegeben sein oder beide leer.',
			'Datei „e.csv“, Zeile 2, Spalte „massnahmen“: Die Maßnahme „SB 9.9“ fehlt in „m.csv“.'
		]);
	});

	it('refuses residential points outside the districts, with groups larger than their inhabitants, or impossible coordinates', async () => {
		const w = 'stadtbezirk,lat,lon,einwohner,mh\n10,47.7,10.3,50,60\n99,47.71,10.31,30,\n10,147.7,10.3,5,\n';
		expect(await fehlerBeim(dateienMit(E, w), mitZusatz)).toEqual([
			'Datei „w.csv“, Zeile 2, Spalte „mh“: „60 > 50“: Eine Teilgruppe ist größer als die Einwohnerzahl des Wohnorts.',
			'Datei „w.csv“, Zeile 3, Spalte „stadtbezirk“: Der Stadtbezirk „99“ fehlt in „stadtbezirk.csv“.',
			'Datei „w.csv“, Zeile 4, Spalte „lat“: „147.7“ ist größer als 90.'
		]);
	});

	it('gives a data set without the optional files empty tables', async () => {
		await ladeTabellen(db, manifest, async (f) => dateien(`${HEADER}\n${GOOD}\n`)[f]);
		expect(await db.query(`SELECT (SELECT count(*) FROM einrichtung) AS e, (SELECT count(*) FROM wohnort) AS w, (SELECT count(*) FROM massnahme) AS m`)).toEqual([{ e: 0, w: 0, m: 0 }]);
	});
});
