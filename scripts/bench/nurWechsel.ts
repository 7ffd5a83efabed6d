/**
 * Only the indicator switches of `npm run bench` (default data at a user's pace, and a city of its own
 * with N areas), so that a change to the map can be measured before and after in a few minutes.
 *   ATLAS_MESSBUILD=1 tsx scripts/bench/nurWechsel.ts [--anzahl 50] [--flaechen 1000] [--nur standard|eigene]
 */
import { eigeneDatenzeiten } from './eigeneDaten';
import { last, median, mitServer, ms, p95 } from './umgebung';
import { kartenboden } from './laden';
import { bodenwechsel, wechselzeiten, type Wechsel } from './wechsel';

const arg = (name: string, standard: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : standard;
};
const anzahl = Number(arg('anzahl', '50'));
const flaechen = Number(arg('flaechen', '1000'));
const nur = arg('nur', '');

const zeile = (name: string, w: Wechsel[]) => {
	const g = w.map((x) => x.gezeichnet);
	console.log(`${name.padEnd(34)} p50 ${ms(median(g)).padStart(7)}, p95 ${ms(p95(g)).padStart(7)}  (${anzahl} Wechsel alle 300 ms)`);
};

await mitServer(async (basis) => {
	console.log(`vorher: ${last()}`);
	if (nur !== 'eigene') zeile('Standarddaten (47 Bezirke)', await wechselzeiten(basis, anzahl, 300));
	const boden = await kartenboden(basis);
	if (nur !== 'eigene') zeile('  Boden (nur MapLibre, 47 Bezirke)', await bodenwechsel(boden, 0, anzahl, 300));
	if (nur !== 'standard') zeile(`eigene Daten (${flaechen} Flächen)`, (await eigeneDatenzeiten(basis, flaechen, 1, anzahl)).wechsel);
	if (nur !== 'standard') zeile(`  Boden (nur MapLibre, ${flaechen} Flächen)`, await bodenwechsel(boden, flaechen, anzahl, 300));
	console.log(`nachher: ${last()}`);
});
