/**
 * Every test file of tests/fixtures/import/ through the import as the page runs it (read, guess the
 * mapping, convert, check the whole data set without changing it), with the exact German messages a
 * statistician must see. The files are written by `npm run testdateien`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { standarddaten, DEFAULT_DIR, type Standarddaten } from '../testing/defaultData';
import { leseManifest, type DatensatzManifest } from '../manifest';
import { Ladefehler, meldungstext } from '../meldungen';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { fuegeHinzu, leererArbeitsstand } from '../arbeitsstand/arbeitsstand';
import { oeffneArbeitsstand } from '../quellen/arbeitsstand';
import { lese } from './lese';
import type { Zuordnung } from './zuordnung';
import { erkenneZuordnung } from './erkennung';
import { quelleAusGeometrie, quelleAusTabelle } from './quelle';
import { rateCodeFeld } from './geometrieImport';
import { alsUtf8 } from './register';
import { erkenneDateiart } from './dateiart';

const ORDNER = join(import.meta.dirname, '../../../../tests/fixtures/import');
const lies = (f: string) => readFile(join(DEFAULT_DIR, f), 'utf8');

let d: Standarddaten;
let standard: DatensatzManifest;
let geometrie: Bezirksgeometrie;
let codes: Set<string>;
beforeAll(async () => {
	d = await standarddaten();
	standard = leseManifest(await lies('datensatz.json'), 'datensatz.json');
	geometrie = JSON.parse(await lies('stadtbezirke.geojson'));
	codes = new Set(geometrie.features.map((f) => f.properties.code));
});

/** The import of one file with the guessed mapping; every message it produces, and whether it would load. */
async function importiere(pfad: string, aenderung: Partial<Zuordnung> = {}): Promise<{ meldungen: string[]; laedt: boolean }> {
	const name = pfad.split('/').pop()!;
	const bytes = new Uint8Array(readFileSync(join(ORDNER, pfad)));
	const meldungen: string[] = [];
	const sammle = (m: readonly { schwere: string }[]) => m.forEach((x) => meldungen.includes(meldungstext(x as never)) || meldungen.push(meldungstext(x as never)));
	try {
		const e = await lese(name, bytes);
		const v =
			e.art === 'tabelle'
				? await (async () => {
						const z = { ...erkenneZuordnung(e.roh, codes), ...aenderung };
						return quelleAusTabelle(e.roh, z, d.db, z.ziel === 'register' ? alsUtf8(e.roh, bytes) : undefined);
					})()
				: quelleAusGeometrie(e.geo, { codeFeld: rateCodeFeld(e.geo, codes)!, nameFeld: e.geo.eigenschaften.find((x) => /name/i.test(x)) }, codes, geometrie);
		sammle(v.meldungen);
		if (!v.quelle) return { meldungen, laedt: false };
		const o = await oeffneArbeitsstand(fuegeHinzu(leererArbeitsstand(standard), v.quelle).arbeitsstand, lies);
		sammle(await o.pruefe(await d.db.verbinde()));
		return { meldungen, laedt: true };
	} catch (error) {
		if (!(error instanceof Ladefehler)) throw error;
		sammle(error.meldungen);
		return { meldungen, laedt: false };
	}
}

const STICHTAG_2021 = { stichtag: '2021-12-31' };

