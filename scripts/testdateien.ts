/**
 * Writes the import test files (tests/fixtures/import/): files a statistics office would load (good)
 * and files that must be refused or warned about (fehlerhaft), each kind of error the import names.
 * Deterministic apart from the workbooks' creation time; built from the default data set so that
 * district codes and boundaries fit Kempten.
 *   npm run testdateien
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { unzipSync, zipSync as zipMitZeit, type Zippable, type ZipOptions } from 'fflate';
import proj4 from 'proj4';
import writeXlsxFile from 'write-excel-file/node';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { PRJ_25832, prjGaussKrueger, prjUtm32, schreibeShapefile } from './testdateien/shapefile';
import '../src/lib/data/import/koordinaten';

const wurzel = join(import.meta.dirname, '..');
// A fixed date in every archive, so that regenerating changes no file but the workbooks (which carry their creation time).
const zipSync = (dateien: Zippable, o: ZipOptions = {}) => zipMitZeit(dateien, { ...o, mtime: new Date('2026-01-01T00:00:00Z') });
const standard = join(wurzel, 'static/data/kempten');
const ziel = join(wurzel, 'tests/fixtures/import');
rmSync(ziel, { recursive: true, force: true });
const gut = join(ziel, 'gut');
const schlecht = join(ziel, 'fehlerhaft');
mkdirSync(gut, { recursive: true });
mkdirSync(schlecht, { recursive: true });

const bezirke = csvParse(readFileSync(join(standard, 'stadtbezirk.csv'), 'utf8')) as unknown as { code: string; name: string; stadtteil: string }[];
const geometrie = JSON.parse(readFileSync(join(standard, 'stadtbezirke.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

// Counts per district at 31.12.2020 from the default rows, moved on by a year for "2021".
const summe = new Map<string, { ew: number; mh: number; ausl: number }>();
for (const z of csvParse(readFileSync(join(standard, 'bevoelkerung.csv'), 'utf8'))) {
	if (z.stichtag !== '2020-12-31') continue;
	const s = summe.get(z.stadtbezirk!) ?? { ew: 0, mh: 0, ausl: 0 };
	const n = Number(z.anzahl);
	s.ew += n;
	if (z.status !== 'deutsch') s.mh += n;
	if (z.status === 'auslaender') s.ausl += n;
	summe.set(z.stadtbezirk!, s);
}
const jahr2021 = bezirke.map((b, i) => {
	const s = summe.get(b.code)!;
	const ew = Math.round(s.ew * 1.01);
	const ausl = Math.round(s.ausl * 1.04) + (i % 3);
	return { code: b.code, name: b.name, ew, ausl, mhAnteil: Math.min(99.9, (100 * (s.mh * 1.03)) / ew) };
});
const deutsch = (x: number, stellen = 1) => x.toLocaleString('de-DE', { minimumFractionDigits: stellen, maximumFractionDigits: stellen, useGrouping: true });
const ganz = (x: number) => x.toLocaleString('de-DE', { useGrouping: true });

/** Windows-1252 bytes (the umlauts and the en dash of the names are in it). */
function win1252(text: string): Uint8Array {
	const sonder: Record<string, number> = { '–': 0x96, '€': 0x80, '„': 0x84, '“': 0x93 };
	return Uint8Array.from([...text].map((c) => sonder[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

// 1. The office's CSV export: Windows-1252, semicolons, decimal commas, title rows, a total row.
const kopfWide = 'Stadtbezirk;Bezeichnung;Stichtag;Einwohner insgesamt;darunter Ausländer;Anteil MH in %';
const zeilenWide = jahr2021.map((z) => `${z.code};${z.name};31.12.2021;${ganz(z.ew)};${ganz(z.ausl)};${deutsch(z.mhAnteil)}`);
const gesamt = jahr2021.reduce((a, z) => ({ ew: a.ew + z.ew, ausl: a.ausl + z.ausl }), { ew: 0, ausl: 0 });
const csv1252 = ['Bevölkerung in den Stadtbezirken;;;;;', 'Stadt Kempten (Allgäu), Stand 31.12.2021;;;;;', ';;;;;', kopfWide, ...zeilenWide, `Insgesamt;;31.12.2021;${ganz(gesamt.ew)};${ganz(gesamt.ausl)};`, ';;;;;', 'Quelle: Einwohnermeldeamt;;;;;'].join('\r\n') + '\r\n';
writeFileSync(join(gut, 'bezirke-2021-win1252.csv'), win1252(csv1252));

// 2. The same as an Excel workbook with two title rows above the table.
const text = (value: string) => ({ type: String, value });
const zahl = (value: number) => ({ type: Number, value });
await writeXlsxFile(
	[
		[text('Bevölkerung nach Stadtbezirken 2021')],
		[text('Amt für Statistik')],
		[],
		['Bezirk', 'Name', 'Jahr', 'Einwohner', 'Ausländer', 'Anteil MH in %'].map(text),
		...jahr2021.map((z) => [text(z.code), text(z.name), zahl(2021), zahl(z.ew), zahl(z.ausl), zahl(Math.round(z.mhAnteil * 10) / 10)])
	] as never,
	{ sheet: 'Bezirke 2021' }
).toFile(join(gut, 'bezirke-2021-titel.xlsx'));

// 3. Official boundaries as a zipped Shapefile in EPSG:25832 with .prj and .cpg.
const utm = (p: Position) => proj4('EPSG:4326', 'EPSG:25832', [p[0], p[1]]);
const inUtm = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
	g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(utm)) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(utm))) };
