/**
 * A table as an XLSX workbook (one sheet, the notes below the table). Every text is written as a text
 * cell, so no cell is ever a formula, whatever a name in the data says; numbers stay numbers with the
 * precision the screen shows.
 */
import writeXlsxFile from 'write-excel-file/browser';
import { gerundet, type Exporttabelle } from './csv';

export async function alsXlsx(t: Exporttabelle, blatt: string): Promise<Blob> {
	const text = (value: string, fett = false) => ({ type: String, value, fontWeight: fett ? ('bold' as const) : undefined });
	const daten = [
		t.kopf.map((k) => text(k, true)),
		...t.zeilen.map((z) =>
			z.map((w, i) => (w === null ? null : typeof w === 'number' ? (Number.isFinite(w) ? { type: Number, value: gerundet(w, t.stellen?.[i] ?? 1) } : null) : text(w)))
		),
		[],
		...t.fussnoten.map((f) => [text(f)])
	];
	// Sheet names: at most 31 characters, none of : \ / ? * [ ].
	return writeXlsxFile(daten as never, { sheet: blatt.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) }).toBlob();
}
