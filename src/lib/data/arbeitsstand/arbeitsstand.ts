/**
 * The user's own data ("Arbeitsstand"): every imported file as a source of one canonical table (or of
 * the boundaries), already converted, with the settings of the data set. Put together with the
 * built-in data set for whatever was not imported, it is a data set like any other: a manifest and
 * its files, loaded and checked by the same loader. Pure functions; storing it is speicher.ts's job.
 */
import type { DatensatzManifest, DatensatzManifestEingabe } from '../manifest';
import { pruefeManifest } from '../manifest';
import type { Herkunft, LiesText } from '../laden/tabellen';
import { STATISTIKTABELLEN, type TableName } from '../schema';
import type { Zuordnung } from '../import/zuordnung';
import { fehler, Ladefehler } from '../meldungen';
import type { Veroeffentlicht } from './weitergabe';

export type Teil = TableName | 'geometrie';

export const TEIL_LABEL: Record<Teil, string> = {
	stadtbezirk: 'Stadtbezirke',
	staat: 'Staaten',
	bevoelkerung: 'Bevölkerung nach Merkmalen',
	bezirkszahl: 'Bevölkerung je Stadtbezirk',
	massnahme: 'Maßnahmen des Integrationskonzepts',
	einrichtung: 'Treffpunkte und Angebote',
	wohnort: 'Wohnorte',
	geometrie: 'Bezirksgrenzen'
};

export interface Quelle {
	id: string;
	teil: Teil;
	/** The user's file name. */
	datei: string;
	/** How it was read ("Windows-1252, Trennzeichen Semikolon", "Excel, Blatt „2020“"). */
	format: string;
	/** ISO time of the import. */
	importiert: string;
	zeilen: number;
	stichtage: string[];
	/** Canonical CSV, or the boundaries as WGS84 GeoJSON. */
	inhalt: string;
	/** Rows and column headers of the user's file, so findings keep naming them after a reload. */
	zeileVon?: number[];
	spalteVon?: [string, string][];
	zuordnung?: Zuordnung;
	/** A district list the app derived from this part's codes and names (not a file of its own). */
	abgeleitet?: Teil;
}

export interface Einstellungen {
	stadt: string;
	titel: string;
	quelle: string;
	schwelle: number;
	mindestEinwohner: number;
}

export interface Arbeitsstand {
	version: 1;
	einstellungen: Einstellungen;
	quellen: Quelle[];
	/** Optional parts of the built-in data set the user has taken out (offers, residential points). */
	ohne: Teil[];
	/**
	 * A city of its own: nothing of the built-in data set is used but its reference table of
	 * citizenships. Set when a file's district codes are not the demo's (neueStadt.ts).
	 */
	eigeneStadt?: boolean;
	/**
	 * A workspace handed on: the tables the sender's atlas published, in place of the counted parts
	 * (weitergabe.ts). Own statistics added later replace them.
	 */
	veroeffentlicht?: Veroeffentlicht;
}

export const STATISTIK: readonly Teil[] = STATISTIKTABELLEN;

export function leererArbeitsstand(standard: DatensatzManifest): Arbeitsstand {
	return {
		version: 1,
		einstellungen: { stadt: standard.stadt, titel: 'Eigene Daten', quelle: '', schwelle: standard.geheimhaltung.schwelle, mindestEinwohner: standard.geheimhaltung.mindestEinwohner },
		quellen: [],
		ohne: []
	};
}

/** Parts of the built-in data set that carry counts of people: while any is used, its publisher's protection holds. */
export const GEZAEHLT: readonly Teil[] = ['bevoelkerung', 'bezirkszahl', 'wohnort'];

/**
 * The own data as handed on to someone outside the office: the parts that carry unprotected counts or
 * residential points (their rows hold every count below the threshold) give way to `veroeffentlicht`, the
 * tables the atlas publishes (withheld counts withheld). Boundaries, the district list, offers, measures
 * and settings stay; the recipient sees the counts exactly as published, "•" where withheld.
 */
export function zumWeitergeben(a: Arbeitsstand, veroeffentlicht: Veroeffentlicht): Arbeitsstand {
	return { ...a, quellen: a.quellen.filter((q) => !GEZAEHLT.includes(q.teil)), veroeffentlicht };
}

/**
 * The publisher decides the protection of the data set it hosts: settings below its threshold or
 * minimum population are refused while its counts or residential points are in use (own data keep
 * their own settings). Returns the German finding, or null.
 */
export function unterDerVorgabe(e: Einstellungen, standard: DatensatzManifest, ausStandard: readonly Teil[]): string | null {
	const g = standard.geheimhaltung;
	if (!ausStandard.some((t) => GEZAEHLT.includes(t))) return null;
	if (e.schwelle >= g.schwelle && e.mindestEinwohner >= g.mindestEinwohner) return null;
	return `Die Geheimhaltung von „${standard.titel}“ legt der Herausgeber fest: Zahlen unter ${g.schwelle} werden gesperrt${g.mindestEinwohner ? `, Anteile erst ab ${g.mindestEinwohner} Einwohner*innen` : ''}. Niedrigere Werte gelten nur für eigene Bevölkerungs- und Wohnortdaten.`;
}

