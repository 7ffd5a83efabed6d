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
import { HANDLUNGSFELD_CODES, TABELLEN, bandStart, type TableName } from '../src/lib/data/schema';
import { beschriftungspunkte } from '../src/lib/analysis/beschriftung';
import { wohnorte, type Gruppenzahlen } from './default-data/wohnorte';
import { beispielangebote, echteEinrichtungen } from './default-data/angebote';
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
const schreibe = (tabelle: TableName, datei: string, zeilen: object[]) =>
	writeFileSync(join(out, datei), csvFormat(zeilen as Record<string, unknown>[] as never, TABELLEN[tabelle].map((s) => s.name)) + '\n');
schreibe('bevoelkerung', 'bevoelkerung.csv', rows.map((r) => ({ ...r, eu: r.eu ?? '', aufenthaltsdauer: r.aufenthaltsdauer ?? '' })));

// The KIK's goals and measures, by Handlungsfeld abbreviation and number ("SB 2.4").
const massnahmen = csvParse(readFileSync(join(root, 'data/quellen/kik-ziele-massnahmen.csv'), 'utf8')).map((r) => {
	const hf = HANDLUNGSFELD_CODES[Number(r.handlungsfeld_id) - 1];
	return { id: `${hf} ${r.massnahme_nr}`, handlungsfeld: hf, bereich: r.bereich, ziel_nr: r.ziel_nr, ziel_text: r.ziel_text, text: r.massnahme_text };
});
schreibe('massnahme', 'massnahme.csv', massnahmen);

// Residential points: the latest Stichtag's counts per district and target group, spread over a 100 m grid.
const letzter = JAHRESZIELE.at(-1)!.stichtag;
const zahlen = new Map<string, Gruppenzahlen>(zentroide.map((z) => [z.code, { einwohner: 0, mh: 0, unter18: 0, kinder: 0, jugendliche: 0, ab65: 0, frauen: 0, neuzugewandert: 0, flucht: 0 }]));
for (const r of rows) {
	if (r.stichtag !== letzter) continue;
	const z = zahlen.get(r.stadtbezirk)!;
	const alter = bandStart(r.altersgruppe);
	z.einwohner += r.anzahl;
	if (r.status !== 'deutsch') z.mh += r.anzahl;
	if (alter < 18) z.unter18 += r.anzahl;
	if (alter < 15) z.kinder += r.anzahl;
	else if (alter < 18) z.jugendliche += r.anzahl;
	if (alter >= 65) z.ab65 += r.anzahl;
	if (r.geschlecht === 'w') z.frauen += r.anzahl;
	if (r.status === 'auslaender' && r.aufenthaltsdauer && bandStart(r.aufenthaltsdauer) < 4) z.neuzugewandert += r.anzahl;
	if (r.fluchthintergrund) z.flucht += r.anzahl;
}
const geometrie = { type: 'FeatureCollection' as const, features: flaechen.map((f) => ({ type: 'Feature' as const, properties: { code: f.code, name: f.name }, geometry: f.geometry })) };
const mitten = new Map(beschriftungspunkte(geometrie).map((p) => [p.code, p.position]));
const orte = wohnorte(
	geometrie.features.map((f) => ({ code: f.properties.code, flaeche: f, mitte: mitten.get(f.properties.code)!, zahlen: zahlen.get(f.properties.code)! })),
	SEED + 1
);
schreibe('wohnort', 'wohnort.csv', orte);

// Meeting places: the real ones of the reference list, and three invented examples per Stadtteil.
const stadtteile = new Map<string, string[]>();
for (const z of zentroide) stadtteile.set(z.stadtteil, [...(stadtteile.get(z.stadtteil) ?? []), z.code]);
const referenz = csvParse(readFileSync(join(root, 'data/quellen/einrichtungen.csv'), 'utf8')) as unknown as Record<string, string>[];
const einrichtungen = [...echteEinrichtungen(referenz), ...beispielangebote(stadtteile, orte, SEED + 2)];
schreibe('einrichtung', 'einrichtung.csv', einrichtungen);

const manifest: DatensatzManifestEingabe = {
	id: 'kempten-beispiel',
	titel: 'Kempten (Allgäu) – Beispieldaten',
	stadt: 'Kempten (Allgäu)',
	beispieldaten: true,
	hinweis: 'Beispieldaten – kalibriert auf die Gesamtstadtwerte des KIK; Bezirksgrenzen schematisch',
	quelle:
		'Generierte Beispieldaten (Sozialraumatlas), kalibriert auf: Stadt Kempten (Allgäu), Amt für Wirtschaft und Stadtentwicklung, veröffentlicht im Kemptener Integrationskonzept (KIK) 2021',
	// The demo's publisher is the tool: no office of the city stands behind invented district figures.
	herausgeber: 'Sozialraumatlas (Beispielausgabe, keine Veröffentlichung der Stadt Kempten (Allgäu))',
	stichtage: JAHRESZIELE.map((z) => z.stichtag),
	geheimhaltung: { schwelle: 3 },
	// The KIK prints this share without decimals; the atlas shows 1,9 % and quotes the KIK beside it.
	veroeffentlicht: [{ stichtag: '2020-12-31', indikator: 'flucht_anteil', angabe: '2 %', quelle: 'KIK 2021' }],
	// Kempten's own wording (KIK, "Die Ausgangslage"); other data sets get the catalogue's neutral texts.
	begriffe: {
		migrationshintergrund: 'Menschen mit Migrationshintergrund nach der Definition der Statistikstelle Kempten: Ausländer*innen, Eingebürgerte (einschließlich Kinder unter 18 Jahren mit familiärem Migrationshintergrund) und Aussiedler*innen',
		erlaeuterung: 'Zu den Menschen mit Migrationshintergrund zählt die Statistikstelle Kempten Ausländer*innen, Eingebürgerte und Aussiedler*innen sowie Kinder unter 18 Jahren, von denen mindestens ein Elternteil einen Migrationshintergrund hat (sie werden als Eingebürgerte geführt).',
		methodenwechsel: { jahr: 2016, text: 'Die Berechnungsmethode wurde 2016 umgestellt; Zahlen vor 2016 sind nicht vergleichbar.' },
		berichtstitel: 'Faktencheck Migration Kempten (Allgäu)'
	},
	dateien: {
		stadtbezirk: 'stadtbezirk.csv',
		bevoelkerung: 'bevoelkerung.csv',
		staat: 'staat.csv',
		geometrie: 'stadtbezirke.geojson',
		massnahme: 'massnahme.csv',
		einrichtung: 'einrichtung.csv',
		wohnort: 'wohnort.csv',
		vorbereitet: 'vorbereitet.json'
	}
};
writeFileSync(join(out, 'datensatz.json'), JSON.stringify(manifest, null, '\t') + '\n');

console.log(`${rows.length} Zeilen bevoelkerung, ${flaechen.length} Stadtbezirke, ${orte.length} Wohnorte, ${einrichtungen.length} Einrichtungen → ${out}`);