/** File → the messages it must produce (exactly, among all it produces) and whether it is refused. */
const FEHLERHAFT: [string, string[], Partial<Zuordnung>?][] = [
	['leer.csv', ['Datei „leer.csv“: Die Datei ist leer.']],
	['nur-kopf.csv', ['Datei „nur-kopf.csv“: Die Datei enthält nur die Kopfzeile („Stadtbezirk“, „Stichtag“, „Einwohner“) und keine Datenzeilen; es gibt nichts zu laden.']],
	['keine-tabelle.csv', ['Datei „keine-tabelle.csv“: Keine Tabelle gefunden: es fehlt eine Kopfzeile mit mindestens zwei Spaltennamen.']],
	['binaer.csv', ['Datei „binaer.csv“: Die Datei ist weder Text (CSV) noch Excel, Parquet, GeoJSON oder ein ZIP-Archiv; sie kann nicht gelesen werden.']],
	['excel-als-csv.csv', ['Datei „excel-als-csv.csv“: Die Datei ist ein ZIP-Archiv, die Endung „.csv“ passt nicht dazu. Excel-Dateien enden auf .xlsx, Shapefiles kommen als .zip.']],
	['alt.xls', ['Datei „alt.xls“: Das ist eine Excel-Datei im alten Format (.xls). Bitte in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder als „CSV UTF-8“ speichern.']],
	['text-als.xlsx', ['Datei „text-als.xlsx“: Die Datei endet auf .xlsx, ist aber keine Excel-Arbeitsmappe (kein ZIP-Archiv); vielleicht unvollständig heruntergeladen?']],
	['abgeschnitten.xlsx', ['Datei „abgeschnitten.xlsx“: Das ZIP-Archiv ist unvollständig oder beschädigt (abgebrochener Download?) und kann nicht entpackt werden.']],
	['text-als.parquet', ['Datei „text-als.parquet“: Die Datei endet auf .parquet, ist aber keine Parquet-Datei (die Kennung „PAR1“ fehlt).']],
	['kaputt.parquet', ['Datei „kaputt.parquet“: Die Parquet-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.']],
	['zipbombe.zip', ['Datei „zipbombe.zip“: Das Archiv würde entpackt mehr als 400 MB belegen (420 MB allein „bombe.shp“); das ist mehr, als der Browser sicher verarbeiten kann. Verdacht auf eine „ZIP-Bombe“: die Datei wird nicht gelesen.']],
	['abgeschnitten.zip', ['Datei „abgeschnitten.zip“: Das ZIP-Archiv ist unvollständig oder beschädigt (abgebrochener Download?) und kann nicht entpackt werden.']],
	['ohne-shp.zip', ['Datei „ohne-shp.zip“: Das ZIP-Archiv enthält kein Shapefile (keine .shp-Datei).']],
	['ohne-dbf.zip', ['Datei „ohne-dbf.zip“: Zum Shapefile „a.shp“ fehlt die .dbf-Datei mit den Attributen (Bezirksnummer, Name).']],
	['nur.shp', ['Datei „nur.shp“: Ein Shapefile besteht aus mehreren Dateien (.shp, .dbf, .prj, .cpg). Bitte alle zusammen als ZIP-Archiv laden.']],
	['vertauscht.geojson', ['Datei „vertauscht.geojson“: Die Koordinaten liegen nur mit vertauschten Achsen in Deutschland (Breite vor Länge, oder Hochwert vor Rechtswert). GeoJSON verlangt Länge vor Breite; bitte im GIS korrigieren.']],
	['ausserhalb.geojson', ['Datei „ausserhalb.geojson“: Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 (WGS84 (Grad)) nicht in Deutschland, sondern bei 48,8° N, 2,3° O, etwa 260 km südwestlich von Deutschland. Falsche Datei oder verschobene Koordinaten?']],
	['weit-weg.geojson', ['Datei „weit-weg.geojson“: Die Flächen liegen 107 km vom bisherigen Stadtgebiet entfernt, tragen aber dieselben Bezirksnummern; falsche Datei oder falsches Koordinatensystem?']],
	['crs-unbekannt.geojson', ['Datei „crs-unbekannt.geojson“: Das Koordinatensystem „urn:ogc:def:crs:EPSG::2056“ wird nicht unterstützt (möglich: EPSG:4326, EPSG:25832, EPSG:25833, EPSG:4647, EPSG:5650, EPSG:31466, EPSG:31467, EPSG:31468, EPSG:31469, UTM32N-2500000, EPSG:3857 oder ein WKT).']],
	['abgeschnitten.geojson', ['Datei „abgeschnitten.geojson“: Die Datei ist kein gültiges JSON (abgeschnitten oder keine GeoJSON-Datei?).']],
	['keine-features.geojson', ['Datei „keine-features.geojson“: Die Datei enthält keine Flächen (keine Features).']],
	['punkte.geojson', ['Datei „punkte.geojson“, Feld „features[2].geometry.type“: Bezirk „12“: Geometrietyp „Point“; erwartet wird Polygon oder MultiPolygon. (und 44 weitere Flächen)']],
	['ring-zu-kurz.geojson', ['Datei „ring-zu-kurz.geojson“, Feld „features[0].geometry.coordinates“: Bezirk „10“: Die Koordinaten bilden kein gültiges Polygon.']],
	['code-doppelt.geojson', ['Datei „code-doppelt.geojson“, Feld „features[1].properties.code“: Der Wert „10“ des Attributs „code“ steht in Feature 1 (features[0]) und Feature 2 (features[1]); jede Fläche braucht eine eigene Bezirksnummer.']],
	[
		'code-doppelt-id.geojson',
		[
			'Datei „code-doppelt-id.geojson“, Feld „features[1].properties.id“: Der Wert „10“ des Attributs „id“ steht in Feature 1 (features[0]) und Feature 2 (features[1]); jede Fläche braucht eine eigene Bezirksnummer.',
			'Datei „code-doppelt-id.geojson“: Weiter geht es so: die Teile je Nummer zu einer Fläche vereinen, die doppelten Flächen weglassen (die erste je Nummer bleibt) oder ein anderes Attribut als Bezirksnummer wählen – eindeutig sind „objectid“, „name“.'
		]
	],
	['zonenkennziffer-falsche-prj.zip', ['Datei „zonenkennziffer-falsche-prj.zip“: Die Koordinaten ergeben mit EPSG:25832 (ETRS89 / UTM Zone 32N) keine gültigen Längen und Breiten. Die Rechtswerte haben 8 Stellen und beginnen mit der Zonenkennziffer „32“: vermutlich ist es EPSG:4647 (ETRS89 / UTM Zone 32N mit Zonenkennziffer (Rechtswert 32 500 000)), das verwendete System kennt die Zonenkennziffer nicht.']],
	['prj-unlesbar.zip', ['Datei „prj-unlesbar.zip“: Das Koordinatensystem in „a.prj“ kann nicht gelesen oder nicht umgerechnet werden (kein gültiges WKT mit Metern oder Grad).']],
	['nicht-numerisch.csv', ['Datei „nicht-numerisch.csv“, Zeile 2, Spalte „Einwohner“: „abc“ ist keine Zahl.']],
	['negativ.csv', ['Datei „negativ.csv“, Zeile 2, Spalte „Ausländer“: „-5“ ist negativ; Anzahlen müssen 0 oder größer sein.']],
	['dezimal-anzahl.csv', ['Datei „dezimal-anzahl.csv“, Zeile 2, Spalte „Ausländer“: „12,5“ ist keine ganze Zahl.']],
	['anteil-ueber-100.csv', ['Datei „anteil-ueber-100.csv“, Zeile 2, Spalte „Anteil MH in %“: „120,5“ ist ein Anteil über 100 %.']],
	['teil-groesser.csv', ['Datei „teil-groesser.csv“, Zeile 2, Spalte „Ausländer“: „900 > 800“: „Ausländer“ ist größer als „Einwohner“; ein Teil kann nicht größer sein als das Ganze.']],
	['unbekannter-bezirk.csv', ['Datei „unbekannter-bezirk.csv“, Zeile 2, Spalte „Stadtbezirk“: Der Stadtbezirk „99“ fehlt in „stadtbezirk.csv“; Bezirksnummern müssen genau so geschrieben sein wie dort.']],
	['fuehrende-null.csv', ['Datei „fuehrende-null.csv“, Zeile 2, Spalte „Stadtbezirk“: Der Stadtbezirk „010“ fehlt in „stadtbezirk.csv“; Bezirksnummern müssen genau so geschrieben sein wie dort. Gemeint ist wohl „10“ (führende Nullen).']],
	['doppelt.csv', ['Datei „doppelt.csv“, Zeile 3: Diese Zeile wiederholt Zeile 2 (gleiche Stichtag, Stadtbezirk); jede Merkmalskombination darf nur einmal gezählt werden.']],
	['datum-unmoeglich.csv', ['Datei „datum-unmoeglich.csv“, Zeile 2, Spalte „Stichtag“: „31.02.2021“ ist kein gültiges Datum (z. B. 31.12.2020 oder 2020-12-31).']],
	['datum-fehlt.csv', ['Datei „datum-fehlt.csv“, Zeile 2, Spalte „Stichtag“: Der Stichtag fehlt.']],
	['zu-viele-felder.csv', ['Datei „zu-viele-felder.csv“, Zeile 2: Die Zeile hat 5 Felder, die Kopfzeile 4 (ein Trennzeichen zu viel, oder ein Text mit Trennzeichen ohne Anführungszeichen?).']],
	['ohne-einwohner.csv', ['Datei „ohne-einwohner.csv“: Noch nicht zugeordnet: Einwohner*innen.']],
	['deutsch-gross.csv', ['Datei „deutsch-gross.csv“, Zeile 2, Spalte „status“: „Deutsch“ ist nicht zulässig; erlaubt sind: deutsch, eingebuergert, aussiedler, auslaender. Gemeint ist wohl „deutsch“: Groß- und Kleinschreibung zählen.']],
	[
		'register-fehler.csv',
		[
			'Datei „register-fehler.csv“, Zeile 2, Spalte „Alter“: „abc“ ist kein Alter (ganze Zahl von 0 bis 120).',
			'Datei „register-fehler.csv“, Zeile 3, Spalte „Geschlecht“: „q“ ist kein Geschlecht; erlaubt sind m/männlich, w/weiblich, d/divers, o/ohne Angabe.',
			'Datei „register-fehler.csv“, Zeile 4, Spalte „Staatsangehörigkeit“: „XX“ ist kein bekannter Staat; erwartet wird der ISO-Code aus zwei Buchstaben (DE, TR, XK).'
		],
		STICHTAG_2021
	],
	['lang-doppelt.csv', ['Datei „lang-doppelt.csv“, Zeile 3, Spalte „zahl“: Diese Zeile nennt „Einwohner insgesamt“ für Gebiet „10“ und 2021 ein zweites Mal (zuerst in Zeile 2); jede Zahl darf nur einmal vorkommen.']],
	['lang-keine-zahl.csv', ['Datei „lang-keine-zahl.csv“, Zeile 3, Spalte „zahl (Ausländer)“: „abc“ ist keine Zahl.']],
	['angebote-ausserhalb.csv', ['Datei „angebote-ausserhalb.csv“, Zeile 2, Spalte „Rechtswert“: Die Koordinaten 47.7 / 10.3 liegen nicht in Deutschland (Koordinatensystem EPSG:25832); falsches System oder vertauschte Spalten?']]
];

