/**
 * What of the true values a derivation may leave behind: the loaded population rows and the tables of
 * cells before suppression. Both must be empty once the protected tables exist; the tests that derive
 * a data set (the default one, a planted city) ask this one question the same way.
 */
import type { NodeDatabase } from '../duckdb/node';

export async function resteDerWahrenWerte(db: NodeDatabase): Promise<{ zeilen: number; tabellen: string[] }> {
	const [{ zeilen }] = await db.query<{ zeilen: number }>('SELECT ((SELECT count(*) FROM bevoelkerung) + (SELECT count(*) FROM bezirkszahl))::INTEGER AS zeilen');
	const tabellen = await db.query<{ name: string }>(
		`SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'kennzahl_ro%' OR table_name LIKE '%_zelle' OR table_name LIKE '%_zeile' OR table_name LIKE 'schutz_%' ORDER BY name`
	);
	return { zeilen, tabellen: tabellen.map((t) => t.name) };
}
