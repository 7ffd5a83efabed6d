/**
 * Indicators of groups of districts (a Stadtteil, or a named group such as 40 + 41 + 43), computed by the
 * data layer with the rules every district's value obeys: the counts are summed first and the catalogue's
 * ratio taken of the sums (never the districts' shares averaged); a sum that includes a withheld count is
 * withheld; a share of a group below the data set's minimum population is withheld; the number of nations
 * counts only citizenships shown in one of its districts, so a group cannot name a withheld one by difference.
 */
import type { Koordinator } from './koordinator';
import { indikatorLangSql } from '../ableitung/kennzahlen.sql';
import { summeGesperrtSql } from '../ableitung/geheimhaltung.sql';
import { ZAEHLGROESSEN } from '../indikatoren';
import { GESAMTSTADT } from '../schema';

export interface Bezirksgruppe {
	/** "40+41+43" or "41". */
	id: string;
	codes: string[];
	name: string;
}

/** One indicator of one group at one Stichtag; `sperre` says why `wert` is withheld ("wert", "bezirk"). */
export interface Gruppenwert {
	gruppe: string;
	stichtag: string;
	indikator: string;
	wert: number | null;
	sperre: string | null;
}

const SUMMIERT = ZAEHLGROESSEN.filter((g) => g !== 'staatsangehoerigkeiten');

function gruppenSql(paare: number): string {
	return `
	WITH g(gruppe, code) AS (VALUES ${Array.from({ length: paare }, () => '(?, ?)').join(', ')}),
	summe AS (
		SELECT g.gruppe AS code, b.stichtag,
			${SUMMIERT.map((s) => `${summeGesperrtSql(`b.${s}`, `b.${s} IS NULL`)} AS ${s}`).join(',\n\t\t\t')},
			list_distinct(flatten(list(b.gesperrt))) AS gesperrt
		FROM bezirk_kennzahl b JOIN g USING (code) GROUP BY ALL
	),
	staaten AS (
		SELECT g.gruppe AS code, k.stichtag, count(DISTINCT k.staatsangehoerigkeit) FILTER (WHERE NOT k.gesperrt AND k.anzahl > 0) AS gezeigt
		FROM (SELECT code, stichtag, staatsangehoerigkeit, gesperrt, anzahl FROM kennzahl_staat
			UNION ALL SELECT code, stichtag, staatsangehoerigkeit, gesperrt, anzahl FROM kennzahl_nation) k JOIN g USING (code) GROUP BY ALL
	),
	quelle AS (
		SELECT summe.*, CASE WHEN len(gruppe.codes) = 1 THEN b.staatsangehoerigkeiten ELSE staaten.gezeigt END AS staatsangehoerigkeiten
		FROM summe
		JOIN (SELECT gruppe, list(code) AS codes FROM g GROUP BY gruppe) gruppe ON gruppe.gruppe = summe.code
		LEFT JOIN staaten USING (code, stichtag)
		LEFT JOIN bezirk_kennzahl b ON b.code = gruppe.codes[1] AND b.stichtag = summe.stichtag
	)`;
}

/** Every indicator of every group (and, as GESAMTSTADT, the city) at every Stichtag. */
export async function gruppenwerte(k: Koordinator, gruppen: readonly Bezirksgruppe[], mindestEinwohner: number): Promise<Gruppenwert[]> {
	const alle = [...gruppen, { id: GESAMTSTADT, codes: [GESAMTSTADT], name: '' }];
	const paare = alle.flatMap((g) => [...new Set(g.codes)].map((c) => [g.id, c]));
	const zeilen = await k.frage<Omit<Gruppenwert, 'gruppe'> & { code: string }>(
		`${gruppenSql(paare.length)}
		SELECT code, stichtag, indikator, wert, sperre FROM (${indikatorLangSql('quelle', mindestEinwohner)}) ORDER BY stichtag, code, indikator`,
		paare.flat()
	);
	return zeilen.map(({ code, ...z }) => ({ gruppe: code, ...z }));
}

/** The values of one Stichtag as group → indicator → value. */
export function jeGruppe(werte: readonly Gruppenwert[], stichtag: string): Map<string, Map<string, Gruppenwert>> {
	const je = new Map<string, Map<string, Gruppenwert>>();
	for (const w of werte) {
		if (w.stichtag !== stichtag) continue;
		const g = je.get(w.gruppe) ?? new Map<string, Gruppenwert>();
		g.set(w.indikator, w);
		je.set(w.gruppe, g);
	}
	return je;
}
