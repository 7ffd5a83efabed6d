/**
 * The shape of the own data as it is kept in the browser, checked whenever it is read back (from storage
 * or inside a workspace file). It lives apart from the workspace file (datei.ts), whose reading also checks
 * boundaries and so needs the geometry import: the first map reads the stored state without loading that.
 */
import { z } from 'zod/mini';
import type { Arbeitsstand } from './arbeitsstand';
import { ZIELE } from '../import/zuordnung';

const TEILE = ['stadtbezirk', 'staat', 'bevoelkerung', 'bezirkszahl', 'massnahme', 'einrichtung', 'wohnort', 'geometrie'] as const;
const SYSTEME = ['EPSG:4326', 'EPSG:25832', 'EPSG:31468', 'EPSG:3857'] as const;
const datum = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export const text = (max: number) => z.string().check(z.maxLength(max));

export const zuordnungSchema = z.object({
	ziel: z.enum(ZIELE),
	spalten: z.record(text(40), z.int().check(z.gte(0), z.lte(999))),
	stichtag: z.optional(datum),
	koordinaten: z.optional(z.enum(SYSTEME))
});

export const arbeitsstandSchema = z.object({
	version: z.literal(1),
	einstellungen: z.object({
		stadt: text(100),
		titel: text(200),
		quelle: text(500),
		schwelle: z.int().check(z.gte(0), z.lte(100)),
		mindestEinwohner: z.int().check(z.gte(0), z.lte(100000))
	}),
	quellen: z.array(
		z.object({
			id: text(64),
			teil: z.enum(TEILE),
			datei: text(255),
			format: text(200),
			importiert: text(40),
			zeilen: z.int().check(z.gte(0)),
			stichtage: z.array(datum),
			inhalt: text(400 * 1024 * 1024),
			zeileVon: z.optional(z.array(z.int())),
			spalteVon: z.optional(z.array(z.tuple([text(40), text(500)]))),
			zuordnung: z.optional(zuordnungSchema),
			abgeleitet: z.optional(z.enum(TEILE))
		})
	),
	ohne: z.array(z.enum(TEILE)),
	eigeneStadt: z.optional(z.boolean()),
	veroeffentlicht: z.optional(z.object({ stichtage: z.array(datum), tabellen: z.record(text(63), text(400 * 1024 * 1024)) }))
});

export function pruefeArbeitsstand(roh: unknown): Arbeitsstand | null {
	const r = arbeitsstandSchema.safeParse(roh);
	return r.success ? (r.data as Arbeitsstand) : null;
}
