/**
 * Writes the Steckbriefe of all districts (or of one Stadtteil) as one PDF with title page and contents
 * (/steckbriefe, printed by scripts/druck.ts) and says how long it took.
 *   npm run steckbriefe -- --out steckbriefe.pdf [--stadtteil 4]
 */
import { performance } from 'node:perf_hooks';
import { abbruch, argument, druckeSeite, zieldatei } from './druck';
import { formatDezimal } from '../src/lib/analysis/format';
import { schreibeSeite } from '../src/lib/ui/url';
import { STECKBRIEFBUCH_URL } from '../src/lib/features/steckbrief/link';

const stadtteil = argument('stadtteil');
if (stadtteil !== undefined && !/^[\p{L}\p{N} ._-]{1,60}$/u.test(stadtteil)) abbruch('„--stadtteil“ ist kein Name eines Stadtteils (Buchstaben, Ziffern, Leerzeichen).');
const datei = zieldatei('steckbriefe.pdf');

const query = schreibeSeite(STECKBRIEFBUCH_URL, { stadtteil: stadtteil ?? null, drucken: false }).toString();
const start = performance.now();
await druckeSeite(datei, {
	pfad: `${STECKBRIEFBUCH_URL.pfad}${query ? `?${query}` : ''}`,
	fertig: 'steckbriefe-fertig',
	timeout: 120_000
});
console.log(`Steckbriefe in ${formatDezimal((performance.now() - start) / 1000, 1)} s geschrieben.`);
