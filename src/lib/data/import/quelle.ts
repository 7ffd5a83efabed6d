/**
 * From a read file and the user's choices to a source of the own data: tables are converted (or a
 * register extract aggregated), boundaries reprojected and keyed. Nothing is stored or loaded here;
 * the source still has to pass the check of the whole data set (quellen/arbeitsstand.ts).
 */
import type { Database } from '../database';
import type { Meldung } from '../meldungen';
import type { Quelle, Teil } from '../arbeitsstand/arbeitsstand';
import type { Rohtabelle } from './rohtabelle';
import { wandleUm, type Umgewandelt } from './umwandlung';
import { aggregiereRegister } from './register';
import { alsBezirksgeometrie, gewaehltesSystem, type Doppelte, type GeoRoh, type Geometriewahl } from './geometrieImport';
import type { Bezug } from './lage';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { fehlendePflichtfelder, type Zuordnung } from './zuordnung';
import { fehler } from '../meldungen';

export interface Vorschlag {
	quelle: Quelle | null;
	meldungen: Meldung[];
	/** A statistics table's distinct districts (of the counted level) with their names where mapped: a district list to offer. */
	stadtbezirke?: Umgewandelt['stadtbezirke'];
	/** Boundaries with a code given twice: what the user can do instead. */
	doppelte?: Doppelte;
}

let zaehler = 0;
const neueId = () => `q${Date.now().toString(36)}${(zaehler++).toString(36)}`;

export async function quelleAusTabelle(roh: Rohtabelle, z: Zuordnung, db: Database, bytes?: Uint8Array): Promise<Vorschlag> {
	const fehlt = fehlendePflichtfelder(z);
	if (fehlt.length) return { quelle: null, meldungen: [fehler(roh.datei, `Noch nicht zugeordnet: ${fehlt.join(', ')}.`)] };
	if (roh.vorschau && z.ziel !== 'register')
		return { quelle: null, meldungen: [fehler(roh.datei, 'Die Datei ist zu groß, um sie als diese Tabellenart im Browser umzuwandeln; nur Melderegister-Auszüge dieser Größe werden von der Datenbank gelesen.')] };
	const u = z.ziel === 'register' ? await aggregiereRegister(db, roh, z, bytes) : wandleUm(roh, z);
	if (u.meldungen.some((m) => m.schwere === 'fehler')) return { quelle: null, meldungen: u.meldungen, stadtbezirke: u.stadtbezirke };
	return {
		quelle: {
			id: neueId(),
			teil: u.tabelle as Teil,
			datei: roh.datei,
			format: roh.format ?? '',
			importiert: new Date().toISOString(),
			zeilen: u.zeilen,
			stichtage: u.stichtage,
			inhalt: u.text,
			...(u.herkunft.zeileVon ? { zeileVon: [...u.herkunft.zeileVon] } : {}),
			...(u.herkunft.spalteVon ? { spalteVon: [...u.herkunft.spalteVon] } : {}),
			zuordnung: z
		},
		meldungen: u.meldungen,
		stadtbezirke: u.stadtbezirke
	};
}

export function quelleAusGeometrie(g: GeoRoh, wahl: Geometriewahl, codes: ReadonlySet<string>, bisher: Bezirksgeometrie | null, bezug?: Bezug | null): Vorschlag {
	const p = alsBezirksgeometrie(g, wahl, codes, bisher, bezug);
	if (!p.geometrie) return { quelle: null, meldungen: p.meldungen, doppelte: p.doppelte };
	const system = gewaehltesSystem(g, wahl, bezug);
	return {
		quelle: {
			id: neueId(),
			teil: 'geometrie',
			datei: g.datei,
			format: system ? (system.kennung === 'WKT' ? system.name : system.kennung) : 'GeoJSON',
			importiert: new Date().toISOString(),
			zeilen: p.geometrie.features.length,
			stichtage: [],
			inhalt: JSON.stringify(p.geometrie)
		},
		meldungen: p.meldungen
	};
}
