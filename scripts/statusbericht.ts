/**
 * Renders the Statusbericht on the KIK's implementation to a PDF for the Beirat and the city council:
 * /statusbericht with the state as of the given date, printed by scripts/druck.ts. A fresh browser
 * profile holds no own entries, so the PDF shows the data set's states.
 *   npm run statusbericht -- --stichtag 2026-11-30 --out statusbericht-2026.pdf [--seit 2024-05-08]
 */
import { abbruch, argument, druckeSeite, istDatum, zieldatei } from './druck';

const stichtag = argument('stichtag');
const seit = argument('seit');
if (!istDatum(stichtag)) abbruch('„--stichtag“ fehlt oder ist kein Datum der Form JJJJ-MM-TT, z. B. --stichtag 2026-11-30.');
if (seit !== undefined && !istDatum(seit)) abbruch('„--seit“ ist kein Datum der Form JJJJ-MM-TT, z. B. --seit 2024-05-08.');
if (seit && seit >= stichtag) abbruch(`„--seit“ (${seit}) muss vor dem Stichtag (${stichtag}) liegen.`);
const datei = zieldatei('statusbericht-2026.pdf');

await druckeSeite(datei, { pfad: `/statusbericht?stichtag=${stichtag}${seit ? `&seit=${seit}` : ''}`, fertig: 'statusbericht-fertig', timeout: 180_000 });
