/**
 * `npm test`: the phases that always ran (types, layers, unit tests, build, end-to-end tests), one after
 * the other and stopping at the first that fails, with the time each took printed at the end, so that
 * CI's 15 minutes can be kept and the slow phase found. `--phasen check,vitest` runs only those.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PHASEN = [
	['check', 'npm run check'],
	['schichten', 'npm run schichten'],
	['vitest', 'vitest run'],
	['build', 'npm run build'],
	['playwright', 'playwright test']
] as const;
const BUDGET_S = 15 * 60;

const wahl = process.argv.indexOf('--phasen');
const nur = wahl >= 0 ? (process.argv[wahl + 1] ?? '').split(',') : null;
const unbekannt = nur?.filter((n) => !PHASEN.some(([name]) => name === n)) ?? [];
if (unbekannt.length) {
	console.error(`Unbekannte Phase: ${unbekannt.join(', ')} (bekannt: ${PHASEN.map(([n]) => n).join(', ')})`);
	process.exit(2);
}

const env = { ...process.env, PATH: `${join(import.meta.dirname, '../node_modules/.bin')}:${process.env.PATH}` };
const zeiten: { name: string; s: number; ok: boolean }[] = [];
for (const [name, befehl] of PHASEN) {
	if (nur && !nur.includes(name)) continue;
	const start = performance.now();
	const r = spawnSync(befehl, { stdio: 'inherit', shell: true, env });
	zeiten.push({ name, s: (performance.now() - start) / 1000, ok: r.status === 0 });
	if (r.status !== 0) break;
}

// Rounded to whole seconds first, so 59,6 s is 1:00 min, never 0:60.
const dauer = (s: number) => {
	const sekunden = Math.round(s);
	return `${Math.floor(sekunden / 60)}:${String(sekunden % 60).padStart(2, '0')} min`;
};
const summe = zeiten.reduce((a, z) => a + z.s, 0);
console.log('\nZeit je Phase');
const anteil = (s: number) => `${Math.round((100 * s) / summe)} %`;
for (const z of zeiten) console.log(`  ${z.name.padEnd(11)} ${dauer(z.s).padStart(9)} ${anteil(z.s).padStart(6)}${z.ok ? '' : '  FEHLGESCHLAGEN'}`);
console.log(`  ${'gesamt'.padEnd(11)} ${dauer(summe).padStart(9)}  (Ziel: unter ${dauer(BUDGET_S)}${summe > BUDGET_S ? ', ÜBERSCHRITTEN' : ''})`);
process.exit(zeiten.every((z) => z.ok) ? 0 : 1);
