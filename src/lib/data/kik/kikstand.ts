/**
 * The KIK cycle's own data as one value: the measure-state history and the goals. Kept in IndexedDB
 * beside the own data and carried in the workspace file; both arrive as untrusted JSON, so they are
 * validated as a whole before use (a stored value that fails is ignored, never half used).
 */
import { z } from 'zod/mini';
import { ZIELGRUPPEN } from '../schema';
import { MASSNAHMENSTATUS, type Massnahmenstand } from './stand';
import { RICHTUNGEN, type Zielsetzung } from './ziel';

export interface KikStand {
	version: 1;
	verlauf: Massnahmenstand[];
	ziele: Zielsetzung[];
}

const text = (max: number) => z.string().check(z.maxLength(max));
const datum = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

const stand = z.object({
	massnahme: text(20),
	status: z.enum(MASSNAHMENSTATUS),
	umsetzungsgrad: z.nullable(z.number().check(z.gte(0), z.lte(100))),
	federfuehrung: text(300),
	partner: z.array(text(300)),
	zielgruppen: z.array(z.enum(ZIELGRUPPEN)),
	bezirke: z.array(text(20)),
	stadtweit: z.boolean(),
	beginn: datum,
	ende: datum,
	angebote: z.array(text(40)),
	bewertung: text(5000),
	bewertetVon: text(300),
	bewertetAm: datum,
	geaendertAm: text(40),
	geaendertVon: text(300),
	beispiel: z.boolean()
});

const ziel = z.object({
	ziel: text(10),
	kennzahl: text(60),
	bezeichnung: text(300),
	messbar: z.boolean(),
	grund: text(2000),
	ausgangswert: z.nullable(z.number()),
	ausgangsStichtag: datum,
	zielwert: z.nullable(z.number()),
	zieljahr: z.nullable(z.int()),
	richtung: z.enum(RICHTUNGEN),
	werte: z.array(z.object({ stichtag: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), wert: z.number() })),
	quelle: text(500),
	beispiel: z.boolean()
});

export const kikSchema = z.object({ version: z.literal(1), verlauf: z.array(stand), ziele: z.array(ziel) });

export function pruefeKikStand(roh: unknown): KikStand | null {
	const r = kikSchema.safeParse(roh);
	return r.success ? (r.data as KikStand) : null;
}
