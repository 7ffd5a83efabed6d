import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textTabelle } from '../import/textTabelle';
import { meldungstext } from '../meldungen';
import { leseMassnahmenstand, leseZiele, type Bezug } from './einlesen';
import { alsTabellentext, STAND_KOPF, standZeilen, ZIEL_KOPF, zielZeilen } from './schreiben';

const bezug: Bezug = {
	massnahmen: new Set(['SB 2.4', 'GT 2.1', 'AA 1.1']),
	bezirke: new Set(['40', '41', '54']),
	angebote: new Set(['sprachcafe-st-mang']),
	akteure: new Set(['Kommunale Integrationsarbeit', 'Stadt Kempten – Amt für Integration', 'Volkshochschule'])
};
const tabelle = (datei: string, text: string) => textTabelle(datei, new TextEncoder().encode(text));
const SPALTEN = 'massnahme;status;umsetzungsgrad;federfuehrung;partner;zielgruppen;bezirke;beginn;ende;angebote;bewertung;bewertet_von;bewertet_am;geaendert_am;geaendert_von;beispiel'.split(';');
/** One row in the ';' dialect, lists quoted; what is not given is a correct entry for SB 2.4. */
const zeile = (w: Record<string, string>) =>
	SPALTEN.map((s) => (w[s] ?? { massnahme: 'SB 2.4', status: 'laufend', geaendert_am: '2024-01-01', geaendert_von: 'KIA' }[s] ?? '')).map((t) => (t.includes(';') ? `"${t}"` : t)).join(';');
const KOPF = 'massnahme;status;umsetzungsgrad;federfuehrung;partner;zielgruppen;bezirke;beginn;ende;angebote;bewertung;bewertet_von;bewertet_am;geaendert_am;geaendert_von;beispiel';

