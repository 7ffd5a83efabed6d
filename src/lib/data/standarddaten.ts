/**
 * The embedded default data set, served as static files beside the site (static/data/kempten/).
 * Every fetch goes to the site's own origin, under its base path.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DatensatzManifest } from './manifest';
import type { Erstbild } from './erstbild';

export type Bezirksgeometrie = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

export interface StatischerDatensatz {
	manifest: DatensatzManifest;
	geometrie: Bezirksgeometrie;
	erstbild: Erstbild | null;
	lies: (file: string) => Promise<string>;
}

export async function ladeStatischenDatensatz(ordnerUrl: string): Promise<StatischerDatensatz> {
	const geladen = new Map<string, Promise<string>>();
	const lies = (file: string) => {
		let text = geladen.get(file);
		if (!text) {
			text = fetch(`${ordnerUrl}/${file}`).then((response) => {
				if (!response.ok) throw new Error(`Datei „${file}“ konnte nicht geladen werden (HTTP ${response.status}).`);
				return response.text();
			});
			geladen.set(file, text);
		}
		return text;
	};
	const manifest = JSON.parse(await lies('datensatz.json')) as DatensatzManifest;
	// The tables download while DuckDB starts; a failed download surfaces when the loader reads it.
	for (const file of [manifest.dateien.stadtbezirk, manifest.dateien.staat, manifest.dateien.bevoelkerung])
		lies(file).catch(() => undefined);
	const [geometrie, erstbild] = await Promise.all([
		lies(manifest.dateien.geometrie).then((t) => JSON.parse(t) as Bezirksgeometrie),
		manifest.dateien.erstbild ? lies(manifest.dateien.erstbild).then((t) => JSON.parse(t) as Erstbild) : null
	]);
	return { manifest, geometrie, erstbild, lies };
}
