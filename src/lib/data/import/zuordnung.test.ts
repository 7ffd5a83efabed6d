/**
 * The first guess of a mapping from the headers alone, on the headers of the test files in
 * tests/fixtures/import/ and of tables offices publish, and the fields a mapping still leaves open.
 */
import { describe, expect, it } from 'vitest';
import { fehlendePflichtfelder, normiere, rateSpalten, rateZiel, rateZuordnung, zuordnungsSchluessel } from './zuordnung';

describe('normiere', () => {
	it('spells out umlauts, drops gender marks and reads "in %" as a share', () => {
		expect(normiere('Ausländer*innen')).toBe('auslaender');
		expect(normiere('Einwohner:innen gesamt')).toBe('einwohner gesamt');
		expect(normiere('Bürger_innen')).toBe('buerger');
		expect(normiere('Größe Öffentlich')).toBe('groesse oeffentlich');
		expect(normiere('Anteil MH in %')).toBe('anteil mh anteil');
		expect(normiere('MH in Prozent')).toBe('mh anteil');
		expect(normiere('Quote%')).toBe('quote anteil');
		expect(normiere('Fläche in km²')).toBe('flaeche in km2');
		expect(normiere('  Stadt-Bezirk  (Nr.) ')).toBe('stadt bezirk nr');
	});

	it('joins a word broken at a hyphen in a capitalised header, but not in one written in lower case', () => {
		expect(normiere('Migrations-hintergrund')).toBe('migrationshintergrund');
		expect(normiere('ew-gesamt')).toBe('ew gesamt');
		expect(normiere('migrations-hintergrund')).toBe('migrations hintergrund');
		expect(normiere('Ew-gesamt')).toBe('ew gesamt');
	});

	it('keys a saved mapping by the normalised headers', () => {
		expect(zuordnungsSchluessel(['Stadtbezirk', 'Ausländer*innen'])).toBe('stadtbezirk|auslaender');
	});
});

describe('rateZiel', () => {
	it('tells the kinds of table by the headers of the test files', () => {
		expect(rateZiel(['Name', 'Art', 'Rechtswert', 'Hochwert', 'Handlungsfelder'])).toBe('einrichtung');
		expect(rateZiel(['Bezirk', 'Geburtsjahr', 'Geschlecht', 'Staatsangehörigkeit', 'Eingebürgert', 'Aussiedler', 'Fluchthintergrund', 'Zuzugsjahr'])).toBe('register');
		expect(rateZiel(['Bezirk', 'Alter', 'Geschlecht', 'Staatsangehörigkeit'])).toBe('register');
		expect(rateZiel(['stichtag', 'stadtbezirk', 'geschlecht', 'altersgruppe', 'status', 'staatsangehoerigkeit', 'eu', 'fluchthintergrund', 'aufenthaltsdauer', 'anzahl'])).toBe('bevoelkerung');
		expect(rateZiel(['Stadtbezirk', 'Stichtag', 'Einwohner', 'Ausländer'])).toBe('bezirkszahl');
		expect(rateZiel(['Stadtbezirk', 'Stichtag', 'Einwohner', 'Anteil MH in %'])).toBe('bezirkszahl');
		expect(rateZiel(['code', 'name'])).toBe('stadtbezirk');
		expect(rateZiel(['id', 'handlungsfeld', 'bereich', 'ziel_nr', 'ziel_text', 'text'])).toBe('massnahme');
		expect(rateZiel(['Bezirk', 'lat', 'lon', 'Einwohner'])).toBe('wohnort');
		expect(rateZiel(['Baublock', 'X', 'Y', 'EW'])).toBe('wohnort');
	});

	it('takes counts of persons by sex and age for counts, not for a register extract', () => {
		expect(rateZiel(['Bezirk', 'Geschlecht', 'Alter', 'Anzahl'])).not.toBe('register');
		expect(rateZiel(['district', 'sex', 'age', 'count'])).not.toBe('register');
		expect(rateZiel(['district', 'gender', 'year of birth', 'nationality'])).toBe('register');
		expect(rateZiel(['district', 'sex', 'age', 'nationality'])).toBe('register');
		expect(rateZiel(['Bezirk', 'Geschl.', 'Alter', 'Staatsangeh.'])).toBe('register');
		expect(rateZiel(['Bezirk', 'Geschlecht', 'Geb.-Jahr'])).toBe('register');
		expect(rateZiel(['Bezirk', 'Geschlecht', 'Alter in Jahren'])).toBe('register');
		expect(rateZiel(['Bezirk', 'Geschlecht', 'Einwohner'])).toBe('bezirkszahl');
		expect(rateZiel(['Bezirk', 'Geschlecht', 'Alter', 'Anzahl'])).toBe('stadtbezirk');
	});

	it('needs age group, status and count for counts by characteristics', () => {
		expect(rateZiel(['Stichtag', 'Stadtbezirk', 'Geschlecht', 'Altersgruppe', 'Status', 'Anzahl Personen'])).toBe('bevoelkerung');
		expect(rateZiel(['Stadtbezirk', 'Status', 'Anzahl'])).toBe('stadtbezirk');
		expect(rateZiel(['Stadtbezirk', 'Altersgruppe', 'Anzahl'])).toBe('stadtbezirk');
	});

	it('needs a field of action and a goal for measures', () => {
		expect(rateZiel(['Handlungsfeld', 'Zielnummer', 'Maßnahme'])).toBe('massnahme');
		expect(rateZiel(['Handlungsfeld', 'Ziel', 'Maßnahme'])).toBe('massnahme');
		expect(rateZiel(['Name', 'Art', 'lat', 'lon', 'Handlungsfeld'])).toBe('einrichtung');
	});

	it('takes no Stichtag or level column alone for district counts (Köln\'s long table)', () => {
		expect(rateZiel(['id', 'tab_id', 'tabelle', 'jahr', 'raum_id', 'raum', 'zei_id', 'zeile', 'zahl'])).toBe('stadtbezirk');
		expect(rateZiel(['Raumebene', 'Code', 'Name'])).toBe('stadtbezirk');
	});

	it('needs a kind column beside coordinates for facilities, and inhabitants for residences', () => {
		expect(rateZiel(['Name', 'Kategorie', 'Breite', 'Länge'])).toBe('einrichtung');
		expect(rateZiel(['Name', 'Typ', 'lat', 'lon'])).toBe('einrichtung');
		expect(rateZiel(['Name', 'Adresse', 'lat', 'lon'])).toBe('stadtbezirk');
		expect(rateZiel(['Bezirk', 'Einwohner', 'Ausländer'])).toBe('bezirkszahl');
	});
});

