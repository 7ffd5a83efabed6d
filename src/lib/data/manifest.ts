/**
 * A Datensatz manifest says what a data set is, where it comes from and which files hold its tables.
 * It arrives as a file and is validated as a whole before anything in it is used: identifiers and file
 * names must match strict patterns, so none of them can point elsewhere or break SQL, and every
 * problem is named by its field in German.
 */
import { z } from 'zod/mini';
import { fehler, Ladefehler, type Meldung } from './meldungen';
import { indikator } from './indikatoren';

/** Lower-case letters, digits and hyphens: safe in file names, keys and URLs. */
export const ID_MUSTER = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A plain file name beside the manifest: no folders, no scheme, no "..". */
export const DATEINAME_MUSTER = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

function gueltigesDatum(text: string): boolean {
	if (!ISO_DATUM.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const text = (feld: string) => z.string({ error: `„${feld}“ muss ein Text sein.` }).check(z.trim(), z.minLength(1, { error: `„${feld}“ darf nicht leer sein.` }));
const datei = (feld: string) =>
	z.string({ error: `„${feld}“ muss ein Dateiname sein.` }).check(
		z.maxLength(100, { error: `Der Dateiname in „${feld}“ ist zu lang.` }),
		z.regex(DATEINAME_MUSTER, { error: `„${feld}“ muss ein einfacher Dateiname im Ordner des Datensatzes sein (Buchstaben, Ziffern, „.“, „-“, „_“; keine Pfade oder Adressen).` })
	);

const stichtag = z
	.string({ error: 'Ein Stichtag muss als Text JJJJ-MM-TT angegeben sein.' })
	.check(z.refine(gueltigesDatum, { error: (issue) => `„${String(issue.input)}“ ist kein gültiges Datum der Form JJJJ-MM-TT (z. B. 2020-12-31).` }));

const manifestSchema = z
	.object({
		id: z
			.string({ error: '„id“ muss ein Text sein.' })
			.check(z.regex(ID_MUSTER, { error: '„id“ darf nur Kleinbuchstaben, Ziffern und „-“ enthalten (höchstens 63 Zeichen), z. B. „kempten-2024“.' })),
		titel: text('titel'),
		stadt: text('stadt'),
		beispieldaten: z.boolean({ error: '„beispieldaten“ muss true oder false sein.' }),
		/**
		 * The publisher declares generated demo data public: only then may the build serve its raw files
		 * (population counts, residential points); any other hosted data set serves protected tables only.
		 */
		oeffentlicheBeispieldaten: z._default(z.boolean({ error: '„oeffentlicheBeispieldaten“ muss true oder false sein.' }), false),
		hinweis: z._default(z.string({ error: '„hinweis“ muss ein Text sein.' }).check(z.trim()), ''),
		quelle: text('quelle'),
		/** Who publishes the outputs (the office), for title pages and the Impressum; absent: the city. */
		herausgeber: z.optional(text('herausgeber').check(z.maxLength(200, { error: '„herausgeber“ ist zu lang (höchstens 200 Zeichen).' }))),
		/** How readers reach the publisher (address, e-mail), for the Impressum. */
		kontakt: z.optional(text('kontakt').check(z.maxLength(300, { error: '„kontakt“ ist zu lang (höchstens 300 Zeichen).' }))),
		stichtage: z.array(stichtag, { error: '„stichtage“ muss eine Liste von Stichtagen sein.' }).check(
			z.minLength(1, { error: '„stichtage“ ist leer: mindestens ein Stichtag ist nötig.' }),
			z.refine((t: string[]) => t.every((d, i) => i === 0 || d > t[i - 1]), { error: '„stichtage“ muss aufsteigend sortiert sein und darf keinen Stichtag doppelt enthalten.' })
		),
		geheimhaltung: z._default(
			z.object({
				schwelle: z.int({ error: '„geheimhaltung.schwelle“ muss eine ganze Zahl sein.' }).check(
					z.gte(0, { error: '„geheimhaltung.schwelle“ darf nicht negativ sein.' }),
					z.lte(100, { error: '„geheimhaltung.schwelle“ darf höchstens 100 sein.' })
				),
				/** How counts are protected; the publisher's choice, stated on every output. */
				methode: z._default(z.enum(['sperrung'], { error: '„geheimhaltung.methode“ muss „sperrung“ sein (Geheimhaltung durch Sperren kleiner Zahlen).' }), 'sperrung'),
				/** Districts with fewer inhabitants show no shares (Berlin: 300); 0 = every district. */
				mindestEinwohner: z._default(
					z.int({ error: '„geheimhaltung.mindestEinwohner“ muss eine ganze Zahl sein.' }).check(
						z.gte(0, { error: '„geheimhaltung.mindestEinwohner“ darf nicht negativ sein.' }),
						z.lte(100000, { error: '„geheimhaltung.mindestEinwohner“ darf höchstens 100000 sein.' })
					),
					0
				)
			}),
			{ schwelle: 3, methode: 'sperrung' as const, mindestEinwohner: 0 }
		),
		/**
		 * Figures as a publication printed them (e.g. the KIK's rounded "2 %"), shown beside the value
		 * computed here so a reader can match both without the tool changing its one rounding rule.
		 */
		veroeffentlicht: z._default(
			z.array(
				z.object({
					stichtag,
					indikator: z.string({ error: '„veroeffentlicht[].indikator“ muss ein Text sein.' }).check(z.regex(/^[a-z0-9_]{1,63}$/, { error: '„veroeffentlicht[].indikator“ muss die Kennung einer Kennzahl sein, z. B. „flucht_anteil“.' })),
					angabe: text('veroeffentlicht[].angabe').check(z.maxLength(40, { error: '„veroeffentlicht[].angabe“ ist zu lang (höchstens 40 Zeichen).' })),
					quelle: text('veroeffentlicht[].quelle').check(z.maxLength(60, { error: '„veroeffentlicht[].quelle“ ist zu lang (höchstens 60 Zeichen).' }))
				})
			, { error: '„veroeffentlicht“ muss eine Liste sein.' }),
			[]
		),
		/**
		 * The data set's own words: how its statistics office defines migration background, the Faktencheck's
		 * explanation of the terms, a change of the counting method, definitions of single indicators, the
		 * report's title. Absent fields fall back to the catalogue's neutral texts, so no city's wording
		 * reaches another city's data.
		 */
		begriffe: z._default(
			z.object({
				migrationshintergrund: z.optional(text('begriffe.migrationshintergrund').check(z.maxLength(500, { error: '„begriffe.migrationshintergrund“ ist zu lang (höchstens 500 Zeichen).' }))),
				erlaeuterung: z.optional(text('begriffe.erlaeuterung').check(z.maxLength(2000, { error: '„begriffe.erlaeuterung“ ist zu lang (höchstens 2000 Zeichen).' }))),
				methodenwechsel: z.optional(
					z.object({
						jahr: z.int({ error: '„begriffe.methodenwechsel.jahr“ muss eine ganze Jahreszahl sein.' }).check(
							z.gte(1900, { error: '„begriffe.methodenwechsel.jahr“ muss zwischen 1900 und 2100 liegen.' }),
							z.lte(2100, { error: '„begriffe.methodenwechsel.jahr“ muss zwischen 1900 und 2100 liegen.' })
						),
						text: text('begriffe.methodenwechsel.text').check(z.maxLength(1000, { error: '„begriffe.methodenwechsel.text“ ist zu lang (höchstens 1000 Zeichen).' }))
					}, { error: '„begriffe.methodenwechsel“ muss Jahr und Text nennen.' })
				),
				indikatoren: z._default(
					z
						.record(z.string(), text('begriffe.indikatoren[]').check(z.maxLength(1000, { error: 'Eine Definition in „begriffe.indikatoren“ ist zu lang (höchstens 1000 Zeichen).' })), {
							error: '„begriffe.indikatoren“ muss Kennungen auf Definitionen abbilden.'
						})
						.check(
							z.refine((r: Record<string, string>) => Object.keys(r).every((id) => indikator(id) !== undefined), {
								error: (issue) => `„${Object.keys(issue.input as Record<string, string>).filter((id) => indikator(id) === undefined).join('“, „')}“ ist keine Kennzahl des Katalogs (z. B. „flucht_anteil“).`
							})
						),
					{}
				),
				berichtstitel: z.optional(text('begriffe.berichtstitel').check(z.maxLength(120, { error: '„begriffe.berichtstitel“ ist zu lang (höchstens 120 Zeichen).' })))
			}, { error: '„begriffe“ muss ein Objekt sein.' }),
			{ indikatoren: {} }
		),
		dateien: z.object(
			{
				stadtbezirk: datei('dateien.stadtbezirk'),
				/** The population: counts by characteristics, or counts per district (one of the two). */
				bevoelkerung: z.optional(datei('dateien.bevoelkerung')),
				bezirkszahl: z.optional(datei('dateien.bezirkszahl')),
				staat: datei('dateien.staat'),
				geometrie: datei('dateien.geometrie'),
				/** Optional: the KIK's goals and measures, meeting places and offers, residential points. */
				massnahme: z.optional(datei('dateien.massnahme')),
				einrichtung: z.optional(datei('dateien.einrichtung')),
				wohnort: z.optional(datei('dateien.wohnort')),
				/** Tables and indicator values prepared at build time (scripts/vorbereiten.ts). */
				vorbereitet: z.optional(datei('dateien.vorbereitet'))
			},
			{ error: '„dateien“ muss die Dateinamen der Tabellen nennen.' }
		)
	})
	.check(
		z.refine((m) => (m.dateien.bevoelkerung === undefined) !== (m.dateien.bezirkszahl === undefined), {
			error: '„dateien“ muss genau eine Bevölkerungstabelle nennen: „bevoelkerung“ (Zahlen nach Merkmalen) oder „bezirkszahl“ (Zahlen je Bezirk).',
			path: ['dateien']
		}),
		z.refine((m) => m.beispieldaten || !m.oeffentlicheBeispieldaten, {
			error: '„oeffentlicheBeispieldaten“ darf nur für Beispieldaten („beispieldaten“: true) gelten: echte Zahlen werden nie roh veröffentlicht.',
			path: ['oeffentlicheBeispieldaten']
		}),
		z.refine((m) => !m.beispieldaten || m.hinweis.length > 0, {
			error: 'Für Beispieldaten muss „hinweis“ sagen, was an ihnen nicht echt ist.',
			path: ['hinweis']
		})
	);

export type DatensatzManifest = z.output<typeof manifestSchema>;
export type DatensatzManifestEingabe = z.input<typeof manifestSchema>;

function feldname(path: readonly PropertyKey[]): string {
	return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** Validates a parsed manifest; throws a Ladefehler naming every faulty field. */
export function pruefeManifest(roh: unknown, datei: string): DatensatzManifest {
	const ergebnis = manifestSchema.safeParse(roh);
	if (ergebnis.success) return ergebnis.data;
	const meldungen: Meldung[] = ergebnis.error.issues.map((issue) => {
		const feld = feldname(issue.path);
		const fehlt = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
		return fehler(datei, fehlt ? `Das Feld „${feld}“ fehlt.` : issue.message, feld ? { feld } : {});
	});
	throw new Ladefehler(meldungen);
}

/** Parses the manifest's text; a file that is not JSON gets a German message too. */
export function leseManifest(inhalt: string, datei: string): DatensatzManifest {
	let roh: unknown;
	try {
		roh = JSON.parse(inhalt);
	} catch {
		throw new Ladefehler([fehler(datei, 'Die Datei ist kein gültiges JSON.')]);
	}
	if (typeof roh !== 'object' || roh === null || Array.isArray(roh)) throw new Ladefehler([fehler(datei, 'Das Manifest muss ein JSON-Objekt sein.')]);
	return pruefeManifest(roh, datei);
}
