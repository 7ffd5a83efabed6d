/**
 * The workspace file: own data, column mappings and the view, as one JSON file a colleague opens in
 * her browser. It arrives from outside, so it is validated as a whole before anything in it is used;
 * its texts become tables only through the loader's checks like any import, and its boundaries pass the
 * import's own blocking checks on geometries (import/geometrieImport.ts) before anything is stored.
 */
import { z } from 'zod/mini';
import { fehler, Ladefehler } from '../meldungen';
import type { Arbeitsstand } from './arbeitsstand';
import type { Zuordnung } from '../import/zuordnung';
import { arbeitsstandSchema, text, zuordnungSchema } from './gespeichert';
import { kikSchema, type KikStand } from '../kik/kikstand';
import { alsBezirksgeometrie, leseGeoJson } from '../import/geometrieImport';

export const ARBEITSBEREICH_FORMAT = 'sozialraumatlas-arbeitsbereich';

const datei = z.object({
	format: z.literal(ARBEITSBEREICH_FORMAT),
	version: z.literal(1),
	arbeitsstand: arbeitsstandSchema,
	zuordnungen: z.record(text(2000), zuordnungSchema),
	ansicht: z.optional(text(4000)),
	kik: z.optional(kikSchema),
	erstelltMit: z.optional(z.object({ datensatz: text(63), schwelle: z.int().check(z.gte(0), z.lte(100)) }))
});

export interface Arbeitsbereich {
	arbeitsstand: Arbeitsstand;
	zuordnungen: Record<string, Zuordnung>;
	/** The atlas's URL query at export. */
	ansicht?: string;
	/** The KIK's measure states and goals, if edited. */
	kik?: KikStand;
	/** The built-in data set and its publisher's threshold the file was made with. */
	erstelltMit?: { datensatz: string; schwelle: number };
}

/**
 * What to tell before a file is opened whose threshold is below the one it was made with (or below the
 * publisher's here): its own counts would be shown less protected. Null when nothing is lowered.
 */
export function herabsetzung(b: Arbeitsbereich, vorgabe: number): string | null {
	const soll = Math.max(vorgabe, b.erstelltMit?.schwelle ?? 0);
	const ist = b.arbeitsstand.einstellungen.schwelle;
	if (ist >= soll) return null;
	return `Diese Arbeitsbereichsdatei setzt die Geheimhaltung herab: Zahlen ab ${ist === 0 ? '1' : ist} würden gezeigt, erstellt wurde sie mit einer Schwelle von ${soll}. Für Zahlen des eingebauten Datensatzes gilt weiter dessen Schwelle; alles, was unter der niedrigeren Schwelle entsteht, wird als „Geheimhaltung herabgesetzt“ gekennzeichnet. Trotzdem öffnen?`;
}

export function alsArbeitsbereichsdatei(b: Arbeitsbereich): string {
	return JSON.stringify({ format: ARBEITSBEREICH_FORMAT, version: 1, ...b });
}

/**
 * Boundaries as the import keeps them (WGS84, `code` and `name`) checked as the import checks a GeoJSON
 * declared as WGS84: areas at all, degrees and not metres, longitude before latitude, in Germany.
 */
function pruefeGrenzen(name: string, a: Arbeitsstand): void {
	const funde = a.quellen
		.filter((q) => q.teil === 'geometrie')
		.flatMap((q) => {
			const datei = `${q.datei} (in ${name})`;
			try {
				const g = leseGeoJson(datei, new TextEncoder().encode(q.inhalt));
				return alsBezirksgeometrie(g, { codeFeld: 'code', nameFeld: 'name', system: 'EPSG:4326' }).meldungen.filter((m) => m.schwere === 'fehler');
			} catch (error) {
				if (error instanceof Ladefehler) return [...error.meldungen];
				throw error;
			}
		});
	if (funde.length) throw new Ladefehler(funde);
}

export function leseArbeitsbereichsdatei(name: string, text: string): Arbeitsbereich {
	let roh: unknown;
	try {
		roh = JSON.parse(text);
	} catch {
		throw new Ladefehler([fehler(name, 'Die Datei ist keine Arbeitsbereichsdatei des Sozialraumatlas (kein gültiges JSON).')]);
	}
	const r = datei.safeParse(roh);
	if (!r.success) {
		const pfad = r.error.issues[0]?.path.join('.') ?? '';
		throw new Ladefehler([fehler(name, `Die Datei ist keine gültige Arbeitsbereichsdatei des Sozialraumatlas${pfad ? ` (Feld „${pfad}“)` : ''}.`)]);
	}
	pruefeGrenzen(name, r.data.arbeitsstand as Arbeitsstand);
	return {
		arbeitsstand: r.data.arbeitsstand as Arbeitsstand,
		zuordnungen: r.data.zuordnungen as Record<string, Zuordnung>,
		ansicht: r.data.ansicht,
		...(r.data.kik ? { kik: r.data.kik as KikStand } : {}),
		...(r.data.erstelltMit ? { erstelltMit: r.data.erstelltMit } : {})
	};
}