describe('import of a measure-state table', () => {
	it('reads a correct table with German notation and lists', () => {
		const r = leseMassnahmenstand(
			tabelle('stand.csv', `${KOPF}\n${zeile({ umsetzungsgrad: '40,5', federfuehrung: 'Kommunale Integrationsarbeit', partner: 'Volkshochschule', zielgruppen: 'Neuzugewanderte', bezirke: '40;41', beginn: '01.03.2022', angebote: 'sprachcafe-st-mang', bewertung: 'läuft gut', bewertet_von: 'Fachrunde', bewertet_am: '2024-05-08' })}\n${zeile({ massnahme: 'GT 2.1', status: 'geplant', bezirke: 'stadtweit', geaendert_am: '2024-05-08T10:00:00Z', beispiel: 'ja' })}\n`),
			bezug
		);
		expect(r.meldungen).toEqual([]);
		expect(r.eintraege[0]).toMatchObject({ massnahme: 'SB 2.4', status: 'laufend', umsetzungsgrad: 40.5, bezirke: ['40', '41'], stadtweit: false, beginn: '2022-03-01', ende: null, zielgruppen: ['Neuzugewanderte'], beispiel: false, bewertetAm: '2024-05-08' });
		expect(r.eintraege[1]).toMatchObject({ stadtweit: true, bezirke: [], geaendertAm: '2024-05-08T10:00:00Z', beispiel: true });
	});
	it('names file, row and column of every kind of error and loads nothing', () => {
		const zeilen = [
			zeile({ massnahme: 'SB 9.9', geaendert_am: '2024-01-01' }),
			zeile({ status: 'Laufend', geaendert_am: '2024-01-02' }),
			zeile({ umsetzungsgrad: '120', geaendert_am: '2024-01-03' }),
			zeile({ umsetzungsgrad: 'viel', geaendert_am: '2024-01-04' }),
			zeile({ zielgruppen: 'Kinder;Rentner', geaendert_am: '2024-01-05' }),
			zeile({ bezirke: 'stadtweit;40', geaendert_am: '2024-01-06' }),
			zeile({ bezirke: '99', geaendert_am: '2024-01-07' }),
			zeile({ beginn: '31.02.2023', geaendert_am: '2024-01-08' }),
			zeile({ beginn: '2023-05-01', ende: '2022-01-01', geaendert_am: '2024-01-09' }),
			zeile({ angebote: 'kein-angebot', geaendert_am: '2024-01-10' }),
			zeile({ geaendert_am: '' }),
			zeile({ geaendert_am: '2024-01-12', geaendert_von: '' }),
			zeile({ geaendert_am: '2024-01-13', beispiel: 'vielleicht' }),
			zeile({ geaendert_am: '2024-01-13' }),
			zeile({ massnahme: '', geaendert_am: '2024-01-15' }),
			zeile({ status: '', geaendert_am: '2024-01-16' }),
			zeile({ geaendert_am: '2024-13-01' }),
			zeile({ geaendert_am: '2024-01-14' }) + ';zu viel'
		];
		const r = leseMassnahmenstand(tabelle('stand.csv', `${KOPF}\n${zeilen.join('\n')}\n`), bezug);
		expect(r.eintraege).toEqual([]);
		expect(r.meldungen.map(meldungstext)).toEqual([
			'Datei „stand.csv“, Zeile 19: Die Zeile hat 17 Felder, die Kopfzeile 16 (ein Trennzeichen zu viel, oder ein Text mit Trennzeichen ohne Anführungszeichen?).',
			'Datei „stand.csv“, Zeile 2, Spalte „massnahme“: „SB 9.9“ ist keine Maßnahme des Integrationskonzepts (erwartet z. B. „SB 2.4“).',
			'Datei „stand.csv“, Zeile 3, Spalte „status“: „Laufend“ ist kein Status der Liste (gemeint ist wohl „laufend“); erlaubt: nicht begonnen, geplant, in Vorbereitung, laufend, umgesetzt, dauerhaft etabliert, zurückgestellt.',
			'Datei „stand.csv“, Zeile 4, Spalte „umsetzungsgrad“: Der Umsetzungsgrad 120 liegt nicht zwischen 0 und 100 %.',
			'Datei „stand.csv“, Zeile 5, Spalte „umsetzungsgrad“: „viel“ ist keine Zahl.',
			'Datei „stand.csv“, Zeile 6, Spalte „zielgruppen“: „Rentner“ ist keine Zielgruppe; erlaubt: alle, Kinder, Jugendliche, Eltern, Frauen, Senior*innen, Neuzugewanderte, Geflüchtete.',
			'Datei „stand.csv“, Zeile 7, Spalte „bezirke“: „stadtweit“ und einzelne Stadtbezirke zugleich: entweder stadtweit oder die Bezirke nennen.',
			'Datei „stand.csv“, Zeile 8, Spalte „bezirke“: „99“ ist kein Stadtbezirk der geladenen Daten.',
			'Datei „stand.csv“, Zeile 9, Spalte „beginn“: „31.02.2023“ ist kein gültiges Datum (z. B. 31.12.2020 oder 2020-12-31).',
			'Datei „stand.csv“, Zeile 10, Spalte „ende“: Das Ende (2022-01-01) liegt vor dem Beginn (2023-05-01).',
			'Datei „stand.csv“, Zeile 11, Spalte „angebote“: „kein-angebot“ ist kein Angebot der Angebotstabelle.',
			'Datei „stand.csv“, Zeile 12, Spalte „geaendert_am“: Das Datum des Eintrags fehlt; jeder Eintrag der Historie braucht Datum und Autor*in.',
			'Datei „stand.csv“, Zeile 13, Spalte „geaendert_von“: Wer den Eintrag geschrieben hat, fehlt; jeder Eintrag der Historie braucht Datum und Autor*in.',
			'Datei „stand.csv“, Zeile 14, Spalte „beispiel“: „vielleicht“ ist weder ja noch nein (erlaubt: ja/nein, true/false, 1/0).',
			'Datei „stand.csv“, Zeile 15, Spalte „geaendert_am“: Die Maßnahme „SB 2.4“ hat schon in Zeile 14 einen Eintrag vom 2024-01-13; zwei Einträge derselben Zeit lassen sich nicht ordnen.',
			'Datei „stand.csv“, Zeile 16, Spalte „massnahme“: Die Maßnahme fehlt.',
			'Datei „stand.csv“, Zeile 17, Spalte „status“: Der Status fehlt.',
			'Datei „stand.csv“, Zeile 18, Spalte „geaendert_am“: „2024-13-01“ ist kein gültiges Datum (z. B. 31.12.2020 oder 2020-12-31).'
		]);
		expect(r.meldungen.every((m) => m.schwere === 'fehler')).toBe(true);
	});
	it('refuses a table without its required columns, warns of unknown columns and actors', () => {
		const ohne = leseMassnahmenstand(tabelle('alt.csv', 'massnahme;stand\nSB 2.4;laufend\n'), bezug);
		expect(ohne.meldungen.map(meldungstext)).toEqual(['Datei „alt.csv“: Es fehlen die Pflichtspalten „status“, „geaendert_am“, „geaendert_von“ (Kopfzeile ist Zeile 1).']);
		const fremd = leseMassnahmenstand(tabelle('neu.csv', 'massnahme;status;geaendert_am;geaendert_von;federfuehrung;farbe\nSB 2.4;laufend;2024-01-01;KIA;Bürgerbüro;rot\n'), bezug);
		expect(fremd.eintraege).toHaveLength(1);
		expect(fremd.meldungen.map((m) => [m.schwere, meldungstext(m)])).toEqual([
			['warnung', 'Datei „neu.csv“: Unbekannte Spalten werden nicht gelesen: „farbe“.'],
			['warnung', 'Datei „neu.csv“, Zeile 2, Spalte „federfuehrung“: „Bürgerbüro“ steht nicht in der Akteursliste des Integrationskonzepts.']
		]);
	});
	it('names only the first three rows of a rule and counts the others', () => {
		const zeilen = Array.from({ length: 7 }, (_, i) => zeile({ status: 'fertig', geaendert_am: `2024-01-0${i + 1}` }));
		const r = leseMassnahmenstand(tabelle('s.csv', `${KOPF}\n${zeilen.join('\n')}\n`), bezug);
		expect(r.meldungen).toHaveLength(3);
		expect(meldungstext(r.meldungen[0])).toContain('(und 4 weitere Zeilen)');
	});
	it('an export reads back unchanged, and the template passes', () => {
		const r = leseMassnahmenstand(tabelle('stand.csv', `${KOPF}\n${zeile({ umsetzungsgrad: '40', federfuehrung: 'Kommunale Integrationsarbeit', partner: 'Volkshochschule', zielgruppen: 'Frauen;Kinder', bezirke: '40;41', beginn: '2022-03-01', angebote: 'sprachcafe-st-mang', bewertung: '=gut, mit Komma', bewertet_am: '2024-05-08', beispiel: 'ja' })}\n`), bezug);
		const text = alsTabellentext(STAND_KOPF, standZeilen(r.eintraege));
		expect(leseMassnahmenstand(tabelle('export.csv', text), bezug).eintraege).toEqual(r.eintraege);
		const vorlage = readFileSync(join(import.meta.dirname, '../../../../static/vorlagen/kik-massnahmenstand-vorlage.csv'), 'utf8');
		expect(vorlage.split('\n')[0]).toBe(STAND_KOPF.join(','));
		const v = leseMassnahmenstand(tabelle('vorlage.csv', vorlage), { ...bezug, angebote: new Set(['beispiel-1']) });
		expect(v.meldungen).toEqual([]);
		expect(v.eintraege.length).toBeGreaterThan(0);
	});
});