/** Files that load, with the warnings they must bring. */
const MIT_WARNUNG: [string, string[]][] = [
	['ohne-prj.zip', ['Datei „ohne-prj.zip“: Zum Shapefile fehlt die .prj-Datei mit dem Koordinatensystem; es wird aus den Koordinaten bestimmt.', 'Datei „ohne-prj.zip“: Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu EPSG:25832 (ETRS89 / UTM Zone 32N) und werden so umgerechnet.']],
	['utm-ohne-crs.geojson', ['Datei „utm-ohne-crs.geojson“: Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu EPSG:25832 (ETRS89 / UTM Zone 32N) und werden so umgerechnet.']],
	['win1252-ohne-cpg.zip', ['Datei „win1252-ohne-cpg.zip“: Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als Windows-1252 gelesen (so sagt es die .dbf-Datei). Bitte die Namen in der Vorschau prüfen.']],
	[
		'koeln-ohne-prj.zip',
		[
			'Datei „koeln-ohne-prj.zip“: Die Datei nennt kein Koordinatensystem; die Koordinaten passen zu UTM32N-2500000 (UTM Zone 32N mit Rechtswert-Zuschlag 2 500 000 (ohne EPSG-Code; z. B. ältere Kölner Daten)) und werden so umgerechnet.',
			'Datei „koeln-ohne-prj.zip“: Zum Shapefile fehlt die .cpg-Datei mit der Kodierung; die Attribute sind kein UTF-8 und werden als Windows-1252 gelesen (so sagt es die .dbf-Datei). Bitte die Namen in der Vorschau prüfen.'
		]
	],
	['fremde-codes.geojson', ['Datei „fremde-codes.geojson“: Keine Fläche für „10“; diese Bezirke fehlen auf der Karte, stehen aber in der Tabelle.', 'Datei „fremde-codes.geojson“: Flächen ohne Eintrag in der Bezirkstabelle: „X1“; sie bleiben grau.']],
	['summenzeile.csv', ['Datei „summenzeile.csv“: Eine Zeile der Gesamtstadt („Insgesamt“) wird nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert und stimmen mit der Gesamtstadt überein.']],
	[
		'stadtzeile-abweichend.csv',
		[
			'Datei „stadtzeile-abweichend.csv“: Eine Zeile der Gesamtstadt („Insgesamt“) wird nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert.',
			'Datei „stadtzeile-abweichend.csv“, Zeile 4, Spalte „Einwohner“: Die Zeile der Gesamtstadt nennt am 31.12.2021 für „Einwohner*innen“ 1.510, die 2 gezählten Gebiete ergeben zusammen 1.500, 10 weniger. Die Werte der Stadt werden aus den Gebieten summiert.'
		]
	],
	['gesperrt.csv', ['Datei „gesperrt.csv“: Am Stichtag 31.12.2021 haben die Stadtbezirke „12“, „13“, „20“, „21“, „22“, „23“, „24“, „25“ und 37 weitere keine Einwohner*innen; Anteile bleiben dort leer.']],
	['hyperlink.csv', []],
	['html-name.csv', []]
];

