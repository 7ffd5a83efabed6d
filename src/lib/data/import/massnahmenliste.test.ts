import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { wandleUm } from './umwandlung';
import { fehlendePflichtfelder, rateZuordnung } from './zuordnung';
import { textTabelle } from './textTabelle';
import { pruefeArbeitsstand } from '../arbeitsstand/gespeichert';

const text = (t: string, datei: string) => textTabelle(datei, new TextEncoder().encode(t));

describe('an own concept’s measure list', () => {
	it('is recognised from the template’s header and read column by column into the measure table', () => {
		const vorlage = readFileSync(join(import.meta.dirname, '../../../../static/vorlagen/massnahme-vorlage.csv'), 'utf8');
		const z = rateZuordnung(text(vorlage, 'massnahme-vorlage.csv').kopf);
		expect(z.ziel).toBe('massnahme');
		expect(fehlendePflichtfelder(z)).toEqual([]);
	});

	it('in the office’s own words (“Maßnahme”, “Ziel”, “Beschreibung”) with semicolons', () => {
		const roh = text('Maßnahme;Handlungsfeld;Ziel;Ziel Text;Beschreibung\nGT 1.1;GT;1;Jedes Viertel hat einen Treffpunkt;Quartierstreffs aufbauen\n', 'massnahmen-musterstadt.csv');
		const z = rateZuordnung(roh.kopf);
		expect(z.ziel).toBe('massnahme');
		expect(fehlendePflichtfelder(z)).toEqual([]);
		const u = wandleUm(roh, z);
		expect(csvParseRows(u.text)).toEqual([
			['id', 'handlungsfeld', 'bereich', 'ziel_nr', 'ziel_text', 'text'],
			['GT 1.1', 'GT', '', '1', 'Jedes Viertel hat einen Treffpunkt', 'Quartierstreffs aufbauen']
		]);
	});

	it('survives a reload: the stored own data with the measure list’s mapping pass the storage check', () => {
		const roh = text('id,handlungsfeld,ziel_nr,ziel_text,text\nGT 1.1,GT,1,Ziel,Maßnahme\n', 'm.csv');
		const zuordnung = rateZuordnung(roh.kopf);
		const quelle = { id: 'm', teil: 'massnahme', datei: 'm.csv', format: 'CSV', importiert: '2026-01-01T00:00:00Z', zeilen: 1, stichtage: [], inhalt: wandleUm(roh, zuordnung).text, zuordnung };
		const a = { version: 1, einstellungen: { stadt: 'Musterstadt', titel: 'Eigene Daten', quelle: '', schwelle: 3, mindestEinwohner: 0 }, quellen: [quelle], ohne: [] };
		expect(pruefeArbeitsstand(a)?.quellen[0].zuordnung?.ziel).toBe('massnahme');
	});
});