describe('import of a goal table', () => {
	const zb = { kennzahlen: new Set(['erreichbar_begegnungsstaette']), ziele: new Set(['GT 2', 'SB 2']) };
	const K = 'ziel;kennzahl;bezeichnung;messbar;grund;ausgangswert;ausgangsstichtag;zielwert;zieljahr;richtung;werte;quelle;beispiel';
	it('reads targets, own values and not-measurable goals', () => {
		const r = leseZiele(tabelle('ziele.csv', `${K}\nGT 2;erreichbar_begegnungsstaette;;;;38,5;2016-12-31;60;2030;steigend;;;ja\nSB 2;eigen;Teilnehmende Sprachcafés;;;120;2020-12-31;200;2026;;"2021-12-31=130;2022-12-31=150";Träger;\nGT 2;eigen;Zufriedenheit;nein;keine Befragung;;;;;;;;\n`), zb);
		expect(r.meldungen).toEqual([]);
		expect(r.eintraege.map((z) => [z.ziel, z.kennzahl, z.messbar, z.ausgangswert, z.zielwert, z.zieljahr, z.richtung, z.werte.length])).toEqual([
			['GT 2', 'erreichbar_begegnungsstaette', true, 38.5, 60, 2030, 'steigend', 0],
			['SB 2', 'eigen', true, 120, 200, 2026, 'steigend', 2],
			['GT 2', 'eigen', false, null, null, null, 'steigend', 0]
		]);
		expect(leseZiele(tabelle('z.csv', alsTabellentext(ZIEL_KOPF, zielZeilen(r.eintraege))), zb).eintraege).toEqual(r.eintraege);
	});
	it('names every kind of error', () => {
		const r = leseZiele(
			tabelle(
				'ziele.csv',
				`${K}\nGT2;eigen;x;;;;;;;;;;\nGT 9;eigen;x;;;;;;;;;;\nGT 2;quote;;;;;;;;;;;\nGT 2;eigen;;;;;;;;;;;\nGT 2;eigen;a;nein;;;;;;;;;\nGT 2;eigen;b;;;40;;;;;;;\nGT 2;eigen;c;;;;;60;;;;;\nGT 2;eigen;d;;;40;2020-12-31;60;2019;;;;\nGT 2;eigen;e;;;;;;;hoch;;;\nGT 2;eigen;f;;;;;;;;2020=viel;;\n`
			),
			zb
		);
		expect(r.eintraege).toEqual([]);
		expect(r.meldungen.map((m) => `${m.zeile} ${m.spalte}`)).toEqual(['2 ziel', '3 ziel', '4 kennzahl', '5 bezeichnung', '6 grund', '7 ausgangsstichtag', '8 zieljahr', '9 zieljahr', '10 richtung', '11 werte']);
	});
});