describe('import: files that must be refused', () => {
	it('are at least 40, each with a test', () => {
		const alle = readdirSync(join(ORDNER, 'fehlerhaft'));
		expect(alle.length).toBeGreaterThanOrEqual(40);
		expect([...FEHLERHAFT.map((f) => f[0]), ...MIT_WARNUNG.map((f) => f[0])].sort()).toEqual(alle.sort());
	});
	for (const [datei, erwartet, zuordnung] of FEHLERHAFT)
		it(datei, async () => {
			const r = await importiere(`fehlerhaft/${datei}`, zuordnung);
			for (const m of erwartet) expect(r.meldungen).toContain(m);
			expect(r.laedt, r.meldungen.join('\n')).toBe(false);
		});
	it('a file too large for the tab is refused by its size, before it is read', () => {
		expect(() => erkenneDateiart('riesig.csv', 2 ** 31, new TextEncoder().encode('a;b\n1;2\n'))).toThrow('Datei „riesig.csv“: Die Datei ist mit 2.048 MB zu groß für den Browser (höchstens 300 MB). Bitte die Daten aufteilen oder vorher zusammenfassen.');
	});
});

describe('import: files that load with warnings', () => {
	for (const [datei, erwartet] of MIT_WARNUNG)
		it(datei, async () => {
			const r = await importiere(`fehlerhaft/${datei}`, datei.endsWith('.csv') && !datei.includes('name') && !datei.includes('hyperlink') ? STICHTAG_2021 : {});
			for (const m of erwartet) expect(r.meldungen).toContain(m);
			expect(r.laedt, r.meldungen.join('\n')).toBe(true);
		});
});

