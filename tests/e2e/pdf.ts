/** A printed PDF read back as a reader gets it: each page's text (pdftotext), and the words on the margins. */
import { execFileSync } from 'node:child_process';

export function seiten(datei: string): string[] {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', datei, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
export const flach = (t: string) => t.replace(/\s+/g, ' ');

/** Numbers whose unit the line break carried to the next line ("16,5" at a line's end, "%" beginning the next). */
export function getrennteEinheiten(seitentexte: string[]): string[] {
	return seitentexte.flatMap((t, i) =>
		[...t.matchAll(/(\S*\d)\n(%|Pp\.|m\b|km²|EW\/km²|Jahre\b|Personen\b)/g)].map((m) => `Seite ${i + 1}: „${m[1]}“ / „${m[2]}“`)
	);
}

/** Words of the given pages (1-based) that reach into the page's side margins (14 mm unless given): cut off or clipped on paper. */
export function ueberDenRand(datei: string, von: number, bis: number, randMm = 14): string[] {
	const rand = (randMm / 25.4) * 72 - 1;
	const html = execFileSync('pdftotext', ['-bbox', '-f', String(von), '-l', String(bis), datei, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return html.split('<page ').slice(1).flatMap((seite, i) => {
		const breite = Number(/width="([\d.]+)"/.exec(seite)![1]);
		return [...seite.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
			.filter((m) => Number(m[1]) < rand || Number(m[2]) > breite - rand)
			.map((m) => `Seite ${von + i}: ${m[3]}`);
	});
}

/**
 * How far down the text of each page (1-based) reaches above the running foot, as a share of the text
 * block between the top and bottom margins (mm): a page a reader sees half empty stays under 0.5.
 */
export function fuellung(datei: string, von: number, bis: number, obenMm = 14, untenMm = 18): number[] {
	const pt = (x: number) => (x / 25.4) * 72;
	const html = execFileSync('pdftotext', ['-bbox', '-f', String(von), '-l', String(bis), datei, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
	return html.split('<page ').slice(1).map((seite) => {
		const hoehe = Number(/height="([\d.]+)"/.exec(seite)![1]);
		const fuss = hoehe - pt(untenMm);
		const unten = Math.max(pt(obenMm), ...[...seite.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[1])).filter((y) => y < fuss));
		return (unten - pt(obenMm)) / (fuss - pt(obenMm));
	});
}
