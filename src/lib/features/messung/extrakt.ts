/** A generated register extract (a row per person) for the benchmark, from a fixed seed. */
import { randomLcg } from 'd3-random';

export const EXTRAKT_KOPF = 'Pseudonym;Bezirk;Geburtsjahr;Geschlecht;Staatsangehörigkeit;Eingebürgert;Aussiedler;Fluchthintergrund;Zuzugsjahr\n';

/** The extract in pieces of about a megabyte (a Blob or a file is built from them). */
export function extraktTeile(codes: readonly string[], personen: number): string[] {
	const r = randomLcg(7);
	const staaten = ['DE', 'DE', 'DE', 'DE', 'DE', 'DE', 'TR', 'IT', 'RO', 'PL', 'SY', 'HR', 'AF'];
	const teile = [EXTRAKT_KOPF];
	let block = '';
	for (let i = 0; i < personen; i++) {
		const sta = staaten[Math.floor(r() * staaten.length)];
		const fremd = sta !== 'DE';
		block += `P${i.toString(36).padStart(7, '0')};${codes[Math.floor(r() * codes.length)]};${1925 + Math.floor(r() * 97)};${r() < 0.5 ? 'm' : 'w'};${sta};${!fremd && r() < 0.15 ? 'ja' : 'nein'};${!fremd && r() < 0.08 ? 'ja' : 'nein'};${sta === 'SY' || sta === 'AF' ? 'ja' : 'nein'};${fremd ? 1990 + Math.floor(r() * 32) : ''}\n`;
		if (block.length > 1 << 20) {
			teile.push(block);
			block = '';
		}
	}
	teile.push(block);
	return teile;
}