const shape = schreibeShapefile(geometrie.features.map((f) => ({ geometry: inUtm(f.geometry), attribute: { SBZ: f.properties.code, NAME: f.properties.name } })));
const enc = new TextEncoder();
writeFileSync(join(gut, 'bezirke-25832.zip'), zipSync({ 'Stadtbezirke.shp': shape.shp, 'Stadtbezirke.shx': shape.shx, 'Stadtbezirke.dbf': shape.dbf, 'Stadtbezirke.prj': enc.encode(PRJ_25832), 'Stadtbezirke.cpg': enc.encode('UTF-8') }));

// 3a. The same boundaries in the systems of other Länder: zone-prefixed UTM (NRW, .prj with false easting
// 32 500 000) and Gauß-Krüger zone 3 as ArcGIS writes its .prj (no datum shift in it).
const inSystem = (s: string) => (g: Polygon | MultiPolygon): Polygon | MultiPolygon => {
	const p = (q: Position) => proj4('EPSG:4326', s, [q[0], q[1]]);
	return g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(p)) } : { type: 'MultiPolygon', coordinates: g.coordinates.map((x) => x.map((r) => r.map(p))) };
};
const shapeIn = (s: string, kodiere?: (t: string) => Uint8Array, treiber?: number) => schreibeShapefile(geometrie.features.map((f) => ({ geometry: inSystem(s)(f.geometry), attribute: { SBZ: f.properties.code, NAME: f.properties.name } })), kodiere, treiber);
const zone = shapeIn('EPSG:4647');
writeFileSync(join(gut, 'bezirke-4647.zip'), zipSync({ 'Stadtbezirke.shp': zone.shp, 'Stadtbezirke.shx': zone.shx, 'Stadtbezirke.dbf': zone.dbf, 'Stadtbezirke.prj': enc.encode(prjUtm32(32_500_000)), 'Stadtbezirke.cpg': enc.encode('UTF-8') }));
const gk3 = shapeIn('EPSG:31467');
writeFileSync(join(gut, 'bezirke-gk3.zip'), zipSync({ 'Stadtbezirke.shp': gk3.shp, 'Stadtbezirke.shx': gk3.shx, 'Stadtbezirke.dbf': gk3.dbf, 'Stadtbezirke.prj': enc.encode(prjGaussKrueger(3)), 'Stadtbezirke.cpg': enc.encode('UTF-8') }));

