/**
 * Cuts a few records out of a published Shapefile without touching them: the chosen .shp records and
 * .dbf rows are copied byte for byte (coordinates and attribute bytes as published), only the headers
 * (record count, file length, bounding box, offsets) are written anew.
 *   npx tsx scripts/testdateien/ausschnitt.ts <ordner/Stamm> <ziel/Stamm> <datensatz,…>   (0-based)
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

export function schneide(shp: Uint8Array, dbf: Uint8Array, nummern: readonly number[]): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
	const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
	const saetze: Uint8Array[] = [];
	for (let pos = 100; pos < shp.length; ) {
		const laenge = 8 + 2 * v.getInt32(pos + 4, false);
		saetze.push(shp.subarray(pos, pos + laenge));
		pos += laenge;
	}
	const gewaehlt = nummern.map((n) => saetze[n]);
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const s of gewaehlt) {
		const sv = new DataView(s.buffer, s.byteOffset + 8, s.byteLength - 8);
		if (sv.getInt32(0, true) === 0) continue;
		for (let i = 0; i < 4; i++) box[i] = i < 2 ? Math.min(box[i], sv.getFloat64(4 + 8 * i, true)) : Math.max(box[i], sv.getFloat64(4 + 8 * i, true));
	}
	const laenge = 100 + gewaehlt.reduce((a, s) => a + s.length, 0);
	const neu = new Uint8Array(laenge);
	const shx = new Uint8Array(100 + 8 * gewaehlt.length);
	for (const [ziel, l] of [[neu, laenge], [shx, shx.length]] as const) {
		ziel.set(shp.subarray(0, 100), 0);
		const z = new DataView(ziel.buffer);
		z.setInt32(24, l / 2, false);
		box.forEach((x, i) => z.setFloat64(36 + 8 * i, x, true));
	}
	const nv = new DataView(neu.buffer);
	const xv = new DataView(shx.buffer);
	let pos = 100;
	gewaehlt.forEach((s, i) => {
		neu.set(s, pos);
		nv.setInt32(pos, i + 1, false);
		xv.setInt32(100 + 8 * i, pos / 2, false);
		xv.setInt32(104 + 8 * i, (s.length - 8) / 2, false);
		pos += s.length;
	});
	const dv = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
	const kopf = dv.getUint16(8, true);
	const satz = dv.getUint16(10, true);
	const ausDbf = new Uint8Array(kopf + satz * nummern.length + 1);
	ausDbf.set(dbf.subarray(0, kopf), 0);
	new DataView(ausDbf.buffer).setUint32(4, nummern.length, true);
	nummern.forEach((n, i) => ausDbf.set(dbf.subarray(kopf + n * satz, kopf + (n + 1) * satz), kopf + i * satz));
	ausDbf[ausDbf.length - 1] = 0x1a;
	return { shp: neu, shx, dbf: ausDbf };
}

if (process.argv[1]?.endsWith('ausschnitt.ts')) {
	const [von, nach, liste] = process.argv.slice(2);
	const t = schneide(readFileSync(`${von}.shp`), readFileSync(`${von}.dbf`), liste.split(',').map(Number));
	writeFileSync(`${nach}.shp`, t.shp);
	writeFileSync(`${nach}.shx`, t.shx);
	writeFileSync(`${nach}.dbf`, t.dbf);
	for (const e of ['prj', 'cpg']) if (existsSync(`${von}.${e}`)) copyFileSync(`${von}.${e}`, `${nach}.${e}`);
}
