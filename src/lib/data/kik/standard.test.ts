import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { einrichtungen, massnahmen } from '../abfragen/angebote';
import { DEFAULT_DIR, standarddaten } from '../testing/defaultData';
import { KENNZAHL_IDS } from '../../analysis/kik/kennzahlen';
import { leseKikStandard } from './standard';
import { standAm } from './stand';

describe('the default data set’s KIK files', () => {
	it('pass the import checks: example states for a few dozen measures, all marked as examples; goals with targets and not-measurable ones', async () => {
		const d = await standarddaten();
		const m = await massnahmen(d.k);
		const bezirke = await d.k.frage<{ code: string }>('SELECT code FROM stadtbezirk');
		const r = await leseKikStandard((datei) => readFile(join(DEFAULT_DIR, datei), 'utf8').catch(() => null), {
			massnahmen: new Set(m.map((x) => x.id)),
			bezirke: new Set(bezirke.map((b) => b.code)),
			angebote: new Set((await einrichtungen(d.k)).map((e) => e.id))
		}, { kennzahlen: new Set(KENNZAHL_IDS), ziele: new Set(m.map((x) => `${x.handlungsfeld} ${x.ziel_nr}`)) });
		expect(r.meldungen).toEqual([]);
		expect(r.akteure.length).toBeGreaterThan(60);
		const stand = standAm(r.stand.verlauf);
		expect(stand.size).toBeGreaterThanOrEqual(30);
		expect(stand.size).toBeLessThan(m.length);
		expect(r.stand.verlauf.every((e) => e.beispiel)).toBe(true);
		expect(r.stand.ziele.some((z) => !z.messbar && z.grund)).toBe(true);
		expect(r.stand.ziele.every((z) => z.beispiel)).toBe(true);
	}, 180_000);
});
