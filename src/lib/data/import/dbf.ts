/**
 * The text encoding of a Shapefile's attribute table (.dbf): as its .cpg says; without one, UTF-8
 * if the bytes are valid UTF-8, else the code page its language-driver byte (byte 29) names, else
 * Windows-1252 – what ArcGIS and older QGIS write in Germany ("Dellbrück", not "Dellbr�ck").
 */

/** Language-driver IDs of dBASE/ESRI whose code page a browser can decode. */
const SPRACHTREIBER: Record<number, string> = {
	0x03: 'windows-1252',
	0x57: 'windows-1252',
	0x58: 'windows-1252',
	0x59: 'windows-1252',
	0x26: 'ibm866',
	0x65: 'ibm866',
	0xc8: 'windows-1250',
	0xc9: 'windows-1251',
	0xcb: 'windows-1253',
	0xca: 'windows-1254'
};

export interface DbfKodierung {
	/** A label TextDecoder knows. */
	kodierung: string;
	/** Where it came from, for the notice. */
	herkunft: 'cpg' | 'utf8' | 'sprachtreiber' | 'annahme';
	/** The .cpg named an encoding the browser does not know. */
	unbekannt?: string;
}

const bekannt = (label: string) => {
	try {
		return new TextDecoder(label).encoding;
	} catch {
		return null;
	}
};

/** ".cpg" texts as ArcGIS and QGIS write them: "UTF-8", "1252", "ANSI 1252", "88591", "ISO-8859-1". */
function ausCpg(text: string): string | null {
	const t = text.replace(/\0/g, '').trim();
	const nummer = /^(?:ANSI\s*|CP\s*|windows-)?(\d{3,4}|65001)$/i.exec(t)?.[1];
	if (nummer) return bekannt(nummer === '65001' ? 'utf-8' : `windows-${nummer}`) ?? bekannt(`ibm${nummer}`);
	const iso = /^8859[_-]?(\d{1,2})$/.exec(t)?.[1];
	if (iso) return bekannt(`iso-8859-${iso}`);
	return bekannt(t);
}

function istUtf8(b: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(b);
		return true;
	} catch {
		return false;
	}
}

/** Whether any byte of the records is outside ASCII (only then does the encoding matter). */
export function hatSonderzeichen(dbf: Uint8Array): boolean {
	const start = dbf.length > 10 ? new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint16(8, true) : 0;
	for (let i = start; i < dbf.length - 1; i++) if (dbf[i] > 0x7f) return true;
	return false;
}

export function dbfKodierung(dbf: Uint8Array, cpg?: Uint8Array): DbfKodierung {
	if (cpg) {
		const text = new TextDecoder().decode(cpg);
		const k = ausCpg(text);
		if (k) return { kodierung: k, herkunft: 'cpg' };
		return { ...dbfKodierung(dbf), unbekannt: text.trim() };
	}
	const start = dbf.length > 10 ? new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength).getUint16(8, true) : 0;
	if (istUtf8(dbf.subarray(start))) return { kodierung: 'utf-8', herkunft: 'utf8' };
	const treiber = SPRACHTREIBER[dbf[29]];
	return treiber ? { kodierung: treiber, herkunft: 'sprachtreiber' } : { kodierung: 'windows-1252', herkunft: 'annahme' };
}
