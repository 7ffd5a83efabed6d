/**
 * Writes the embedded default data set (demo data for Kempten) to static/data/kempten/.
 * Deterministic: the same inputs and seed give byte-identical files. Run with `npm run data`;
 * `npm run build` prepares the browser's tables from these files (scripts/vorbereiten.ts).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import type { Feature, Polygon } from 'geojson';
import { schematicDistricts } from './default-data/geometry';
import { generatePopulation, type Staat } from './default-data/population';
import { JAHRESZIELE } from './default-data/calibration';
import { TABELLEN } from '../src/lib/data/schema';
import type { DatensatzManifestEingabe } from '../src/lib/data/manifest';

const SEED = 20_201_231;
const root = join(import.meta.dirname, '..');
const out = join(root, 'static/data/kempten');

const zentroide = csvParse(readFileSync(join(root, 'data/quellen/stadtbezirke.csv'), 'utf8')).map((r) => ({
	code: r.code!,
	name: r.name!,
	stadtteil: r.stadtteil!,
	lat: Number(r.lat),
	lon: Number(r.lon)
}));
const stadtgrenze = JSON.parse(
	readFileSync(join(root, 'data/quellen/stadtgrenze-naeherung.geojson'), 'utf8')
) as Feature<Polygon>;
const staaten = csvParse(readFileSync(join(root, 'data/staaten.csv'), 'utf8')) as unknown as Staat[];

mkdirSync(out, { recursive: true });

const flaechen = schematicDistricts(zentroide, stadtgrenze);
writeFileSync(
	join(out, 'stadtbezirke.geojson'),
	JSON.stringify({
		type: 'FeatureCollection',
		features: flaechen.map((f) => ({
			type: 'Feature',
			properties: { code: f.code, name: f.name },
			geometry: f.geometry
		}))
	})
);
writeFileSync(
	join(out, 'stadtbezirk.csv'),
	csvFormat(
		zentroide.map((z, i) => ({ code: z.code, name: z.name, stadtteil: z.stadtteil, flaeche_km2: flaechen[i].flaeche_km2 })),
		TABELLEN.stadtbezirk.map((s) => s.name)
	) + '\n'
);
writeFileSync(join(out, 'staat.csv'), csvFormat(staaten, TABELLEN.staat.map((s) => s.name)) + '\n');

const rows = generatePopulation(staaten, SEED);
writeFileSync(
	join(out, 'bevoelkerung.csv'),
	csvFormat(
		rows.map((r) => ({ ...r, eu: r.eu ?? '', aufenthaltsdauer: r.aufenthaltsdauer ?? '' })),
		TABELLEN.bevoelkerung.map((s) => s.name)
	) + '\n'
);

const manifest: DatensatzManifestEingabe = {
	id: 'kempten-beispiel',
	titel: 'Kempten (Allgäu) – Beispieldaten',
	stadt: 'Kempten (Allgäu)',
	beispieldaten: true,
	hinweis: 'Beispieldaten – kalibriert auf die Gesamtstadtwerte des KIK; Bezirksgrenzen schematisch',
	quelle:
		'Generierte Beispieldaten (Sozialraumatlas), kalibriert auf: Stadt Kempten (Allgäu), Amt für Wirtschaft und Stadtentwicklung, veröffentlicht im Kemptener Integrationskonzept (KIK) 2021',
	stichtage: JAHRESZIELE.map((z) => z.stichtag),
	geheimhaltung: { schwelle: 3 },
	dateien: {
		stadtbezirk: 'stadtbezirk.csv',
		bevoelkerung: 'bevoelkerung.csv',
		staat: 'staat.csv',
		geometrie: 'stadtbezirke.geojson',
		vorbereitet: 'vorbereitet.json'
	}
};
writeFileSync(join(out, 'datensatz.json'), JSON.stringify(manifest, null, '\t') + '\n');

console.log(`${rows.length} Zeilen bevoelkerung, ${flaechen.length} Stadtbezirke → ${out}`);
