import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DIR } from '../testing/defaultData';
import { leseManifest } from '../manifest';
import { entferne, fuegeHinzu, leererArbeitsstand, ohneTeil, stelleZusammen, zumWeitergeben, type Quelle } from './arbeitsstand';
import { alsArbeitsbereichsdatei, herabsetzung, leseArbeitsbereichsdatei } from './datei';
import { Ladefehler } from '../meldungen';
import { VORBEREITETE_TABELLEN, type VorbereiteteTabelle } from '../laden/vorbereitet';

const standard = leseManifest(readFileSync(join(DEFAULT_DIR, 'datensatz.json'), 'utf8'), 'datensatz.json');
const quelle = (id: string, teil: Quelle['teil'], stichtage: string[], inhalt = 'stichtag,stadtbezirk,einwohner\n'): Quelle => ({ id, teil, datei: `${id}.csv`, format: 'CSV', importiert: '2026-11-30T12:00:00Z', zeilen: 1, stichtage, inhalt });
/** Boundaries as the import keeps them: one square in Kempten, its corners as `ecke` places them. */
const grenzen = (ecke = (lon: number, lat: number) => [lon, lat]) => {
	const ring = [[10.3, 47.72], [10.32, 47.72], [10.32, 47.74], [10.3, 47.74], [10.3, 47.72]].map(([lon, lat]) => ecke(lon, lat));
	return JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '10', name: 'Mitte' }, geometry: { type: 'Polygon', coordinates: [ring] } }] });
};

describe('own data (Arbeitsstand)', () => {
	it('adds a year beside the others, replaces the same year, and a table of the other kind replaces all', () => {
		let a = leererArbeitsstand(standard);
		a = fuegeHinzu(a, quelle('a', 'bezirkszahl', ['2020-12-31'])).arbeitsstand;
		a = fuegeHinzu(a, quelle('b', 'bezirkszahl', ['2021-12-31'])).arbeitsstand;
		expect(a.quellen.map((q) => q.id)).toEqual(['a', 'b']);
		const neu = fuegeHinzu(a, quelle('c', 'bezirkszahl', ['2021-12-31']));
		expect(neu.arbeitsstand.quellen.map((q) => q.id)).toEqual(['a', 'c']);
		expect(neu.ersetzt.map((q) => q.id)).toEqual(['b']);
		expect(fuegeHinzu(a, quelle('d', 'bevoelkerung', ['2019-12-31'])).arbeitsstand.quellen.map((q) => q.id)).toEqual(['d']);
		expect(entferne(a, 'a').quellen.map((q) => q.id)).toEqual(['b']);
	});
	it('puts the years of one table together, and names what still comes from the demo data', () => {
		let a = leererArbeitsstand(standard);
		a = fuegeHinzu(a, quelle('a', 'bezirkszahl', ['2021-12-31'], 'stichtag,stadtbezirk,einwohner\n2021-12-31,10,5\n')).arbeitsstand;
		a = fuegeHinzu(a, quelle('b', 'bezirkszahl', ['2020-12-31'], 'stichtag,stadtbezirk,einwohner\n2020-12-31,10,4\n')).arbeitsstand;
		a = ohneTeil(a, 'wohnort', true);
		const z = stelleZusammen(a, standard);
		expect(z.manifest.stichtage).toEqual(['2020-12-31', '2021-12-31']);
		expect(z.manifest.dateien.bezirkszahl).toBe('eigene-bezirkszahl.csv');
		expect(z.manifest.dateien.bevoelkerung).toBeUndefined();
		expect(z.manifest.dateien.wohnort).toBeUndefined();
		expect(z.importiert.get('eigene-bezirkszahl.csv')).toBe('stichtag,stadtbezirk,einwohner\n2020-12-31,10,4\n2021-12-31,10,5\n');
		expect(z.manifest.beispieldaten).toBe(true);
		expect(z.manifest.hinweis).toBe('Beispieldaten: Stadtbezirke, Treffpunkte und Angebote, Bezirksgrenzen (schematisch)');
		expect(z.manifest.veroeffentlicht).toEqual([]);
	});
	it('round-trips through the workspace file without loss, and refuses a foreign file', () => {
		const a = fuegeHinzu(leererArbeitsstand(standard), { ...quelle('a', 'geometrie', []), inhalt: grenzen(), spalteVon: [['einwohner', 'Einwohner insgesamt']], zeileVon: [4, 5] }).arbeitsstand;
		const b = { arbeitsstand: a, zuordnungen: { 'bezirk|einwohner': { ziel: 'bezirkszahl' as const, spalten: { stadtbezirk: 0, einwohner: 1 }, stichtag: '2021-12-31' } }, ansicht: 'i=mh_anteil&t=2021-12-31' };
		expect(leseArbeitsbereichsdatei('a.json', alsArbeitsbereichsdatei(b))).toEqual(b);
		expect(() => leseArbeitsbereichsdatei('x.json', '{"format":"etwas anderes"}')).toThrow('Datei „x.json“: Die Datei ist keine gültige Arbeitsbereichsdatei des Sozialraumatlas (Feld „format“).');
	});
});

