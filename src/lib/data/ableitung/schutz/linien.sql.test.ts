/**
 * The lines of the joint protection, asked of DuckDB on a few hand-made persons of one district: each
 * count of the profile is tied to the breakdown cells it counts (under-18s to the age bars, Neuzugewanderte
 * to the stays under 4 years, EU to the EU citizenships), a citizenship's total to its cells by refugee
 * background, and the refugees to their citizenships only where every refugee is an Ausländer*in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase, type NodeDatabase } from '../../duckdb/node';
import { leereTabelleSql } from '../../laden/pruefung.sql';
import { AUFTEILUNGEN, aufteilungZellenSql, KENNZAHL_ROH_SQL, KENNZAHL_ZEILEN_SQL, KENNZAHL_ZELLEN_SQL } from '../kennzahlen.sql';
import { SCHUTZ_ZELLE_SQL, schutzGliedSql } from './linien.sql';

let db: NodeDatabase;
beforeAll(async () => {
	db = await nodeDatabase();
});

type Person = [bezirk: string, geschlecht: string, alter: string, status: string, iso: string, eu: boolean | null, flucht: boolean, dauer: string | null, anzahl: number];

const PERSONEN: Person[] = [
	['10', 'm', '15-17', 'auslaender', 'SY', false, true, '1-4', 5],
	['10', 'w', '0-4', 'auslaender', 'IT', true, false, '6-8', 7],
	['10', 'm', '30-34', 'deutsch', 'DE', null, false, null, 20],
	// In 20 a naturalised refugee: there the refugees are no sum of the Ausländer*innen's citizenships.
	['20', 'w', '30-34', 'auslaender', 'SY', false, true, '4-6', 4],
	['20', 'w', '30-34', 'eingebuergert', 'DE', null, true, null, 3]
];

/** Every line of the system as its members, "−" for the total: kind and keys of each cell. */
async function linien(): Promise<Map<string, string[]>> {
	await db.exec(['stadtbezirk', 'bezirkszahl', 'bevoelkerung'].map((t) => leereTabelleSql(t as never)).join(';\n'));
	await db.exec(`INSERT INTO stadtbezirk (code, name, flaeche_km2) VALUES ('10', 'Zehn', 1), ('20', 'Zwanzig', 1)`);
	for (const [bezirk, geschlecht, alter, status, iso, eu, flucht, dauer, anzahl] of PERSONEN)
		await db.query(
			`INSERT INTO bevoelkerung (stichtag, stadtbezirk, geschlecht, altersgruppe, status, staatsangehoerigkeit, eu, fluchthintergrund, aufenthaltsdauer, anzahl) VALUES (DATE '2020-12-31', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			[bezirk, geschlecht, alter, status, iso, eu, flucht, dauer, anzahl]
		);
	await db.exec([KENNZAHL_ROH_SQL, KENNZAHL_ZELLEN_SQL, KENNZAHL_ZEILEN_SQL, ...AUFTEILUNGEN.map(aufteilungZellenSql), SCHUTZ_ZELLE_SQL, schutzGliedSql()].join(';\n'));
	const zeilen = await db.query<{ linie: string; glieder: string[] }>(`
		WITH was AS (
			SELECT id, code, 'k:' || groesse AS was FROM kennzahl_zelle
			UNION ALL SELECT id, code, 'a:' || geschlecht || '|' || altersgruppe || '|' || status FROM kennzahl_alter_zelle
			UNION ALL SELECT id, code, 's:' || staatsangehoerigkeit || '|' || fluchthintergrund FROM kennzahl_staat_zelle
			UNION ALL SELECT id, code, 'd:' || aufenthaltsdauer FROM kennzahl_aufenthalt_zelle
			UNION ALL SELECT id, code, 'n:' || staatsangehoerigkeit FROM kennzahl_nation_zelle)
		SELECT g.linie, list(CASE WHEN g.faktor = -1 THEN '−' ELSE '' END || w.was ORDER BY g.faktor, w.was) AS glieder
		FROM schutz_glied g JOIN was w USING (id) GROUP BY g.linie`);
	return new Map(zeilen.map((z) => [z.linie, [...z.glieder]]));
}

describe('the lines the protection holds the published tables to', () => {
	it('ties the under-18s to the age bars, the Neuzugewanderte to the short stays, the EU citizens to their citizenships', async () => {
		const l = await linien();
		expect(l.get('kennzahl_alter:unter18|2020-12-31|10')).toEqual(['−k:unter18', 'a:m|15-17|auslaender', 'a:w|0-4|auslaender']);
		expect(l.get('kennzahl_aufenthalt:neuzugewandert|2020-12-31|10')).toEqual(['−k:neuzugewandert', 'd:1-4']);
		expect(l.get('kennzahl_staat:auslaender_eu|2020-12-31|10')).toEqual(['−k:auslaender_eu', 's:IT|false']);
		expect(l.get('kennzahl_nation:auslaender_eu|2020-12-31|10')).toEqual(['−k:auslaender_eu', 'n:IT']);
		expect(l.get('kennzahl_aufenthalt:auslaender_eu|2020-12-31|10')).toEqual(['−k:auslaender_eu', 'd:6-8']);
	});

	it('makes a citizenship’s total the sum of its cells by refugee background', async () => {
		const l = await linien();
		expect(l.get('kennzahl_nation>kennzahl_staat|2020-12-31|10|SY|false')).toEqual(['−n:SY', 's:SY|true']);
	});

	it('ties the refugees to their citizenships where all of them are Ausländer*innen, and nowhere else', async () => {
		const l = await linien();
		expect(l.get('kennzahl_staat:flucht|2020-12-31|10')).toEqual(['−k:flucht', 's:SY|true']);
		expect(l.has('kennzahl_staat:flucht|2020-12-31|20')).toBe(false);
		// The city has the naturalised refugee of 20 too.
		expect(l.has('kennzahl_staat:flucht|2020-12-31|_gesamt')).toBe(false);
	});
});
