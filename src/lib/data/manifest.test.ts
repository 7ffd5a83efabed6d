import { describe, expect, it } from 'vitest';
import { leseManifest, pruefeManifest } from './manifest';
import { Ladefehler, meldungstext } from './meldungen';
import { definitionVon, indikator } from './indikatoren';

const GUT = {
	id: 'kempten-2024',
	titel: 'Kempten 2024',
	stadt: 'Kempten (Allgäu)',
	beispieldaten: false,
	quelle: 'Stadt Kempten',
	stichtage: ['2023-12-31', '2024-12-31'],
	dateien: { stadtbezirk: 'stadtbezirk.csv', bevoelkerung: 'bevoelkerung.csv', staat: 'staat.csv', geometrie: 'bezirke.geojson' }
};

function meldungen(roh: unknown): string[] {
	try {
		pruefeManifest(roh, 'datensatz.json');
	} catch (e) {
		expect(e).toBeInstanceOf(Ladefehler);
		return (e as Ladefehler).meldungen.map(meldungstext);
	}
	throw new Error('kein Fehler');
}

describe('manifest', () => {
	it('accepts a valid manifest and fills in the default suppression threshold', () => {
		expect(pruefeManifest(GUT, 'datensatz.json').geheimhaltung).toEqual({ schwelle: 3, methode: 'sperrung', mindestEinwohner: 0 });
	});
	it('takes the publisher and its contact for title pages and Impressum, and names a field that is too long', () => {
		const m = pruefeManifest({ ...GUT, herausgeber: 'Stadt Kempten (Allgäu), Amt für Integration', kontakt: 'integration@example.org' }, 'datensatz.json');
		expect([m.herausgeber, m.kontakt]).toEqual(['Stadt Kempten (Allgäu), Amt für Integration', 'integration@example.org']);
		expect(pruefeManifest(GUT, 'datensatz.json').herausgeber).toBeUndefined();
		expect(meldungen({ ...GUT, herausgeber: 'x'.repeat(201) })).toEqual(['Datei „datensatz.json“, Feld „herausgeber“: „herausgeber“ ist zu lang (höchstens 200 Zeichen).']);
	});
	it('refuses identifiers and file names that could point elsewhere or break SQL', () => {
		expect(meldungen({ ...GUT, id: 'http://evil.example/daten' })).toEqual([
			'Datei „datensatz.json“, Feld „id“: „id“ darf nur Kleinbuchstaben, Ziffern und „-“ enthalten (höchstens 63 Zeichen), z. B. „kempten-2024“.'
		]);
		expect(meldungen({ ...GUT, id: "kempten'; DROP TABLE bevoelkerung; --" })).toHaveLength(1);
		for (const datei of ['../geheim.csv', 'http://evil.example/x.csv', 'unter/ordner.csv', "o'reilly.csv", '.versteckt'])
			expect(meldungen({ ...GUT, dateien: { ...GUT.dateien, bevoelkerung: datei } })[0]).toMatch(/^Datei „datensatz.json“, Feld „dateien.bevoelkerung“: „dateien.bevoelkerung“ muss ein einfacher Dateiname/);
	});
	it('names every faulty field: German dates, empty or unsorted Stichtage, missing fields', () => {
		expect(meldungen({ ...GUT, stichtage: ['31.12.2020'] })).toEqual([
			'Datei „datensatz.json“, Feld „stichtage[0]“: „31.12.2020“ ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. 2020-12-31).'
		]);
		expect(meldungen({ ...GUT, stichtage: ['2020-02-30'] })[0]).toContain('„2020-02-30“ ist kein gültiges Datum');
		expect(meldungen({ ...GUT, stichtage: [] })).toEqual(['Datei „datensatz.json“, Feld „stichtage“: „stichtage“ ist leer: mindestens ein Stichtag ist nötig.']);
		expect(meldungen({ ...GUT, stichtage: ['2024-12-31', '2023-12-31'] })[0]).toContain('aufsteigend');
		const { quelle: _, ...ohneQuelle } = GUT;
		expect(meldungen(ohneQuelle)).toEqual(['Datei „datensatz.json“, Feld „quelle“: Das Feld „quelle“ fehlt.']);
		expect(meldungen({ ...GUT, beispieldaten: true })).toEqual([
			'Datei „datensatz.json“, Feld „hinweis“: Für Beispieldaten muss „hinweis“ sagen, was an ihnen nicht echt ist.'
		]);
	});
	it('keeps published figures for quoting and names a faulty one by its field', () => {
		const zitat = { stichtag: '2020-12-31', indikator: 'flucht_anteil', angabe: '2 %', quelle: 'KIK 2021' };
		expect(pruefeManifest({ ...GUT, veroeffentlicht: [zitat] }, 'datensatz.json').veroeffentlicht).toEqual([zitat]);
		expect(pruefeManifest(GUT, 'datensatz.json').veroeffentlicht).toEqual([]);
		expect(meldungen({ ...GUT, veroeffentlicht: [{ ...zitat, indikator: 'Flucht-Anteil' }] })).toEqual([
			'Datei „datensatz.json“, Feld „veroeffentlicht[0].indikator“: „veroeffentlicht[].indikator“ muss die Kennung einer Kennzahl sein, z. B. „flucht_anteil“.'
		]);
	});
	it('reports a file that is not JSON', () => {
		expect(() => leseManifest('<html>', 'datensatz.json')).toThrow('Datei „datensatz.json“: Die Datei ist kein gültiges JSON.');
	});
});

