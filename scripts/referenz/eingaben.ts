/**
 * Writes the inputs of the statistics' reference values for the default data set: numerator and
 * denominator per district, read exactly as the app reads them (the loader, the derivation with its
 * suppression, the indicator table, `anteilszaehlungen`). `statistik.py` computes the reference values
 * from these and the district polygons with PySAL. Run: npx tsx scripts/referenz/eingaben.ts
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { standarddaten } from '../../src/lib/data/testing/defaultData';
import { anteilszaehlungen } from '../../src/lib/analysis/statistik/zaehlungen';
import { GESAMTSTADT } from '../../src/lib/data/schema';

const INDIKATOREN = ['mh_anteil', 'auslaender_anteil', 'flucht_anteil', 'neuzugewandert_anteil'];
const ZIEL = join(import.meta.dirname, '../../tests/fixtures/statistik/kempten-eingaben.json');

const { tabelle } = await standarddaten();
const aus = {
	hinweis: 'Beispieldaten (generiert, static/data/kempten), über die Ableitung der App mit Geheimhaltung gelesen',
	codes: tabelle.codes.filter((c) => c !== GESAMTSTADT),
	stichtage: tabelle.stichtage,
	werte: Object.fromEntries(INDIKATOREN.map((i) => [i, Object.fromEntries(tabelle.stichtage.map((t) => [t, anteilszaehlungen(tabelle, t, i)]))]))
};
await writeFile(ZIEL, JSON.stringify(aus, null, '\t') + '\n');
console.log(`geschrieben: ${ZIEL}`);