/** The mark of every output made under a threshold below the publisher's (own data only). */
export function herabgesetztHinweis(e: Einstellungen, standard: DatensatzManifest): string | null {
	return e.schwelle < standard.geheimhaltung.schwelle ? `Geheimhaltung herabgesetzt: Zahlen unter ${e.schwelle} statt unter ${standard.geheimhaltung.schwelle} gesperrt` : null;
}

const ueberlappen = (a: readonly string[], b: readonly string[]) => a.some((t) => b.includes(t));

/**
 * Adds an imported source. A statistics table for other Stichtage is added beside the ones there
 * (one file per year); for the same Stichtage, or of the other kind, it replaces them. Any other
 * part replaces its predecessor. Returns the new state and the sources it replaced.
 */
export function fuegeHinzu(a: Arbeitsstand, q: Quelle): { arbeitsstand: Arbeitsstand; ersetzt: Quelle[] } {
	const statistik = STATISTIK.includes(q.teil);
	const ersetzt = a.quellen.filter((alt) =>
		statistik ? STATISTIK.includes(alt.teil) && (alt.teil !== q.teil || ueberlappen(alt.stichtage, q.stichtage)) : alt.teil === q.teil
	);
	// Own statistics replace the published tables a handed-on workspace brought.
	const { veroeffentlicht, ...rest } = a;
	const bleibt = statistik || !veroeffentlicht ? rest : a;
	return {
		arbeitsstand: { ...bleibt, quellen: [...a.quellen.filter((x) => !ersetzt.includes(x)), q], ohne: a.ohne.filter((t) => t !== q.teil) },
		ersetzt
	};
}

export function entferne(a: Arbeitsstand, id: string): Arbeitsstand {
	return { ...a, quellen: a.quellen.filter((q) => q.id !== id) };
}

/** The built-in data set's parts the user may do without. */
export const VERZICHTBAR: readonly Teil[] = ['einrichtung', 'wohnort', 'massnahme'];

export function ohneTeil(a: Arbeitsstand, teil: Teil, ohne: boolean): Arbeitsstand {
	return { ...a, ohne: ohne ? [...new Set([...a.ohne, teil])] : a.ohne.filter((t) => t !== teil) };
}

export interface Zusammenstellung {
	manifest: DatensatzManifest;
	/** File name in the manifest → imported text; names not in here come from the built-in data set. */
	importiert: Map<string, string>;
	herkunft: Partial<Record<TableName, Herkunft>>;
	/** Imported boundaries (WGS84 GeoJSON text), if any. */
	geometrie: string | null;
}

const dateiname = (teil: Teil) => `eigene-${teil}.${teil === 'geometrie' ? 'geojson' : 'csv'}`;

/** Sources of one table as one CSV: the same canonical header, rows one after another. */
function verbinde(quellen: readonly Quelle[]): string {
	const [erste, ...rest] = quellen.map((q) => q.inhalt.replace(/\n$/, ''));
	return [erste, ...rest.map((t) => t.slice(t.indexOf('\n') + 1))].join('\n') + '\n';
}

function herkunftVon(quellen: readonly Quelle[]): Herkunft {
	const zeilen = quellen.flatMap((q) => q.zeileVon ?? []);
	return {
		datei: quellen.map((q) => q.datei).join(' + '),
		...(zeilen.length ? { zeileVon: Int32Array.from(zeilen) } : {}),
		spalteVon: new Map(quellen.flatMap((q) => q.spalteVon ?? []))
	};
}

/** The parts a city of its own still lacks before it can be loaded (the boundaries may follow later). */
export function fehlendeTeile(a: Arbeitsstand): Teil[] {
	if (!a.eigeneStadt) return [];
	const hat = (t: Teil) => a.quellen.some((q) => q.teil === t);
	return [...(hat('stadtbezirk') ? [] : ['stadtbezirk' as const]), ...(a.veroeffentlicht || a.quellen.some((q) => STATISTIK.includes(q.teil)) ? [] : ['bezirkszahl' as const])];
}

/** A file of the composed data set: an imported one from the own data, any other from the built-in data set. */
export const liesZusammengestellt =
	(z: Zusammenstellung, liesStandard: LiesText): LiesText =>
	(datei) =>
		z.importiert.has(datei) ? Promise.resolve(z.importiert.get(datei)!) : liesStandard(datei);

/**
 * The own data with the built-in data set filling the gaps, as one validated manifest. A city of its
 * own takes only the citizenships from the built-in data set; without boundaries it has no map yet.
 */
