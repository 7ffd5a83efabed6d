/** The text of a file whatever Excel saved it as: the umlauts, the euro sign and the dashes arrive intact. */
import { describe, expect, it } from 'vitest';
import { dekodiere } from './kodierung';

const utf16 = (t: string, grossEndian: boolean) => {
	const b = new Uint8Array(2 + t.length * 2);
	b.set(grossEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		b[2 + 2 * i + (grossEndian ? 1 : 0)] = c & 0xff;
		b[2 + 2 * i + (grossEndian ? 0 : 1)] = c >> 8;
	}
	return b;
};
const TEXT = 'Bühl – Süd;„Straße“;5 €';

describe('the encoding of a text file', () => {
	it('reads UTF-8 with and without byte-order mark, without the mark in the text', () => {
		const ohne = new TextEncoder().encode(TEXT);
		expect(dekodiere(ohne)).toEqual({ text: TEXT, kodierung: 'UTF-8' });
		expect(dekodiere(new Uint8Array([0xef, 0xbb, 0xbf, ...ohne]))).toEqual({ text: TEXT, kodierung: 'UTF-8' });
	});
	it('reads Excel’s "Unicode-Text" in both byte orders', () => {
		expect(dekodiere(utf16(TEXT, false))).toEqual({ text: TEXT, kodierung: 'UTF-16LE' });
		expect(dekodiere(utf16(TEXT, true))).toEqual({ text: TEXT, kodierung: 'UTF-16BE' });
	});
	it('reads Windows-1252 with its euro sign, quotes and dashes, not as ISO-8859-1 control characters', () => {
		const b = new Uint8Array([0x42, 0xfc, 0x68, 0x6c, 0x20, 0x96, 0x20, 0x53, 0xfc, 0x64, 0x3b, 0x84, 0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x93, 0x3b, 0x35, 0x20, 0x80]);
		expect(dekodiere(b)).toEqual({ text: TEXT, kodierung: 'Windows-1252' });
	});
	it('reads a long Windows-1252 file whole, its special characters in every part', () => {
		const zeile = [0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0x96, 0x20, 0x80, 0x0a];
		const b = new Uint8Array(Array.from({ length: 3000 }, () => zeile).flat());
		const { text, kodierung } = dekodiere(b);
		expect(kodierung).toBe('Windows-1252');
		expect(text).toBe('Köln – €\n'.repeat(3000));
	});
	it('takes a file for UTF-16 or UTF-8 with mark only when every byte of the mark is there', () => {
		const faelle: [number[], string][] = [
			[[0x41, 0xbb, 0xbf], 'A»¿'],
			[[0xef, 0x41, 0xbf], 'ïA¿'],
			[[0xef, 0xbb, 0x41], 'ï»A'],
			[[0x41, 0xfe], 'Aþ'],
			[[0xff, 0x41], 'ÿA'],
			[[0x41, 0xff], 'Aÿ'],
			[[0xfe, 0x41], 'þA']
		];
		for (const [bytes, text] of faelle) expect(dekodiere(new Uint8Array([...bytes, 0x3b, 0x31]))).toEqual({ text: `${text};1`, kodierung: 'Windows-1252' });
	});
});