describe('rateZuordnung', () => {
	it('maps the columns of a district table, counts and shares', () => {
		expect(rateZuordnung(['Stadtbezirk', 'Stichtag', 'Einwohner', 'mit Migrationshintergrund', 'Eingebürgerte', 'Aussiedler', 'Ausländer'])).toEqual({
			ziel: 'bezirkszahl',
			spalten: { stadtbezirk: 0, stichtag: 1, einwohner: 2, mh: 3, eingebuergert: 4, aussiedler: 5, auslaender: 6 }
		});
		expect(rateZuordnung(['Stadtbezirk', 'Name', 'Stichtag', 'Einwohner insgesamt', 'darunter Ausländer', 'mit Migrationshintergrund']).spalten).toEqual({ stadtbezirk: 0, name: 1, stichtag: 2, einwohner: 3, auslaender: 4, mh: 5 });
		expect(rateZuordnung(['Stadtbezirk', 'Stichtag', 'Einwohner', 'Anteil MH in %']).spalten).toEqual({ stadtbezirk: 0, stichtag: 1, einwohner: 2, mh_anteil: 3 });
	});

	it('reads a header with all of a synonym\'s words, but not one naming a group of another count', () => {
		expect(rateZuordnung(['Bezirk', 'Jahr', 'Einwohner', 'Bevölkerung unter 18 Jahre']).spalten.unter18).toBe(3);
		expect(rateZuordnung(['Bezirk', 'Jahr', 'Einwohner', 'Ausländer unter 18']).spalten.unter18).toBeUndefined();
		expect(rateZuordnung(['Bezirk', 'Jahr', 'Einwohner', 'Unter 15-Jährige in Mindestsicherung']).spalten.kinder).toBeUndefined();
		// A share is never a count, and a count never a share.
		expect(rateZuordnung(['Bezirk', 'Jahr', 'Einwohner', 'Ausländerquote']).spalten).toEqual({ stadtbezirk: 0, stichtag: 1, einwohner: 2, auslaender_anteil: 3 });
		expect(rateZuordnung(['Bezirk', 'Jahr', 'Einwohner', 'Ausländer Anteil in %']).spalten.auslaender).toBeUndefined();
	});

	it('gives each column one field, the exact synonym before one that only contains its words', () => {
		expect(rateZuordnung(['Stadtbezirk', 'Bezirk', 'Einwohner', 'Ausländer']).spalten).toEqual({ stadtbezirk: 0, einwohner: 2, auslaender: 3 });
		expect(rateZuordnung(['Bezirk', 'EW unter 18']).spalten).toEqual({ stadtbezirk: 0, unter18: 1 });
		expect(rateZuordnung(['Bezirk', 'Einwohner', 'Ausländer Quote']).spalten).toEqual({ stadtbezirk: 0, einwohner: 1 });
		// "Einwohnerzahl" is a synonym exactly, "Einwohner gesamt Stadt" only holds the words of one.
		expect(rateZuordnung(['Nr', 'Einwohner gesamt Stadt', 'Einwohnerzahl']).spalten).toEqual({ stadtbezirk: 0, einwohner: 2 });
		// Among equal fits the earlier column wins.
		expect(rateZuordnung(['Bezirk', 'Einwohner', 'Einwohner']).spalten.einwohner).toBe(1);
	});

	it('maps facilities with projected coordinates to UTM, and with degrees to WGS84', () => {
		expect(rateZuordnung(['Name', 'Art', 'Rechtswert', 'Hochwert', 'Handlungsfelder'])).toEqual({ ziel: 'einrichtung', spalten: { name: 0, typ: 1, x: 2, y: 3, handlungsfelder: 4 }, koordinaten: 'EPSG:25832' });
		expect(rateZuordnung(['Name', 'Art', 'Breite', 'Länge'])).toEqual({ ziel: 'einrichtung', spalten: { name: 0, typ: 1, lat: 2, lon: 3 }, koordinaten: 'EPSG:4326' });
		expect(rateZuordnung(['Bezirk', 'lat', 'lon', 'Einwohner']).koordinaten).toBe('EPSG:4326');
		expect(rateZuordnung(['code', 'name']).koordinaten).toBeUndefined();
	});

	it('maps a register extract\'s columns', () => {
		expect(rateZuordnung(['Bezirk', 'Geburtsjahr', 'Geschlecht', 'Staatsangehörigkeit', 'Eingebürgert', 'Aussiedler', 'Fluchthintergrund', 'Zuzugsjahr']).spalten).toEqual({
			stadtbezirk: 0, geburtsjahr: 1, geschlecht: 2, staatsangehoerigkeit: 3, eingebuergert: 4, aussiedler: 5, fluchthintergrund: 6, zuzugsjahr: 7
		});
	});

	it('rules out a pair the values forbid', () => {
		expect(rateSpalten(['Jahr', 'Nr', 'Einwohner'], 'bezirkszahl', (feld, spalte) => feld === 'stadtbezirk' && spalte === 1)).toEqual({ stichtag: 0, einwohner: 2 });
	});
});

