/** Archives that lie about their size, for the tests of the "zip bomb" guard. */
import { zipSync } from 'fflate';

/** The archive with the uncompressed sizes its directory declares set to `groesse` for the entries named. */
export function angeblich(eintraege: Record<string, Uint8Array>, groesse: Record<string, number>): Uint8Array {
	const z = zipSync(eintraege, { level: 0 });
	const v = new DataView(z.buffer);
	const dec = new TextDecoder();
	for (let i = 0; i + 46 <= z.length; i++) {
		const lokal = v.getUint32(i, true) === 0x04034b50;
		const zentral = v.getUint32(i, true) === 0x02014b50;
		if (!lokal && !zentral) continue;
		const [laengeBei, kopf, groesseBei] = lokal ? [26, 30, 22] : [28, 46, 24];
		const name = dec.decode(z.subarray(i + kopf, i + kopf + v.getUint16(i + laengeBei, true)));
		if (groesse[name] !== undefined) v.setUint32(i + groesseBei, groesse[name], true);
	}
	return z;
}