export function stelleZusammen(a: Arbeitsstand, standard: DatensatzManifest): Zusammenstellung {
	const fehlt = fehlendeTeile(a);
	if (fehlt.length) throw new Ladefehler([fehler('Eigene Daten', `Es fehlen noch: ${fehlt.map((t) => TEIL_LABEL[t]).join(', ')}.`)]);
	const eigen = !!a.eigeneStadt;
	const importiert = new Map<string, string>();
	const herkunft: Partial<Record<TableName, Herkunft>> = {};
	const dateien: Record<string, string> = {};
	const ausStandard: Teil[] = [];
	const weiter = a.veroeffentlicht;
	// A handed-on workspace has no residential points: its tables are the published ones (weitergabe.ts).
	const teile: Teil[] = ['stadtbezirk', 'staat', 'massnahme', 'einrichtung', ...(weiter ? [] : ['wohnort' as const]), 'geometrie'];
	const statistik = a.quellen.filter((q) => STATISTIK.includes(q.teil)).sort((x, y) => (x.stichtage[0] ?? '').localeCompare(y.stichtage[0] ?? ''));
	if (weiter) {
		// Named for the manifest only: the population is never read, the published tables are inserted.
		dateien.bevoelkerung = dateiname('bevoelkerung');
	} else if (statistik.length) {
		const teil = statistik[0].teil as TableName;
		dateien[teil] = dateiname(teil);
		importiert.set(dateien[teil], verbinde(statistik));
		herkunft[teil] = herkunftVon(statistik);
	} else {
		const teil = standard.dateien.bevoelkerung ? 'bevoelkerung' : 'bezirkszahl';
		dateien[teil] = standard.dateien[teil]!;
		ausStandard.push(teil);
	}
	for (const teil of teile) {
		const eigene = a.quellen.filter((q) => q.teil === teil);
		if (eigene.length) {
			dateien[teil] = dateiname(teil);
			importiert.set(dateien[teil], verbinde(eigene));
			if (teil !== 'geometrie') herkunft[teil] = herkunftVon(eigene);
		} else if (eigen && teil === 'geometrie') {
			dateien[teil] = dateiname(teil);
		} else if ((!eigen || teil === 'staat') && !a.ohne.includes(teil) && standard.dateien[teil as keyof DatensatzManifest['dateien']]) {
			dateien[teil] = standard.dateien[teil as keyof DatensatzManifest['dateien']]!;
			// Citizenships and the KIK's measures are reference texts, not demo data.
			if (teil !== 'staat' && teil !== 'massnahme') ausStandard.push(teil);
		}
	}
	const stichtage = weiter ? weiter.stichtage : statistik.length ? [...new Set(statistik.flatMap((q) => q.stichtage))].sort() : standard.stichtage;
	const demo = standard.beispieldaten && ausStandard.length > 0;
	const eigeneDateien = [...new Set(a.quellen.map((q) => q.datei)), ...(weiter ? ['veröffentlichte Tabellen eines weitergegebenen Arbeitsbereichs'] : [])];
	const e = a.einstellungen;
	const vorgabe = unterDerVorgabe(e, standard, ausStandard);
	if (vorgabe) throw new Ladefehler([fehler('Einstellungen', vorgabe, { feld: 'schwelle' })]);
	const herabgesetzt = herabgesetztHinweis(e, standard);
	const eingabe: DatensatzManifestEingabe = {
		id: 'eigene-daten',
		titel: e.titel || 'Eigene Daten',
		stadt: e.stadt || (eigen ? 'Eigene Stadt' : standard.stadt),
		beispieldaten: demo,
		hinweis: demo ? `Beispieldaten: ${ausStandard.map((t) => TEIL_LABEL[t]).join(', ')}${ausStandard.includes('geometrie') ? ' (schematisch)' : ''}` : '',
		// The source line stands under every figure, table and download, so the lowered threshold does too.
		quelle: [eigeneDateien.length ? `${e.quelle || 'Eigene Daten'} (${eigeneDateien.join(', ')})` : '', ausStandard.length ? standard.quelle : '', herabgesetzt ?? ''].filter(Boolean).join('; '),
		stichtage,
		geheimhaltung: { schwelle: e.schwelle, mindestEinwohner: e.mindestEinwohner },
		veroeffentlicht: statistik.length || weiter ? [] : standard.veroeffentlicht,
		// Definitions and method notes belong to the statistics they describe.
		begriffe: statistik.length || weiter ? undefined : standard.begriffe,
		dateien: dateien as DatensatzManifestEingabe['dateien']
	};
	const geometrieQuelle = a.quellen.filter((q) => q.teil === 'geometrie').at(-1);
	return { manifest: pruefeManifest(eingabe, 'Arbeitsstand'), importiert, herkunft, geometrie: geometrieQuelle?.inhalt ?? null };
}