// 4. A register extract (a row per person, pseudonymised) at 31.12.2021.
let zufall = 42;
const r = () => ((zufall = (zufall * 1103515245 + 12345) % 2147483648) / 2147483648);
const staaten = ['DE', 'DE', 'DE', 'DE', 'DE', 'TR', 'IT', 'RO', 'SY', 'PL'];
const personen = ['Bezirk;Geburtsjahr;Geschlecht;Staatsangehörigkeit;Eingebürgert;Aussiedler;Fluchthintergrund;Zuzugsjahr'];
for (let i = 0; i < 3000; i++) {
	const sta = staaten[Math.floor(r() * staaten.length)];
	const fremd = sta !== 'DE';
	personen.push([bezirke[Math.floor(r() * bezirke.length)].code, 1930 + Math.floor(r() * 91), r() < 0.5 ? 'männlich' : 'weiblich', sta, !fremd && r() < 0.15 ? 'ja' : 'nein', !fremd && r() < 0.08 ? 'ja' : 'nein', fremd && sta === 'SY' ? 'ja' : 'nein', fremd ? 2000 + Math.floor(r() * 21) : ''].join(';'));
}
writeFileSync(join(gut, 'register-2021.csv'), personen.join('\n') + '\n');

// 5. Offers with UTM coordinates, and a district list in UTF-16 ("Unicode-Text" from Excel, tab-separated).
const mitte = geometrie.features.slice(0, 5).map((f) => utm((f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0])[0]));
writeFileSync(
	join(gut, 'angebote-utm.csv'),
	['Name;Art;Rechtswert;Hochwert;Handlungsfelder', ...mitte.map((p, i) => `Sprachcafé ${i + 1};Sprach-/Kulturcafé;${Math.round(p[0] + 50)};${Math.round(p[1] + 50)};SB`)].join('\n') + '\n'
);
const utf16 = '\ufeff' + ['code\tname\tstadtteil', ...bezirke.map((b) => `${b.code}\t${b.name}\t`)].join('\r\n') + '\r\n';
writeFileSync(join(gut, 'stadtbezirke-unicode.txt'), Buffer.from(utf16, 'utf16le'));

// 6. District counts with one small number (2 Aussiedler*innen in district 10), for confidentiality.
const klein = ['Stadtbezirk;Stichtag;Einwohner;mit Migrationshintergrund;Eingebürgerte;Aussiedler;Ausländer'];
jahr2021.forEach((z, i) => {
	const aussiedler = i === 0 ? 2 : 20 + (i % 7);
	const eingebuergert = 100 + i;
	klein.push([z.code, '31.12.2021', z.ew, eingebuergert + aussiedler + z.ausl, eingebuergert, aussiedler, z.ausl].join(';'));
});
writeFileSync(join(gut, 'klein-2021.csv'), klein.join('\n') + '\n');

// 7. A long table in the layout Köln publishes (tests/fixtures/tabellen/koeln/): a row per area, year and
// characteristic, several tables, the city ("00"), its Stadtteile ("01" … "08") and the Stadtbezirke side by side.
const lang = ['id,tab_id,tabelle,jahr,raum_id,raum,zei_id,zeile,zahl'];
const jahre: [number, (b: { code: string }, i: number) => { ew: number; mh: number; ausl: number }][] = [
	[2020, (b) => summe.get(b.code)!],
	[2021, (b, i) => ({ ew: jahr2021[i].ew, mh: Math.round(summe.get(b.code)!.mh * 1.03), ausl: jahr2021[i].ausl })]
];
const teile = [...new Set(bezirke.map((b) => b.stadtteil))].sort();
for (const [jahr, werte] of jahre) {
	const je = bezirke.map((b, i) => ({ b, w: werte(b, i) }));
	const summiert = (liste: typeof je) => liste.reduce((a, x) => ({ ew: a.ew + x.w.ew, mh: a.mh + x.w.mh, ausl: a.ausl + x.w.ausl }), { ew: 0, mh: 0, ausl: 0 });
	const raeume = [
		{ id: '00', name: 'Stadt Kempten (Allgäu)', w: summiert(je) },
		...teile.map((t) => ({ id: t.padStart(2, '0'), name: `Stadtteil ${t}`, w: summiert(je.filter((x) => x.b.stadtteil === t)) })),
		...je.map((x) => ({ id: x.b.code, name: x.b.name, w: x.w }))
	];
	const tabellen: [string, string, string, string, (w: { ew: number; mh: number; ausl: number }) => number][] = [
		['005', 'Einwohner in Kempten', '10', 'Einwohner', (w) => w.ew],
		['010', 'Einwohner nach Geschlecht', '10', 'Männlich', (w) => Math.round(w.ew * 0.49)],
		['030', 'Einwohner mit Migrationshintergrund', '10', 'Einwohner mit Migrationshintergrund', (w) => w.mh],
		['030', 'Einwohner mit Migrationshintergrund', '50', 'Ausländer', (w) => w.ausl]
	];
	for (const [tab, tabelle, zei, zeile, wert] of tabellen) for (const r of raeume) lang.push([`010.${tab}.${jahr}.${r.id}.${zei}`, tab, tabelle, jahr, r.id, `"${r.name}"`, zei, zeile, `${wert(r.w)}.0`].join(','));
}
writeFileSync(join(gut, 'lang-ebenen-2020-2021.csv'), lang.join('\n') + '\n');

