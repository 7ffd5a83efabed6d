import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIR } from '../testing/defaultData';
import { leseManifest } from '../manifest';
import { fuegeHinzu, leererArbeitsstand, ohneTeil, type Quelle } from './arbeitsstand';
import { pruefeErsteKarte, schluesselVon } from './ersteKarte';

const standard = leseManifest(readFileSync(join(DEFAULT_DIR, 'datensatz.json'), 'utf8'), 'datensatz.json');
const q: Quelle = { id: 'a', teil: 'bezirkszahl', datei: 'a.csv', format: 'CSV', importiert: '2026-12-01T20:00:00Z', zeilen: 1, stichtage: ['2021-12-31'], inhalt: 'stichtag,stadtbezirk,einwohner\n2021-12-31,10,5\n' };
const a = fuegeHinzu(leererArbeitsstand(standard), q).arbeitsstand;
const tabelle = { stichtage: ['2021-12-31'], codes: ['10', 'GESAMTSTADT'], indikatoren: ['mh_anteil'], werte: [30, 25], sperren: [null, null] };

describe('the first-paint table kept with the own data', () => {
	it('belongs to one state of the own data: another source, setting or left-out part makes it unusable', () => {
		const k = schluesselVon(a, standard);
		expect(schluesselVon(structuredClone(a), standard)).toBe(k);
		expect(schluesselVon({ ...a, einstellungen: { ...a.einstellungen, schwelle: 5 } }, standard)).not.toBe(k);
		expect(schluesselVon(fuegeHinzu(a, { ...q, id: 'b', stichtage: ['2022-12-31'] }).arbeitsstand, standard)).not.toBe(k);
		expect(schluesselVon(ohneTeil(a, 'wohnort', true), standard)).not.toBe(k);
		expect(schluesselVon({ ...a, eigeneStadt: true }, standard)).not.toBe(k);
	});
	it('is used only with its key and in the shape the views read', () => {
		const k = schluesselVon(a, standard);
		const gespeichert = { schluessel: k, stadtbezirke: [{ code: '10', name: 'Mitte' }], indikatortabelle: tabelle };
		expect(pruefeErsteKarte(gespeichert, k)).toEqual({ stadtbezirke: gespeichert.stadtbezirke, indikatortabelle: tabelle });
		expect(pruefeErsteKarte(gespeichert, `${k}x`)).toBeNull();
		expect(pruefeErsteKarte({ ...gespeichert, indikatortabelle: { ...tabelle, werte: [30] } }, k)).toBeNull();
		expect(pruefeErsteKarte({ ...gespeichert, stadtbezirke: [{ code: 10 }] }, k)).toBeNull();
		expect(pruefeErsteKarte(undefined, k)).toBeNull();
		// The Stadtteile's table goes along where it was kept, and only in its shape.
		expect(pruefeErsteKarte({ ...gespeichert, stadtteiltabelle: tabelle }, k)?.stadtteiltabelle).toEqual(tabelle);
		expect(pruefeErsteKarte({ ...gespeichert, stadtteiltabelle: { ...tabelle, sperren: [] } }, k)).toBeNull();
	});
});