describe('import: what offices export', () => {
	it('reads a Windows-1252 semicolon CSV with title rows, decimal commas, thousands dots and a total row', async () => {
		const r = await importiere('gut/bezirke-2021-win1252.csv');
		expect(r.laedt, r.meldungen.join('\n')).toBe(true);
		const e = await lese('x.csv', new Uint8Array(readFileSync(join(ORDNER, 'gut/bezirke-2021-win1252.csv'))));
		expect(e.art === 'tabelle' && e.roh.kopf).toEqual(['Stadtbezirk', 'Bezeichnung', 'Stichtag', 'Einwohner insgesamt', 'darunter Ausländer', 'Anteil MH in %']);
		expect(e.art === 'tabelle' && e.roh.zeilen.find((z) => z[0] === '54')?.[1]).toBe('Bühl – Süd');
		expect(e.art === 'tabelle' && e.roh.format).toBe('Windows-1252, Trennzeichen Semikolon');
	});
	it('reads an Excel workbook with title rows above the table', async () => {
		const r = await importiere('gut/bezirke-2021-titel.xlsx');
		expect(r.meldungen).toContain('Datei „bezirke-2021-titel.xlsx“: Die ersten 3 Zeilen werden als Titel übersprungen; die Kopfzeile ist Zeile 4.');
		expect(r.laedt, r.meldungen.join('\n')).toBe(true);
	});
	it('reads official boundaries as a zipped Shapefile in EPSG:25832 and reprojects them', async () => {
		const e = await lese('b.zip', new Uint8Array(readFileSync(join(ORDNER, 'gut/bezirke-25832.zip'))));
		if (e.art !== 'geometrie') throw new Error('keine Geometrie');
		expect(e.geo.system?.kennung).toBe('EPSG:25832');
		expect(rateCodeFeld(e.geo, codes)).toBe('SBZ');
		const v = quelleAusGeometrie(e.geo, { codeFeld: 'SBZ', nameFeld: 'NAME' }, codes, geometrie);
		const neu = JSON.parse(v.quelle!.inhalt) as Bezirksgeometrie;
		const alt = geometrie.features[0].geometry.coordinates[0] as number[][];
		const umgerechnet = neu.features[0].geometry.coordinates[0] as number[][];
		// Back in degrees, within a few centimetres of the original corners.
		expect(Math.abs(umgerechnet[0][0] - alt[0][0])).toBeLessThan(1e-6);
		expect(Math.abs(umgerechnet[0][1] - alt[0][1])).toBeLessThan(1e-6);
		expect(neu.features.find((f) => f.properties.code === '54')?.properties.name).toBe('Bühl – Süd');
	});
	it('aggregates a register extract of persons into counts that pass every check', async () => {
		const r = await importiere('gut/register-2021.csv', STICHTAG_2021);
		expect(r.laedt, r.meldungen.join('\n')).toBe(true);
	});
	it('reads a long table with the city, Stadtteile and Stadtbezirke in one file, counting only the districts the atlas knows', async () => {
		const r = await importiere('gut/lang-ebenen-2020-2021.csv');
		expect(r.meldungen).toContain('Datei „lang-ebenen-2020-2021.csv“: Gezählt werden die 47 Gebiete der Ebene 2-stellige Nummern (10 bis 84); 16 Zeilen anderer Ebenen (1-stellige Nummern (01 bis 08)) werden nicht gezählt.');
		expect(r.meldungen).toContain('Datei „lang-ebenen-2020-2021.csv“: 2 Zeilen der Gesamtstadt („Stadt Kempten (Allgäu)“) werden nicht als Bezirk gelesen; die Werte der Stadt werden aus den Bezirken summiert und stimmen mit der Gesamtstadt überein.');
		expect(r.laedt, r.meldungen.join('\n')).toBe(true);
	});
	it('reads a workbook whose header spans two rows, its Stichtag taken from the file name', async () => {
		const r = await importiere('gut/einwohner-2021-zweizeilig.xlsx');
		expect(r.meldungen).toContain('Datei „einwohner-2021-zweizeilig.xlsx“: Die Kopfzeile steht in zwei Zeilen (Zeile 2 und 3); die Spaltennamen werden zusammengesetzt, z. B. „Einwohner insgesamt“.');
		expect(r.laedt, r.meldungen.join('\n')).toBe(true);
	});
	it('reads a UTF-16 "Unicode text" district list and offers with UTM coordinates', async () => {
		expect((await importiere('gut/stadtbezirke-unicode.txt')).laedt).toBe(true);
		expect((await importiere('gut/angebote-utm.csv')).laedt).toBe(true);
	});
});