// 8. A workbook whose header spans two rows ("Einwohner" merged over "insgesamt" and "darunter mit Migrationshintergrund"),
// without a date column: its Stichtag comes from its name.
const leer = null;
await writeXlsxFile(
	[
		[text('Bevölkerung nach Stadtbezirken')],
		[{ type: String, value: 'Bezirk' }, text('Name'), { type: String, value: 'Einwohner', columnSpan: 2 }, leer, text('Ausländer')],
		[leer, leer, text('insgesamt'), text('darunter mit Migrationshintergrund'), text('insgesamt')],
		...jahr2021.map((z) => [text(z.code), text(z.name), zahl(z.ew), zahl(Math.round((z.mhAnteil * z.ew) / 100)), zahl(z.ausl)])
	] as never,
	{ sheet: 'Tabelle1' }
).toFile(join(gut, 'einwohner-2021-zweizeilig.xlsx'));

// The files that must be refused or warned about.
const f = (name: string, inhalt: string | Uint8Array) => writeFileSync(join(schlecht, name), inhalt);
const breit = (zeilen: string[]) => ['Stadtbezirk;Stichtag;Einwohner;Ausländer', ...zeilen].join('\n') + '\n';
f('leer.csv', '');
f('nur-kopf.csv', 'Stadtbezirk;Stichtag;Einwohner\n');
f('keine-tabelle.csv', 'Nur eine Zeile Text\nund noch eine\n');
f('binaer.csv', Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
f('excel-als-csv.csv', readFileSync(join(gut, 'bezirke-2021-titel.xlsx')));
f('alt.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(500).fill(0)]));
f('text-als.xlsx', 'Stadtbezirk;Einwohner\n10;1200\n');
f('abgeschnitten.xlsx', readFileSync(join(gut, 'bezirke-2021-titel.xlsx')).subarray(0, 3000));
f('text-als.parquet', 'a,b\n1,2\n');
f('kaputt.parquet', Uint8Array.from([0x50, 0x41, 0x52, 0x31, ...Array(300).fill(7), 0x50, 0x41, 0x52, 0x31]));
f('zipbombe.zip', zipSync({ 'bombe.shp': new Uint8Array(420 * 1024 * 1024) }, { level: 9 }));
f('abgeschnitten.zip', readFileSync(join(gut, 'bezirke-25832.zip')).subarray(0, 2000));
f('ohne-shp.zip', zipSync({ 'liesmich.txt': enc.encode('keine Flächen') }));
f('ohne-dbf.zip', zipSync({ 'a.shp': shape.shp, 'a.shx': shape.shx, 'a.prj': enc.encode(PRJ_25832) }));
f('ohne-prj.zip', zipSync({ 'a.shp': shape.shp, 'a.shx': shape.shx, 'a.dbf': shape.dbf, 'a.cpg': enc.encode('UTF-8') }));
f('nur.shp', shape.shp);
const geo = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
f('utm-ohne-crs.geojson', geo(geometrie.features.map((x) => ({ ...x, geometry: inUtm(x.geometry) }))));
f('vertauscht.geojson', geo(geometrie.features.map((x) => ({ ...x, geometry: { type: 'Polygon', coordinates: (x.geometry as Polygon).coordinates.map((r) => r.map(([a, b]) => [b, a])) } }))));
f('ausserhalb.geojson', geo([{ type: 'Feature', properties: { code: '10' }, geometry: { type: 'Polygon', coordinates: [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.8]]] } }]));
f('weit-weg.geojson', geo(geometrie.features.map((x) => ({ ...x, geometry: { type: 'Polygon', coordinates: (x.geometry as Polygon).coordinates.map((r) => r.map(([a, b]) => [a + 1.3, b + 0.4])) } }))));
f('crs-unbekannt.geojson', geo(geometrie.features.slice(0, 2), { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2056' } } }));
f('abgeschnitten.geojson', geo(geometrie.features).slice(0, 400));
f('keine-features.geojson', geo([]));
f('punkte.geojson', geo(geometrie.features.map((x) => ({ ...x, geometry: { type: 'Point', coordinates: (x.geometry as Polygon).coordinates[0][0] } }))));
f('ring-zu-kurz.geojson', geo([{ type: 'Feature', properties: { code: '10' }, geometry: { type: 'Polygon', coordinates: [[[10.3, 47.7], [10.31, 47.71]]] } }]));
f('code-doppelt.geojson', geo([geometrie.features[0], geometrie.features[0]]));
f('code-doppelt-id.geojson', geo(geometrie.features.map((x, i) => ({ ...x, properties: { id: i === 1 ? geometrie.features[0].properties.code : x.properties.code, objectid: String(i + 1), name: x.properties.name } }))));
// Zone-prefixed eastings under a .prj that declares plain ETRS89 / UTM 32N (false easting 500 000).
f('zonenkennziffer-falsche-prj.zip', zipSync({ 'a.shp': zone.shp, 'a.shx': zone.shx, 'a.dbf': zone.dbf, 'a.prj': enc.encode(PRJ_25832), 'a.cpg': enc.encode('UTF-8') }));
f('prj-unlesbar.zip', zipSync({ 'a.shp': shape.shp, 'a.shx': shape.shx, 'a.dbf': shape.dbf, 'a.prj': enc.encode('Lagestatus 310, siehe Handbuch') }));
// Attributes in Windows-1252 ("Bühl – Süd") without a .cpg, the language-driver byte 0x57 saying so.
const ansi = shapeIn('EPSG:25832', win1252, 0x57);
f('win1252-ohne-cpg.zip', zipSync({ 'a.shp': ansi.shp, 'a.shx': ansi.shx, 'a.dbf': ansi.dbf, 'a.prj': enc.encode(PRJ_25832) }));
// The real Köln Stadtteile (tests/fixtures/grenzen/koeln) without their .prj.
const koeln = unzipSync(readFileSync(join(wurzel, 'tests/fixtures/grenzen/koeln/Stadtteil.zip')));
f('koeln-ohne-prj.zip', zipSync(Object.fromEntries(Object.entries(koeln).filter(([n]) => !n.endsWith('.prj')))));
f('fremde-codes.geojson', geo(geometrie.features.map((x, i) => ({ ...x, properties: { code: i === 0 ? 'X1' : x.properties.code, name: x.properties.name } }))));
f('nicht-numerisch.csv', breit(['10;31.12.2021;abc;120', '11;31.12.2021;1.447;202']));
f('negativ.csv', breit(['10;31.12.2021;1.520;-5']));
f('dezimal-anzahl.csv', breit(['10;31.12.2021;1.520;12,5']));
f('anteil-ueber-100.csv', ['Stadtbezirk;Stichtag;Einwohner;Anteil MH in %', '10;31.12.2021;1.520;120,5'].join('\n') + '\n');
f('teil-groesser.csv', breit(['10;31.12.2021;800;900']));
f('unbekannter-bezirk.csv', breit(['99;31.12.2021;800;90']));
f('fuehrende-null.csv', breit(['010;31.12.2021;800;90']));
f('doppelt.csv', breit(['10;31.12.2021;800;90', '10;31.12.2021;810;91']));
f('datum-unmoeglich.csv', breit(['10;31.02.2021;800;90']));
f('datum-fehlt.csv', breit(['10;;800;90']));
f('zu-viele-felder.csv', breit(['10;31.12.2021;800;90;7']));
f('ohne-einwohner.csv', 'Stadtbezirk;Stichtag;Ausländer\n10;31.12.2021;90\n');
f('summenzeile.csv', breit(['10;31.12.2021;800;90', 'Insgesamt;31.12.2021;800;90']));
f('stadtzeile-abweichend.csv', breit(['10;31.12.2021;800;90', '11;31.12.2021;700;80', 'Insgesamt;31.12.2021;1.510;170']));
f('lang-doppelt.csv', ['raum_id;raum;jahr;merkmal;zahl', '10;Marienberg – Süd;2021;Einwohner insgesamt;800', '10;Marienberg – Süd;2021;Einwohner insgesamt;810', '10;Marienberg – Süd;2021;Ausländer;90'].join('\n') + '\n');
f('lang-keine-zahl.csv', ['raum_id;raum;jahr;merkmal;zahl', '10;Marienberg – Süd;2021;Einwohner insgesamt;800', '10;Marienberg – Süd;2021;Ausländer;abc'].join('\n') + '\n');
f('gesperrt.csv', breit(['10;31.12.2021;800;.', '11;31.12.2021;700;x']));
f('deutsch-gross.csv', 'stichtag,stadtbezirk,geschlecht,altersgruppe,status,staatsangehoerigkeit,eu,fluchthintergrund,aufenthaltsdauer,anzahl\n2021-12-31,10,w,30-34,Deutsch,DE,,false,,57\n');
f('register-fehler.csv', ['Bezirk;Alter;Geschlecht;Staatsangehörigkeit', '10;abc;männlich;DE', '11;34;q;TR', '12;40;weiblich;XX'].join('\n') + '\n');
f('angebote-ausserhalb.csv', 'Name;Art;Rechtswert;Hochwert\nTreff;Begegnungsstätte;47.7;10.3\n');
f('hyperlink.csv', ['code;name', '10;"=HYPERLINK(""http://evil.example"";""Klick"")"', ...bezirke.slice(1).map((b) => `${b.code};${b.name}`)].join('\n') + '\n');
f('html-name.csv', ['code;name', '10;<img src=x onerror=alert(1)>', ...bezirke.slice(1).map((b) => `${b.code};${b.name}`)].join('\n') + '\n');

// A city that is not Kempten (for "a city starts clean"): twelve districts with codes 101–112 and
// names of their own, the first twelve schematic polygons moved to Middle Franconia, and its statistics.
const FREMDE_NAMEN = ['Nordviertel', 'Südviertel', 'Am Bahnhof', 'Hafen', 'Lindenau', 'Kirchberg', 'Wiesengrund', 'Mühlbach', 'Schlossberg', 'Auenfeld', 'Sonnenhang', 'Talblick'];
const fremd = FREMDE_NAMEN.map((name, i) => ({ code: String(101 + i), name, ew: 2400 + 173 * i, ausl: 310 + 41 * i, mh: 700 + 97 * i }));
const verschiebe = (r: Position[]) => r.map(([a, b]) => [Math.round((a + 0.8) * 1e6) / 1e6, Math.round((b + 1.7) * 1e6) / 1e6]);
writeFileSync(
	join(gut, 'fremde-stadt-grenzen.geojson'),
	JSON.stringify({
		type: 'FeatureCollection',
		features: fremd.map((b, i) => {
			const g = geometrie.features[i].geometry;
			const coordinates = g.type === 'Polygon' ? g.coordinates.map(verschiebe) : g.coordinates.map((p) => p.map(verschiebe));
			return { type: 'Feature', properties: { BEZ_NR: b.code, BEZ_NAME: b.name }, geometry: { type: g.type, coordinates } };
		})
	})
);
writeFileSync(
	join(gut, 'fremde-stadt-2022.csv'),
	['Stadtbezirk;Name;Stichtag;Einwohner insgesamt;darunter Ausländer;mit Migrationshintergrund', ...fremd.map((b) => `${b.code};${b.name};31.12.2022;${ganz(b.ew)};${ganz(b.ausl)};${ganz(b.mh)}`)].join('\n') + '\n'
);

console.log(`Testdateien geschrieben: ${ziel}`);