describe('the data set\'s own wording', () => {
	it('defaults to no wording of its own, so the catalogue\'s neutral texts apply', () => {
		const m = pruefeManifest(GUT, 'datensatz.json');
		expect(m.begriffe).toEqual({ indikatoren: {} });
		const mh = indikator('mh_anteil')!;
		expect(definitionVon(mh, m.begriffe)).toBe(mh.definition);
		expect(mh.definition).not.toMatch(/Kempten|KIK/);
	});
	it('puts its definition of migration background into every indicator built on it, and its own definitions in place', () => {
		const m = pruefeManifest({ ...GUT, begriffe: { migrationshintergrund: 'Personen mit Migrationshintergrund nach dem Mikrozensus', indikatoren: { flucht_anteil: 'Schutzsuchende je 100 Einwohner*innen.' }, methodenwechsel: { jahr: 2016, text: 'Neu ab 2016.' } } }, 'datensatz.json');
		expect(definitionVon(indikator('mh_anteil')!, m.begriffe)).toBe('Personen mit Migrationshintergrund nach dem Mikrozensus, je 100 Einwohner*innen mit Hauptwohnsitz.');
		expect(definitionVon(indikator('mh_unter18_anteil')!, m.begriffe)).toMatch(/^Personen mit Migrationshintergrund nach dem Mikrozensus, unter 18 Jahren/);
		expect(definitionVon(indikator('flucht_anteil')!, m.begriffe)).toBe('Schutzsuchende je 100 Einwohner*innen.');
		expect(definitionVon(indikator('auslaender_anteil')!, m.begriffe)).toBe(indikator('auslaender_anteil')!.definition);
	});
	it('refuses definitions of unknown indicators and a method change without a year', () => {
		expect(meldungen({ ...GUT, begriffe: { indikatoren: { toString: 'x' } } })).toEqual([
			'Datei „datensatz.json“, Feld „begriffe.indikatoren“: „toString“ ist keine Kennzahl des Katalogs (z. B. „flucht_anteil“).'
		]);
		expect(meldungen({ ...GUT, begriffe: { methodenwechsel: { text: 'Neu.' } } })).toEqual(['Datei „datensatz.json“, Feld „begriffe.methodenwechsel.jahr“: Das Feld „begriffe.methodenwechsel.jahr“ fehlt.']);
	});
});
