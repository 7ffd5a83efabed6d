import { describe, expect, it } from 'vitest';
import { alsCsv, neutralisiere } from './csvExport';

describe('CSV export', () => {
	it('writes German Excel CSV: BOM, semicolons, decimal comma, empty cells for missing values, notes below', () => {
		const csv = alsCsv({
			kopf: ['Nr.', 'Stadtbezirk', 'Anteil (%)'],
			zeilen: [
				['10', 'Marienberg – Süd', 25.1234567],
				['11', 'Rothkreuz; Ost', null]
			],
			fussnoten: ['Quelle: Beispieldaten']
		});
		expect(csv).toBe('\uFEFFNr.;Stadtbezirk;Anteil (%)\n10;Marienberg – Süd;25,123457\n11;"Rothkreuz; Ost";\n\nQuelle: Beispieldaten\n');
	});
	it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
		expect(neutralisiere('=HYPERLINK("https://example.org")')).toBe('\'=HYPERLINK("https://example.org")');
		expect(neutralisiere('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutralisiere('Thingers')).toBe('Thingers');
		expect(alsCsv({ kopf: ['x'], zeilen: [[-1.5]], fussnoten: [] })).toContain('\n-1,5\n');
	});
});