describe('fehlendePflichtfelder', () => {
	it('names the required fields left open, and the Stichtag of counts and register extracts', () => {
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0 } })).toEqual(['Einwohner*innen', 'Stichtag (Spalte oder fester Stichtag)']);
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 1 }, stichtag: '2024-12-31' })).toEqual([]);
		expect(fehlendePflichtfelder({ ziel: 'stadtbezirk', spalten: { code: 0 } })).toEqual(['Name des Stadtbezirks']);
		expect(fehlendePflichtfelder({ ziel: 'einrichtung', spalten: { name: 0, typ: 1 } })).toEqual([]);
	});

	it('asks a register extract for age or year of birth', () => {
		expect(fehlendePflichtfelder({ ziel: 'register', spalten: { stadtbezirk: 0, geschlecht: 1, staatsangehoerigkeit: 2, stichtag: 3 } })).toEqual(['Alter oder Geburtsjahr']);
		expect(fehlendePflichtfelder({ ziel: 'register', spalten: { stadtbezirk: 0, geschlecht: 1, staatsangehoerigkeit: 2, geburtsjahr: 3 } })).toEqual(['Stichtag (Spalte oder fester Stichtag)']);
		expect(fehlendePflichtfelder({ ziel: 'register', spalten: { stadtbezirk: 0, geschlecht: 1, staatsangehoerigkeit: 2, alter: 3 }, stichtag: '2024-12-31' })).toEqual([]);
	});

	it('asks residences for a pair of coordinates', () => {
		const fehlt = 'Koordinaten (Breite/Länge oder Rechts-/Hochwert)';
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, lat: 2 } })).toEqual([fehlt]);
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, x: 2 } })).toEqual([fehlt]);
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, lon: 2 } })).toEqual([fehlt]);
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, y: 2 } })).toEqual([fehlt]);
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, lat: 2, lon: 3 } })).toEqual([]);
		expect(fehlendePflichtfelder({ ziel: 'wohnort', spalten: { stadtbezirk: 0, einwohner: 1, x: 2, y: 3 } })).toEqual([]);
	});

	it('asks a long table for its characteristic and the inhabitants among its values', () => {
		const lang = { merkmale: [2], wert: 3, werte: { Einwohner: 'einwohner' } };
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, stichtag: 1 }, lang })).toEqual([]);
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, stichtag: 1 }, lang: { ...lang, werte: { Frauen: 'frauen' } } })).toEqual(['Merkmal für Einwohner*innen']);
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stichtag: 1 }, lang: { ...lang, merkmale: [] } })).toEqual(['Bezirksnummer', 'Spalte mit dem Merkmal']);
		// Inhabitants from a column of their own: only the Stichtag is open.
		expect(fehlendePflichtfelder({ ziel: 'bezirkszahl', spalten: { stadtbezirk: 0, einwohner: 3 }, lang: { ...lang, werte: { Ausländer: 'auslaender' } } })).toEqual(['Stichtag (Spalte oder fester Stichtag)']);
	});
});
