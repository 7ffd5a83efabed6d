import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leseManifest } from '../manifest';
import { DEFAULT_DIR } from '../testing/defaultData';
import { leererArbeitsstand, type Quelle, type Teil } from '../arbeitsstand/arbeitsstand';
import { massnahmenliste } from './standard';

const standard = leseManifest(readFileSync(join(DEFAULT_DIR, 'datensatz.json'), 'utf8'), 'datensatz.json');
const quelle = (teil: Teil): Quelle => ({ id: teil, teil, datei: `${teil}.csv`, format: 'CSV', importiert: '2026-01-01T00:00:00Z', zeilen: 1, stichtage: teil === 'bezirkszahl' ? ['2022-12-31'] : [], inhalt: 'x\n' });

describe('whose measures the KIK entries belong to', () => {
	it('the data set’s while its measures are loaded: the built-in data, own statistics beside its measures, a city still being put together', () => {
		const a = leererArbeitsstand(standard);
		expect(massnahmenliste(null)).toBe('datensatz');
		expect(massnahmenliste({ ...a, quellen: [quelle('bezirkszahl')] })).toBe('datensatz');
		expect(massnahmenliste({ ...a, eigeneStadt: true, quellen: [quelle('geometrie')] })).toBe('datensatz');
	});

	it('the office’s own for a complete city of its own, an own measure list, or the built-in measures switched off', () => {
		const a = leererArbeitsstand(standard);
		expect(massnahmenliste({ ...a, eigeneStadt: true, quellen: [quelle('stadtbezirk'), quelle('bezirkszahl')] })).toBe('eigen');
		expect(massnahmenliste({ ...a, quellen: [quelle('massnahme')] })).toBe('eigen');
		expect(massnahmenliste({ ...a, ohne: ['massnahme'] })).toBe('eigen');
	});
});
