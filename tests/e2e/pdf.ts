/** A printed PDF read back as a reader gets it: each page's text (pdftotext), and the words on the margins. */
import { execFileSync } from 'node:child_process';

export function seiten(datei: string): string[] {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', datei, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}
export const flach = (t: string) => t.replace(/\s+/g, ' ');

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
