/**
 * What a built site may serve of a data set: the protected tables only, unless the publisher declared
 * the data set public demo data ("oeffentlicheBeispieldaten" in its manifest). The raw files — counts by
 * characteristics or per district and residential points, as CSV or as the prepared Arrow table — would
 * let anyone recompute every withheld value and locate households. `npm run build` checks the data sets
 * before (static/data) and after (build/data) the site is built and stops with the files named.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { leseManifest } from '../src/lib/data/manifest';

const ROHE_TEILE = ['bevoelkerung', 'bezirkszahl', 'wohnort'] as const;

async function gibtEs(pfad: string): Promise<boolean> {
	return access(pfad).then(
		() => true,
		() => false
	);
}

/** The raw files a data set's folder would publish; none for public demo data. */
export async function roheDateien(ordner: string): Promise<string[]> {
	const manifest = leseManifest(await readFile(join(ordner, 'datensatz.json'), 'utf8'), 'datensatz.json');
	if (manifest.beispieldaten && manifest.oeffentlicheBeispieldaten) return [];
	const namen: string[] = ROHE_TEILE.flatMap((t) => (manifest.dateien[t] ? [manifest.dateien[t]!] : []));
	const index = manifest.dateien.vorbereitet ? join(ordner, manifest.dateien.vorbereitet) : null;
	if (index && (await gibtEs(index))) {
		const tabellen = (JSON.parse(await readFile(index, 'utf8')) as { tabellen?: Record<string, string> }).tabellen ?? {};
		if (tabellen.wohnort) namen.push(tabellen.wohnort);
	}
	const da: string[] = [];
	for (const n of namen) if (await gibtEs(join(ordner, n))) da.push(n);
	return da;
}

/** Every data set under `wurzel` (one folder each); throws a German message naming each raw file found. */
export async function pruefeVeroeffentlichung(wurzel: string): Promise<void> {
	if (!(await gibtEs(wurzel))) return;
	const verstoesse: string[] = [];
	for (const e of await readdir(wurzel, { withFileTypes: true })) {
		if (!e.isDirectory() || !(await gibtEs(join(wurzel, e.name, 'datensatz.json')))) continue;
		for (const d of await roheDateien(join(wurzel, e.name))) verstoesse.push(relative(process.cwd(), join(wurzel, e.name, d)));
	}
	if (verstoesse.length)
		throw new Error(
			`Der Build würde Rohdaten veröffentlichen: ${verstoesse.join(', ')}. Ein gehosteter Datensatz darf nur geschützte Tabellen ausliefern; ` +
				'legen Sie Bevölkerungszahlen und Wohnorte außerhalb von static/ ab oder erklären Sie generierte Daten im Manifest ausdrücklich zu öffentlichen Beispieldaten („oeffentlicheBeispieldaten“: true).'
		);
}
