/** Finding the table in a sheet: the header below title rows, notes below the table, broken rows. */
import { describe, expect, it } from 'vitest';
import { alsRohtabelle, type Zelle } from './rohtabelle';

const texte = (t: ReturnType<typeof alsRohtabelle>) => t.hinweise.map((h) => h.text);

describe('alsRohtabelle', () => {
	it('skips one title row and says so, with the header\'s row', () => {
		const t = alsRohtabelle('t.csv', [['Bevölkerung 2024'], ['Bezirk', 'Einwohner'], ['1', '10'], ['2', '20']]);
		expect(t.kopf).toEqual(['Bezirk', 'Einwohner']);
		expect(t.kopfzeile).toBe(2);
		expect(t.titelzeilen).toEqual([['Bevölkerung 2024']]);
		expect(t.zeileVon).toEqual([3, 4]);
		expect(texte(t)).toEqual(['Die erste Zeile wird als Titel übersprungen; die Kopfzeile ist Zeile 2.']);
	});

	it('takes the first row as header without title rows, and a title row with blank cells as a title', () => {
		const t = alsRohtabelle('t.csv', [[' Bezirk ', 'Einwohner'], ['1', '10']]);
		expect(t.kopf).toEqual(['Bezirk', 'Einwohner']);
		expect(t.titelzeilen).toBeUndefined();
		expect(t.hinweise).toEqual([]);
		const leer = alsRohtabelle('t.csv', [['Bevölkerung 2024', '   '], ['Bezirk', 'Einwohner'], ['1', '10']]);
		expect(leer.kopfzeile).toBe(2);
	});

	it('judges a row by the filled rows below it, not by blank ones', () => {
		// "Stand" and its date fill two cells over a table five wide, with blank rows between.
		const daten = Array.from({ length: 5 }, (_, i): Zelle[] => [String(i + 1), '10', '2', '5', '5']);
		const t = alsRohtabelle('t.csv', [['Stand', '31.12.2024'], [], [], [], ['Bezirk', 'Einwohner', 'Ausländer', 'Frauen', 'Männer'], ...daten]);
		expect(t.kopfzeile).toBe(5);
		expect(t.zeilen).toHaveLength(5);
	});

	it('takes the middle width of the rows below, so that two broken rows do not make the header a title', () => {
		const t = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['1', '10'], ['2', '20', 'ein', 'Text', 'mit Komma'], ['3', '30', 'noch', 'ein', 'Text'], ['4', '40'], ['5', '50']]);
		expect(t.kopf).toEqual(['Bezirk', 'Einwohner']);
		expect(t.zeileVon).toEqual([2, 3, 4, 5, 6]);
	});

	it('skips several title rows and counts records from the given first number', () => {
		const t = alsRohtabelle('t.parquet', [['Titel'], [], ['Stand 2024'], ['Bezirk', 'Einwohner'], ['1', '10']], 'Datensatz', 0);
		expect(t.kopfzeile).toBe(3);
		expect(t.zeileVon).toEqual([4]);
		expect(texte(t)).toEqual(['Die ersten 3 Zeilen werden als Titel übersprungen; die Kopfzeile ist Datensatz 3.']);
	});

	it('takes as header a row filling at least half as many cells as the rows below are wide', () => {
		// A row of two cells over rows of four is the header; over rows of five it is a title.
		const vier = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', '', ''], ['1', '10', '5', '3'], ['2', '20', '6', '4']]);
		expect(vier.kopfzeile).toBe(1);
		expect(vier.kopf).toEqual(['Bezirk', 'Einwohner']);
		const fuenf = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['a', 'b', 'c', 'd', 'e'], ['1', '10', '5', '3', '1'], ['2', '20', '6', '4', '1']]);
		expect(fuenf.kopfzeile).toBe(2);
	});

	it('finds no table without a row of two filled cells', () => {
		const t = alsRohtabelle('t.csv', [['Nur Text'], ['', '  '], [null, 'x']]);
		expect(t).toMatchObject({ kopf: [], kopfzeile: 0, zeilen: [], zeileVon: [] });
	});

	it('looks for the header in the first 50 rows only', () => {
		const zeilen: Zelle[][] = [...Array.from({ length: 50 }, () => ['Titel']), ['Bezirk', 'Einwohner'], ['1', '2']];
		expect(alsRohtabelle('t.csv', zeilen).kopf).toEqual([]);
		expect(alsRohtabelle('t.csv', zeilen.slice(1)).kopf).toEqual(['Bezirk', 'Einwohner']);
	});

	it('cleans header cells and names empty ones after the group above, else by their position', () => {
		// The group row fills too few cells to be the header: its "Stadtgebiet" stands over the empty code header.
		const t = alsRohtabelle('t.csv', [['Stadtgebiet', '', '', '', 'Stand'], ['', 'Name', 'Einwohner', 'Ausländer', '\uFEFFFrauen  \n gesamt'], ['1', 'A', '10', '2', '5'], ['2', 'B', '20', '3', '9']]);
		expect(t.kopf).toEqual(['Stadtgebiet', 'Name', 'Einwohner', 'Ausländer', 'Frauen gesamt']);
		expect(t.kopfzeile).toBe(2);
		const ohneGruppe = alsRohtabelle('t.csv', [['Titel'], ['Bezirk', '', 'Einwohner'], ['1', 'A', '10']]);
		expect(ohneGruppe.kopf).toEqual(['Bezirk', 'Spalte 2', 'Einwohner']);
		// A title of one cell over an empty header cell names the table, not the column.
		expect(alsRohtabelle('t.csv', [['Bevölkerung'], ['', 'Name', 'Einwohner'], ['1', 'A', '10']]).kopf).toEqual(['Spalte 1', 'Name', 'Einwohner']);
	});

	it('leaves notes below the table out and says how many', () => {
		const eine = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['1', '10'], [], ['Quelle: Melderegister']]);
		expect(eine.zeilen).toEqual([['1', '10']]);
		expect(texte(eine)).toEqual(['Eine Zeile unter der Tabelle (Fußnoten) wird nicht gelesen.']);
		const zwei = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['1', '10'], ['2', '20'], ['* geschätzt'], ['Quelle: Melderegister']]);
		expect(zwei.zeilen).toHaveLength(2);
		expect(texte(zwei)).toEqual(['2 Zeilen unter der Tabelle (Fußnoten) werden nicht gelesen.']);
	});

	it('skips blank rows within the table, keeping the rows\' numbers, and fills short rows', () => {
		const t = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', 'Name'], ['1', '10'], ['', ''], ['2', '20', 'B']]);
		expect(t.zeilen).toEqual([['1', '10', null], ['2', '20', 'B']]);
		expect(t.zeileVon).toEqual([2, 4]);
		expect(t.hinweise).toEqual([]);
	});

	it('names the first three rows wider than the header, at their row', () => {
		const breit = Array.from({ length: 4 }, (_, i): Zelle[] => [String(i + 1), '10', 'x']);
		const t = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['0', '5'], ...breit]);
		expect(t.hinweise.map((h) => [h.schwere, h.zeile])).toEqual([['fehler', 3], ['fehler', 4], ['fehler', 5]]);
		expect(t.hinweise[0].text).toBe('Die Zeile hat 3 Felder, die Kopfzeile 2 (ein Trennzeichen zu viel, oder ein Text mit Trennzeichen ohne Anführungszeichen?).');
		expect(t.zeilen[1]).toEqual(['1', '10']);
		// A trailing empty field is no field too many.
		expect(alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['1', '10', '']]).hinweise).toEqual([]);
	});

	it('reads a row of words over columns of numbers as their description, not as data', () => {
		const t = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer'], ['', 'Anzahl der Einwohner', 'Anzahl der Ausländer'], ['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(t.zeilen).toEqual([['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(t.zeileVon).toEqual([3, 4]);
		expect(texte(t)).toEqual(['Zeile 2 beschreibt die Spalten (Text, wo darunter Zahlen stehen, z. B. „Anzahl der Einwohner“) und wird nicht als Daten gelesen.']);
		const ueberLeer = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ab 65'], ['', 'Anzahl der Einwohner', '65 Jahre und älter'], [], ['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(ueberLeer.zeilen).toEqual([['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(ueberLeer.zeileVon).toEqual([4, 5]);
	});

	it('keeps a first data row that only looks like words: one described column, a number in it, or words over text', () => {
		const eine = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Info'], ['', 'Anzahl', 'Nord'], ['Nord', '10', 'A'], ['Süd', '20', 'B']]);
		expect(eine.zeilen).toHaveLength(3);
		const zahl = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer'], ['Summe', '30', 'Anzahl'], ['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(zahl.zeilen).toHaveLength(3);
		const kurz = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer'], ['', 'ab', 'cd'], ['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(kurz.zeilen).toHaveLength(3);
		const luecke = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer'], ['', 'Anzahl Einwohner', 'Anzahl Ausländer'], ['Nord', '10', '2'], ['Süd', '', '3']]);
		expect(luecke.zeilen).toHaveLength(3);
		const halb = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer'], ['', 'Anzahl der Einwohner', 'cd'], ['Nord', '10', '2'], ['Süd', '20', '3']]);
		expect(halb.zeilen).toHaveLength(3);
		const jahr = alsRohtabelle('t.csv', [['Name', 'Einwohner', 'Ausländer', 'Stand'], ['', 'Anzahl der Einwohner', 'Anzahl der Ausländer', '2024'], ['Nord', '10', '2', 'neu'], ['Süd', '20', '3', 'alt']]);
		expect(jahr.zeilen).toHaveLength(3);
		// A district list of one row: a row of words with nothing below is data.
		expect(alsRohtabelle('t.csv', [['Bezirk', 'Name'], ['Nord', 'Altstadt']]).zeilen).toEqual([['Nord', 'Altstadt']]);
	});

	it('joins a header written in two rows under merged cells, and says so', () => {
		const t = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', '', 'Ausländer'], ['', 'insgesamt', 'darunter weiblich', 'insgesamt'], ['1', '10', '5', '2']]);
		expect(t.kopf).toEqual(['Bezirk', 'Einwohner insgesamt', 'Einwohner darunter weiblich', 'Ausländer insgesamt']);
		expect(t.zeileVon).toEqual([3]);
		expect(texte(t)).toEqual(['Die Kopfzeile steht in zwei Zeilen (Zeile 1 und 2); die Spaltennamen werden zusammengesetzt, z. B. „Einwohner insgesamt“.']);
	});

	it('joins a lower row of two names, one longer than the upper, one repeating a merged cell, and one left of every heading', () => {
		const zwei = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner'], ['Bezirk', 'insgesamt', 'weiblich'], ['1', '10', '5']]);
		expect(zwei.kopf).toEqual(['Bezirk', 'Einwohner insgesamt', 'Einwohner weiblich']);
		const unterZwei = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', ''], ['', 'insgesamt', 'weiblich'], ['1', '10', '5']]);
		expect(unterZwei.kopf).toEqual(['Bezirk', 'Einwohner insgesamt', 'Einwohner weiblich']);
		const links = alsRohtabelle('t.csv', [['', 'Einwohner', '', 'Ausländer'], ['Bezirk', 'insgesamt', 'weiblich', 'insgesamt'], ['1', '10', '5', '2']]);
		expect(links.kopf).toEqual(['Bezirk', 'Einwohner insgesamt', 'Einwohner weiblich', 'Ausländer insgesamt']);
	});

	it('names the example of a joined header from a column with both parts, and starts a heading again after a gap', () => {
		const t = alsRohtabelle('t.csv', [['Bezirk Nr', '', '', 'Einwohner', '', 'Fläche'], ['', '', 'Name', 'insgesamt', 'weiblich', ''], ['1', '', 'A', '10', '5', '2']]);
		expect(t.kopf).toEqual(['Bezirk Nr', 'Spalte 2', 'Name', 'Einwohner insgesamt', 'Einwohner weiblich', 'Fläche']);
		expect(texte(t)).toEqual(['Die Kopfzeile steht in zwei Zeilen (Zeile 1 und 2); die Spaltennamen werden zusammengesetzt, z. B. „Einwohner insgesamt“.']);
	});

	it('does not join a second row holding numbers, or one under a full first row', () => {
		const zahlen = alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', '', 'Frauen'], ['', 'insgesamt', '5', 'insgesamt'], ['1', '10', '5', '3']]);
		expect(zahlen.kopf).toEqual(['Bezirk', 'Einwohner', 'Spalte 3', 'Frauen']);
		expect(zahlen.zeileVon).toEqual([2, 3]);
		expect(alsRohtabelle('t.csv', [['Bezirk', 'Name', 'Einwohner'], ['Nord', 'A', 'B'], ['1', 'A', '5']]).kopf).toEqual(['Bezirk', 'Name', 'Einwohner']);
		// Names only under the left edge, where no heading is merged over them, and one lone note.
		expect(alsRohtabelle('t.csv', [['', 'Einwohner', 'Ausländer'], ['Bezirk', 'insgesamt', 'insgesamt'], ['1', '10', '5']]).kopf).toEqual(['Spalte 1', 'Einwohner', 'Ausländer']);
		expect(alsRohtabelle('t.csv', [['', '', 'Einwohner', 'Ausländer'], ['Bezirk', 'Name', 'insgesamt', 'insgesamt'], ['1', 'A', '10', '5']]).kopf).toEqual(['Spalte 1', 'Spalte 2', 'Einwohner', 'Ausländer']);
		expect(alsRohtabelle('t.csv', [['Bezirk', 'Einwohner', ''], ['', '', 'weiblich'], ['1', '10', '5']]).kopf).toEqual(['Bezirk', 'Einwohner']);
	});
});
