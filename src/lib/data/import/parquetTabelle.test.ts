/** A Parquet file that cannot be read is named as such. (No test file is a readable Parquet file: the project has no Parquet writer to make one.) */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetTabelle } from './parquetTabelle';

const KAPUTT = join(import.meta.dirname, '../../../../tests/fixtures/import/fehlerhaft/kaputt.parquet');

describe('parquetTabelle', () => {
	it('names a damaged file', async () => {
		await expect(parquetTabelle('kaputt.parquet', new Uint8Array(readFileSync(KAPUTT)))).rejects.toMatchObject({
			meldungen: [{ schwere: 'fehler', datei: 'kaputt.parquet', text: 'Die Parquet-Datei ist beschädigt oder unvollständig und kann nicht gelesen werden.' }]
		});
	});
});
