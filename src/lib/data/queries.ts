/**
 * The atlas's query coordinator (after Mosaic's Coordinator): it owns the database, knows every query
 * a view may ask, and caches answers until the data change. Views ask for domain objects, never SQL.
 */
import type { Database } from './database';
import { GESAMTSTADT, type Stadtbezirk } from './schema';

export interface IndikatorWert {
	code: string;
	wert: number | null;
	veraenderung: number | null;
}

export interface IndikatorWertZeile extends IndikatorWert {
	indikator: string;
}

export interface ProfilZeile {
	indikator: string;
	wert: number | null;
	veraenderung: number | null;
	stadtwert: number | null;
	stadtveraenderung: number | null;
	/** Rank among the districts, 1 = highest value. */
	rang: number;
	anzahl: number;
}

export interface StaatAnteil {
	iso: string;
	name: string;
	anzahl: number;
	/** Per cent of the group counted (Ausländer*innen, or people with Fluchthintergrund). */
	anteil: number;
}

const SQL = {
	stichtage: `SELECT DISTINCT stichtag FROM bezirk_kennzahl ORDER BY stichtag`,
	stadtbezirke: `SELECT code, name, stadtteil, flaeche_km2 FROM stadtbezirk ORDER BY code`,
	werte: `SELECT indikator, code, wert, veraenderung FROM indikator_wert WHERE stichtag = ? ORDER BY indikator, code`,
	profil: `
		WITH bezirke AS (
			SELECT indikator, code, wert, veraenderung,
				rank() OVER (PARTITION BY indikator ORDER BY wert DESC NULLS LAST) AS rang,
				count(*) OVER (PARTITION BY indikator) AS anzahl
			FROM indikator_wert WHERE stichtag = ? AND code <> '${GESAMTSTADT}'
		), stadt AS (
			SELECT indikator, wert AS stadtwert, veraenderung AS stadtveraenderung
			FROM indikator_wert WHERE stichtag = ? AND code = '${GESAMTSTADT}'
		)
		SELECT b.indikator, b.wert, b.veraenderung, s.stadtwert, s.stadtveraenderung, b.rang, b.anzahl
		FROM bezirke b JOIN stadt s USING (indikator) WHERE b.code = ?`,
	staatsangehoerigkeiten: `
		SELECT b.staatsangehoerigkeit AS iso, coalesce(s.name, b.staatsangehoerigkeit) AS name, sum(b.anzahl) AS anzahl,
			100.0 * sum(b.anzahl) / sum(sum(b.anzahl)) OVER () AS anteil
		FROM bevoelkerung b LEFT JOIN staat s ON s.iso = b.staatsangehoerigkeit
		WHERE CAST(b.stichtag AS VARCHAR) = ? AND b.status = 'auslaender' AND (b.fluchthintergrund OR NOT ?)
		GROUP BY ALL ORDER BY anzahl DESC, iso LIMIT ?`
} as const;

export class AtlasQueries {
	#cache = new Map<string, Promise<unknown>>();

	constructor(readonly db: Database) {}

	/** Forget every answer: the data changed. */
	invalidate(): void {
		this.#cache.clear();
	}

	#ask<T>(sql: string, params: unknown[] = []): Promise<T[]> {
		const key = JSON.stringify([sql, params]);
		let answer = this.#cache.get(key) as Promise<T[]> | undefined;
		if (!answer) {
			answer = this.db.query<T>(sql, params);
			answer.catch(() => this.#cache.delete(key));
			this.#cache.set(key, answer);
		}
		return answer;
	}

	async stichtage(): Promise<string[]> {
		return (await this.#ask<{ stichtag: string }>(SQL.stichtage)).map((r) => r.stichtag);
	}

	stadtbezirke(): Promise<Stadtbezirk[]> {
		return this.#ask<Stadtbezirk>(SQL.stadtbezirke);
	}

	/**
	 * The indicator for every Stadtbezirk and, under GESAMTSTADT, the city. All indicators of a Stichtag
	 * come in one answer (under a thousand rows), so switching the indicator needs no further query.
	 */
	async indikatorWerte(stichtag: string, indikator: string): Promise<IndikatorWert[]> {
		return werteVon(await this.alleIndikatorWerte(stichtag), indikator);
	}

	alleIndikatorWerte(stichtag: string): Promise<IndikatorWertZeile[]> {
		return this.#ask<IndikatorWertZeile>(SQL.werte, [stichtag]);
	}

	bezirksprofil(stichtag: string, code: string): Promise<ProfilZeile[]> {
		return this.#ask<ProfilZeile>(SQL.profil, [stichtag, stichtag, code]);
	}

	/** The most frequent foreign citizenships; with `nurFlucht`, among people with Fluchthintergrund. */
	staatsangehoerigkeiten(stichtag: string, anzahl: number, nurFlucht = false): Promise<StaatAnteil[]> {
		return this.#ask<StaatAnteil>(SQL.staatsangehoerigkeiten, [stichtag, nurFlucht, anzahl]);
	}

}

/** One indicator's values out of all indicators of a Stichtag. */
export function werteVon(alle: readonly IndikatorWertZeile[], indikator: string): IndikatorWert[] {
	return alle.filter((w) => w.indikator === indikator).map(({ code, wert, veraenderung }) => ({ code, wert, veraenderung }));
}