describe('the publisher decides the protection of its data set', () => {
	const mitSchwelle = (schwelle: number) => ({ ...leererArbeitsstand(standard), einstellungen: { ...leererArbeitsstand(standard).einstellungen, schwelle } });
	it('refuses a threshold below the manifest’s while the built-in counts are used', () => {
		expect(standard.geheimhaltung).toMatchObject({ schwelle: 3, methode: 'sperrung' });
		expect(() => stelleZusammen(mitSchwelle(0), standard)).toThrow(/legt der Herausgeber fest: Zahlen unter 3/);
		expect(() => stelleZusammen(mitSchwelle(5), standard)).not.toThrow();
	});
	it('lets own statistics and residential points keep their own threshold, and marks every output made under it', () => {
		let a = fuegeHinzu(mitSchwelle(1), quelle('a', 'bezirkszahl', ['2021-12-31'], 'stichtag,stadtbezirk,einwohner\n2021-12-31,10,5\n')).arbeitsstand;
		a = ohneTeil(a, 'wohnort', true);
		const z = stelleZusammen(a, standard);
		expect(z.manifest.geheimhaltung.schwelle).toBe(1);
		expect(z.manifest.quelle).toContain('Geheimhaltung herabgesetzt: Zahlen unter 1 statt unter 3 gesperrt');
		// With the demo's residential points still in use, the floor holds.
		expect(() => stelleZusammen(ohneTeil(a, 'wohnort', false), standard)).toThrow(/Herausgeber/);
	});
	it('says before opening that a workspace file lowers the threshold it was made with', () => {
		const datei = (schwelle: number) => leseArbeitsbereichsdatei('a.json', alsArbeitsbereichsdatei({ arbeitsstand: mitSchwelle(schwelle), zuordnungen: {}, erstelltMit: { datensatz: standard.id, schwelle: 3 } }));
		expect(herabsetzung(datei(0), 3)).toMatch(/setzt die Geheimhaltung herab: Zahlen ab 1 würden gezeigt, erstellt wurde sie mit einer Schwelle von 3/);
		expect(herabsetzung(datei(3), 3)).toBeNull();
		// A file without the record still compares with the publisher's threshold here.
		const alt = leseArbeitsbereichsdatei('alt.json', alsArbeitsbereichsdatei({ arbeitsstand: mitSchwelle(2), zuordnungen: {} }));
		expect(herabsetzung(alt, 3)).not.toBeNull();
	});
});

describe('a workspace file handed on', () => {
	const veroeffentlicht = { stichtage: ['2021-12-31'], tabellen: Object.fromEntries(VORBEREITETE_TABELLEN.map((t) => [t, 'QUJD'])) as Record<VorbereiteteTabelle, string> };
	it('carries no counted parts and no residential points, but the published tables, boundaries, offers and settings', () => {
		let a = leererArbeitsstand(standard);
		for (const q of [quelle('z', 'bezirkszahl', ['2021-12-31']), quelle('w', 'wohnort', []), quelle('g', 'geometrie', [], grenzen()), quelle('e', 'einrichtung', [])]) a = fuegeHinzu(a, q).arbeitsstand;
		const weiter = leseArbeitsbereichsdatei('w.json', alsArbeitsbereichsdatei({ arbeitsstand: zumWeitergeben(a, veroeffentlicht), zuordnungen: {} })).arbeitsstand;
		expect(weiter.quellen.map((q) => q.teil)).toEqual(['geometrie', 'einrichtung']);
		expect(weiter.veroeffentlicht).toEqual(veroeffentlicht);
		expect(weiter.einstellungen).toEqual(a.einstellungen);
	});
});

describe('a workspace file’s boundaries', () => {
	const datei = (inhalt: string) => alsArbeitsbereichsdatei({ arbeitsstand: fuegeHinzu(leererArbeitsstand(standard), { ...quelle('g', 'geometrie', [], inhalt), datei: 'grenzen.geojson' }).arbeitsstand, zuordnungen: {} });
	const fehlerVon = (inhalt: string) => {
		try {
			leseArbeitsbereichsdatei('bereich.json', datei(inhalt));
			return null;
		} catch (error) {
			return error instanceof Ladefehler ? error.meldungen.map((m) => `${m.datei}: ${m.text}`).join('\n') : String(error);
		}
	};
	it('are refused with the import’s own messages when the import would refuse them, naming the boundaries and the workspace file', () => {
		expect(fehlerVon(grenzen())).toBeNull();
		expect(fehlerVon('{"type":"FeatureCollection","features":[]}')).toBe('grenzen.geojson (in bereich.json): Die Datei enthält keine Flächen (keine Features).');
		expect(fehlerVon(grenzen((lon, lat) => [lat, lon]))).toMatch(/^grenzen\.geojson \(in bereich\.json\): Die Koordinaten liegen nach der Umrechnung mit EPSG:4326 .* nicht in Deutschland, sondern bei 10,3° N, 47,7° O/);
		expect(fehlerVon(grenzen((lon, lat) => [600000 + lon * 1000, 5280000 + lat * 1000]))).toMatch(/^grenzen\.geojson \(in bereich\.json\): Die Koordinaten ergeben mit EPSG:4326 .*keine gültigen Längen und Breiten\. Die Koordinaten passen zu EPSG:25832/);
		expect(fehlerVon(grenzen(() => [1e308, 1e308]))).toMatch(/^grenzen\.geojson \(in bereich\.json\): Die Koordinaten ergeben mit EPSG:4326 .*keine gültigen Längen und Breiten\.[^∞]*$/);
	});
});
