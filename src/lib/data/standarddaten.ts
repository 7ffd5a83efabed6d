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
	const lies = async (file: string) => {
		const response = await fetch(`${ordnerUrl}/${file}`);
		if (!response.ok) throw new Error(`Datei „${file}“ konnte nicht geladen werden (HTTP ${response.status}).`);
		return response.text();
	};
	const manifest = JSON.parse(await lies('datensatz.json')) as DatensatzManifest;
	const [geometrie, erstbild] = await Promise.all([
		lies(manifest.dateien.geometrie).then((t) => JSON.parse(t) as Bezirksgeometrie),
		manifest.dateien.erstbild ? lies(manifest.dateien.erstbild).then((t) => JSON.parse(t) as Erstbild) : null
	]);
	return { manifest, geometrie, erstbild, lies };
}
