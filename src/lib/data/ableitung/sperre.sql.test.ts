/**
 * Why an indicator is not shown, asked of DuckDB on a few hand-made rows of published counts: a share of
 * a district below the minimum population is withheld as "bezirk" (never the city's, never a count), a
 * value computed from a withheld count as "wert", and a value is NULL exactly where it has a reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabase, type NodeDatabase } from '../duckdb/node';
import { GESAMTSTADT } from '../schema';
import { indikatorLangSql, ZAEHLSPALTEN } from './kennzahlen.sql';

let db: NodeDatabase;
beforeAll(async () => {
	db = await nodeDatabase();
});

const T = '2020-12-31';

/** Published rows as `bezirk_kennzahl` holds them: every count 10 (einwohner as given), the withheld names listed. */
async function veroeffentlicht(zeilen: [code: string, einwohner: number, gesperrt: string[]][]): Promise<void> {
	const werte = zeilen.map(([code, einwohner, gesperrt]) => {
		const zahlen = ZAEHLSPALTEN.map((s) => (s === 'einwohner' ? einwohner : gesperrt.includes(s) ? 'NULL' : 10));
		return `(DATE '${T}', '${code}', ${zahlen.join(', ')}, 3, 2.5, [${gesperrt.map((g) => `'${g}'`).join(', ')}]::VARCHAR[])`;
	});
	await db.exec(`CREATE OR REPLACE TABLE q AS SELECT * FROM (VALUES ${werte.join(', ')}) t(stichtag, code, ${ZAEHLSPALTEN.join(', ')}, staatsangehoerigkeiten, flaeche_km2, gesperrt)`);
}

async function sperren(mindestEinwohner: number): Promise<Map<string, { wert: number | null; sperre: string | null }>> {
	const zeilen = await db.query<{ code: string; indikator: string; wert: number | null; sperre: string | null }>(indikatorLangSql('q', mindestEinwohner));
	return new Map(zeilen.map((z) => [`${z.code}|${z.indikator}`, { wert: z.wert, sperre: z.sperre }]));
}

describe('the reason a value is withheld', () => {
	it('withholds a small district’s shares as "bezirk", but not its counts, its density or the city’s shares', async () => {
		await veroeffentlicht([['klein', 49, []], ['genau', 50, []], [GESAMTSTADT, 49, []]]);
		const s = await sperren(50);
		expect(s.get('klein|mh_anteil')).toEqual({ wert: null, sperre: 'bezirk' });
		expect(s.get('klein|eu_anteil')).toEqual({ wert: null, sperre: 'bezirk' });
		expect(s.get('klein|mh_anzahl')).toEqual({ wert: 10, sperre: null });
		expect(s.get('klein|einwohner')).toEqual({ wert: 49, sperre: null });
		expect(s.get('klein|dichte')).toEqual({ wert: 49 / 2.5, sperre: null });
		expect(s.get('genau|mh_anteil')).toEqual({ wert: 20, sperre: null });
		expect(s.get(`${GESAMTSTADT}|mh_anteil`)).toEqual({ wert: (100 * 10) / 49, sperre: null });
	});

	it('withholds nothing for its size when the data set sets no minimum', async () => {
		await veroeffentlicht([['klein', 1, []]]);
		const s = await sperren(0);
		expect([...s.values()].filter((v) => v.sperre !== null)).toEqual([]);
		expect(s.get('klein|mh_anteil')).toEqual({ wert: 1000, sperre: null });
	});

	it('withholds as "wert" every value computed from a withheld count, numerator or denominator, and no other', async () => {
		await veroeffentlicht([['mh', 1000, ['mh']], ['ausl', 1000, ['auslaender']]]);
		const s = await sperren(50);
		const gesperrt = (code: string) => [...s].filter(([k, v]) => k.startsWith(`${code}|`) && v.sperre !== null).map(([k, v]) => [k.split('|')[1], v.sperre, v.wert]);
		expect(gesperrt('mh').sort()).toEqual([['mh_anteil', 'wert', null], ['mh_anzahl', 'wert', null]]);
		expect(gesperrt('ausl').sort()).toEqual([
			['auslaender_anteil', 'wert', null],
			['auslaender_anzahl', 'wert', null],
			['drittstaat_anteil', 'wert', null],
			['eu_anteil', 'wert', null],
			['neuzugewandert_anteil', 'wert', null]
		]);
	});

	it('names the district’s size first when a small district also has a withheld count', async () => {
		await veroeffentlicht([['klein', 20, ['mh']]]);
		const s = await sperren(50);
		expect(s.get('klein|mh_anteil')).toEqual({ wert: null, sperre: 'bezirk' });
		expect(s.get('klein|mh_anzahl')).toEqual({ wert: null, sperre: 'wert' });
		expect(s.get('klein|einwohner')).toEqual({ wert: 20, sperre: null });
	});
});
