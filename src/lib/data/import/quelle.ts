/**
 * From a read file and the user's choices to a source of the own data: tables are converted (or a
 * register extract aggregated), boundaries reprojected and keyed. Nothing is stored or loaded here;
 * the source still has to pass the check of the whole data set (quellen/arbeitsstand.ts).
 */
import type { Database } from '../database';
import type { Meldung } from '../meldungen';
import type { Quelle, Teil } from '../arbeitsstand/arbeitsstand';
import type { Rohtabelle } from './rohtabelle';
import { wandleUm } from './umwandlung';
import { aggregiereRegister } from './register';
import { alsBezirksgeometrie, type GeoRoh } from './geometrieImport';
import type { Bezirksgeometrie } from '../laden/geometrie';
import { fehlendePflichtfelder, type Koordinatensystem, type Zuordnung } from './zuordnung';
import { fehler } from '../meldungen';

export interface Vorschlag {
	quelle: Quelle | null;
	meldungen: Meldung[];
	/** District names a table gives beside its codes (for a district list derived from it). */
	namen?: { code: string; name: string }[];
}

let zaehler = 0;
const neueId = () => `q${Date.now().toString(36)}${(zaehler++).toString(36)}`;

export async function quelleAusTabelle(roh: Rohtabelle, z: Zuordnung, db: Database, bytes?: Uint8Array): Promise<Vorschlag> {
	const fehlt = fehlendePflichtfelder(z);
	if (fehlt.length) return { quelle: null, meldungen: [fehler(roh.datei, `Noch nicht zugeordnet: ${fehlt.join(', ')}.`)] };
	if (roh.vorschau && z.ziel !== 'register')
		return { quelle: null, meldungen: [fehler(roh.datei, 'Die Datei ist zu groß, um sie als diese Tabellenart im Browser umzuwandeln; nur Melderegister-Auszüge dieser Größe werden von der Datenbank gelesen.')] };
	const u = z.ziel === 'register' ? await aggregiereRegister(db, roh, z, bytes) : wandleUm(roh, z);
	if (u.meldungen.some((m) => m.schwere === 'fehler')) return { quelle: null, meldungen: u.meldungen };
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
		namen: u.stadtbezirke
	};
}

export function quelleAusGeometrie(g: GeoRoh, wahl: { codeFeld: string; nameFeld?: string; system?: Koordinatensystem }, codes: ReadonlySet<string>, bisher: Bezirksgeometrie | null): Vorschlag {
	const p = alsBezirksgeometrie(g, wahl, codes, bisher);
	if (!p.geometrie) return { quelle: null, meldungen: p.meldungen };
	return {
		quelle: {
			id: neueId(),
			teil: 'geometrie',
			datei: g.datei,
			format: `${g.system ?? wahl.system ?? ''}`.trim() || 'GeoJSON',
			importiert: new Date().toISOString(),
			zeilen: p.geometrie.features.length,
			stichtage: [],
			inhalt: JSON.stringify(p.geometrie)
		},
		meldungen: p.meldungen
	};
}
