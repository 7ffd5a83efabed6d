/**
 * The text of a file whatever Excel saved it as: UTF-8 with or without byte-order mark, UTF-16
 * ("Unicode-Text"), or the Windows-1252 of "CSV (Trennzeichen-getrennt)", so umlauts arrive intact.
 */
export type Kodierung = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (€, „, “, –, …). Decoded here, since Node's
 * TextDecoder reads "windows-1252" as ISO-8859-1 and would turn the en dash of "Bühl – Süd" into a
 * control character.
 */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(b: Uint8Array): string {
	let text = '';
	for (let i = 0; i < b.length; i += 8192) {
		const teil = b.subarray(i, i + 8192);
		text += String.fromCharCode(...teil).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
	}
	return text;
}

export function dekodiere(b: Uint8Array): { text: string; kodierung: Kodierung } {
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), kodierung: 'UTF-8' };
	if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), kodierung: 'UTF-16LE' };
	if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), kodierung: 'UTF-16BE' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), kodierung: 'UTF-8' };
	} catch {
		return { text: windows1252(b), kodierung: 'Windows-1252' };
	}
}
