import { describe, expect, it } from 'vitest';
import { alsCsv, neutralisiere } from './csv';

describe('CSV export', () => {
	it('writes German Excel CSV: BOM, the title first, semicolons, decimal comma at the shown precision, empty cells for missing values, notes below', () => {
		const csv = alsCsv({
			kopf: ['Nr.', 'Stadtbezirk', 'Anteil (%)', 'Einwohner*innen'],
			zeilen: [
				['10', 'Marienberg – Süd', 25.1234567, 1850],
				['11', 'Rothkreuz; Ost', null, 1400.4]
			],
			stellen: [0, 0, 1, 0],
			fussnoten: ['Quelle: Beispieldaten']
		}, 'Alle Stadtbezirke: Anteil, 31.12.2020');
		expect(csv).toBe('\uFEFFAlle Stadtbezirke: Anteil, 31.12.2020\nNr.;Stadtbezirk;Anteil (%);Einwohner*innen\n10;Marienberg – Süd;25,1;1850\n11;"Rothkreuz; Ost";;1400\n\nQuelle: Beispieldaten\n');
	});
	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		expect(neutralisiere('=HYPERLINK("https://example.org")')).toBe('\'=HYPERLINK("https://example.org")');
		expect(neutralisiere('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutralisiere('Thingers')).toBe('Thingers');
		expect(alsCsv({ kopf: ['x'], zeilen: [[-1.5]], fussnoten: [] }, '=Titel')).toBe("\uFEFF'=Titel\nx\n-1,5\n\n");
	});
});
