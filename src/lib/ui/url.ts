/**
 * Reading a view from URL parameters, as a link a colleague pasted: only the view's own keys are read
 * (never inherited object keys such as `toString` or `__proto__`), every value is checked against
 * what it may be, and what had to be replaced is recorded so the page can say so.
 */

export interface Ersetzung {
	/** The parameter's meaning in German ("Indikator"). */
	was: string;
	wert: string;
	/** What is shown instead, in German. */
	stattdessen: string;
}

export class UrlLeser {
	readonly ersetzt: Ersetzung[] = [];
	constructor(readonly params: URLSearchParams) {}

	#roh(schluessel: string): string | null {
		return this.params.get(schluessel);
	}

	/** A value from a fixed list (compared as an own, exact entry). */
	wahl<T extends string>(schluessel: string, erlaubt: readonly T[], standard: T, was: string, label: (t: T) => string = String): T {
		const roh = this.#roh(schluessel);
		if (roh === null) return standard;
		const treffer = erlaubt.find((e) => e === roh);
		if (treffer !== undefined) return treffer;
		this.ersetzt.push({ was, wert: roh, stattdessen: label(standard) });
		return standard;
	}

	ganzzahl(schluessel: string, min: number, max: number, standard: number, was: string): number {
		const roh = this.#roh(schluessel);
		if (roh === null) return standard;
		const n = Number(roh);
		if (/^\d+$/.test(roh) && n >= min && n <= max) return n;
		this.ersetzt.push({ was, wert: roh, stattdessen: String(standard) });
		return standard;
	}

	/** A calendar day as ISO date ("2020-12-31"); whether the data have it is checked later. */
	datum(schluessel: string, was: string, stattdessen: string): string | null {
		const t = this.muster(schluessel, /^\d{4}-\d{2}-\d{2}$/, was, stattdessen);
		if (t === null || !Number.isNaN(Date.parse(t))) return t;
		this.ersetzt.push({ was, wert: t, stattdessen });
		return null;
	}

	/** A switch: the key alone (`?drucken`) turns it on; a value would be a link that means something else. */
	schalter(schluessel: string, was: string, stattdessen: string): boolean {
		const roh = this.#roh(schluessel);
		if (roh === null) return false;
		if (roh === '') return true;
		this.ersetzt.push({ was, wert: roh, stattdessen });
		return false;
	}

	/** A value of a given form whose existence only the loaded data can confirm (checked later). */
	muster(schluessel: string, muster: RegExp, was: string, stattdessen: string): string | null {
		const roh = this.#roh(schluessel);
		if (roh === null) return null;
		if (muster.test(roh)) return roh;
		this.ersetzt.push({ was, wert: roh, stattdessen });
		return null;
	}
}

/** Only the view's own keys survive: anything else a link carries is dropped when the URL is rewritten. */
export function alsParameter(eintraege: readonly [string, string | number | null][]): URLSearchParams {
	const params = new URLSearchParams();
	for (const [k, v] of eintraege) if (v !== null) params.set(k, String(v));
	return params;
}

/**
 * A page's part of the URL: each key with its meaning (the registry checks that a key means one thing
 * on every page), how a link is read (every value checked here, once) and how the view is printed.
 */
export interface UrlSeite<T> {
	pfad: string;
	schluessel: Readonly<Record<string, string>>;
	/** Keys earlier links used, read as today's (old → new). */
	frueher?: Readonly<Record<string, string>>;
	lese(u: UrlLeser): T;
	schreibe(wert: T): readonly [string, string | number | null][];
}

export function liesSeite<T>(seite: UrlSeite<T>, params: URLSearchParams): { wert: T; ersetzt: Ersetzung[] } {
	const heute = new URLSearchParams(params);
	for (const [alt, neu] of Object.entries(seite.frueher ?? {})) {
		const wert = params.get(alt);
		if (wert !== null && !heute.has(neu)) heute.set(neu, wert);
	}
	const u = new UrlLeser(heute);
	return { wert: seite.lese(u), ersetzt: u.ersetzt };
}

export function schreibeSeite<T>(seite: UrlSeite<T>, wert: T): URLSearchParams {
	return alsParameter(seite.schreibe(wert));
}
