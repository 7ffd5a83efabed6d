/**
 * Parquet files as the import reads them: two written by other software (tests/fixtures/parquet/, values as
 * their source documents them), and one that cannot be read.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetTabelle } from './parquetTabelle';

const KAPUTT = join(import.meta.dirname, '../../../../tests/fixtures/import/fehlerhaft/kaputt.parquet');
const LESBAR = join(import.meta.dirname, '../../../../tests/fixtures/parquet');
const datei = (name: string) => new Uint8Array(readFileSync(join(LESBAR, name)));

describe('parquetTabelle', () => {
	it('reads text, numbers, yes/no and empty cells, a list column as its text, and only the top-level columns', async () => {
		const r = await parquetTabelle('datapage_v2.snappy.parquet', datei('datapage_v2.snappy.parquet'));
		expect(r.kopf).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(r.zeilen).toEqual([
			['abc', 1, 2, true, '1,2,3'],
			['abc', 2, 3, true, null],
			['abc', 3, 4, true, null],
			[null, 4, 5, false, '1,2,3'],
			['abc', 5, 2, true, '1,2']
		]);
		expect(r).toMatchObject({ datei: 'datapage_v2.snappy.parquet', kopfzeile: 0, zeileVon: [1, 2, 3, 4, 5], zeilenwort: 'Datensatz', hinweise: [], format: 'Parquet' });
	});

	it('reads 64-bit integers as numbers and a timestamp as a date', async () => {
		const r = await parquetTabelle('duckdb4442.parquet', datei('duckdb4442.parquet'));
		expect(r.kopf).toEqual([
			'linkback_length', 'agent_call_sid', 'client_sid', 'agent_sid', 'call_date', 'call_type', 'call_sid', 'skills', 'result',
			'call_wait_duration', 'transfer_duration', 'wrap_up_duration', 'talk_duration', 'hold_duration', 'call_month_epoch', 'call_date_epoch', '_version'
		]);
		expect(r.zeilen).toEqual([[12, 5184, 1, 22, new Date('2011-10-06T22:21:49.580Z'), 'outbound', 323020033, '{}', 2100, 33, 0, 7, 10, 0, 1317427200000, 1317939709580, 11]]);
		expect(r.zeileVon).toEqual([1]);
	});

	it('reads a file handed over as a view into a larger buffer', async () => {
		const bytes = datei('duckdb4442.parquet');
		const gross = new Uint8Array(bytes.length + 16).fill(0x50);
		gross.set(bytes, 8);
		const r = await parquetTabelle('duckdb4442.parquet', gross.subarray(8, 8 + bytes.length));
		expect(r.zeilen[0].slice(0, 6)).toEqual([12, 5184, 1, 22, new Date('2011-10-06T22:21:49.580Z'), 'outbound']);
	});

	it('names a damaged file', async () => {
		await expect(parquetTabelle('kaputt.parquet', new Uint8Array(readFileSync(KAPUTT)))).rejects.toMatchObject({
			meldungen: [{ schwere: 'fehler', datei: 'kaputt.parquet', text: 'Die Parquet-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.' }]
		});
	});
});
