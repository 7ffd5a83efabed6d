/**
 * The linked tables as one system of equations in memory: cells 0…n−1 with their true values and whether
 * they are withheld; lines, each a set of cells of which one (faktor −1) is the sum of the others (+1).
 * Secondary suppression runs here, on typed arrays, because it visits each line only when one of its
 * cells changes: a line with exactly one withheld member would give it away by subtraction, so its
 * smallest other member (non-zero first, then the lower index) is withheld too, until no such line is left.
 * A fixed cell (the city's counts, which the atlas publishes exactly) is withheld only where nothing else is left.
 */
export interface Schutzsystem {
	wert: Float64Array;
	gesperrt: Uint8Array;
	/** Cells to keep shown: the last choice of secondary suppression, never an extension's. */
	fest: Uint8Array;
	/** Line l holds glied[start[l]] … glied[start[l + 1] − 1], with faktor at the same positions. */
	start: Int32Array;
	glied: Int32Array;
	faktor: Int8Array;
}

/** The system from its lines' members sorted by line (`linie` 0…m−1 ascending, as SCHUTZ_LINIEN_LESEN_SQL gives them). */
export function systemAusGliedern(
	wert: ArrayLike<number>,
	gesperrt: ArrayLike<boolean | number>,
	linie: ArrayLike<number>,
	glied: ArrayLike<number>,
	faktor: ArrayLike<number>,
	fest: ArrayLike<boolean | number> = new Uint8Array(wert.length)
): Schutzsystem {
	const m = linie.length ? linie[linie.length - 1] + 1 : 0;
	const start = new Int32Array(m + 1);
	for (let k = 0; k < linie.length; k++) start[linie[k] + 1]++;
	for (let l = 0; l < m; l++) start[l + 1] += start[l];
	const bits = (a: ArrayLike<boolean | number>) => Uint8Array.from(a, (g) => (g ? 1 : 0));
	return { wert: Float64Array.from(wert), gesperrt: bits(gesperrt), fest: bits(fest), start, glied: Int32Array.from(glied), faktor: Int8Array.from(faktor) };
}

export function system(wert: ArrayLike<number>, gesperrt: ArrayLike<boolean | number>, linien: readonly { glieder: readonly number[]; faktoren: readonly number[] }[], fest?: ArrayLike<boolean | number>): Schutzsystem {
	const nr = linien.flatMap((l, i) => l.glieder.map(() => i));
	return systemAusGliedern(wert, gesperrt, nr, linien.flatMap((l) => l.glieder), linien.flatMap((l) => l.faktoren), fest);
}

export const anzahlLinien = (s: Schutzsystem) => s.start.length - 1;

/** For each cell, the lines it lies in (CSR). */
export function linienJeZelle(s: Schutzsystem): { start: Int32Array; linie: Int32Array } {
	const n = s.wert.length;
	const start = new Int32Array(n + 1);
	for (const z of s.glied) start[z + 1]++;
	for (let i = 0; i < n; i++) start[i + 1] += start[i];
	const fuell = start.slice(0, n);
	const linie = new Int32Array(s.glied.length);
	for (let l = 0; l < anzahlLinien(s); l++) for (let k = s.start[l]; k < s.start[l + 1]; k++) linie[fuell[s.glied[k]]++] = l;
	return { start, linie };
}

/** Whether cell a is the better one to withhold than b (−1: none yet): not fixed, non-zero first, then smaller, then lower index. */
function besser(s: Schutzsystem, a: number, b: number): boolean {
	if (b < 0) return true;
	if (s.fest[a] !== s.fest[b]) return !s.fest[a];
	const [x, y] = [s.wert[a], s.wert[b]];
	return x > 0 !== y > 0 ? x > 0 : x < y || (x === y && a < b);
}

/** The shown member of line l to withhold beside its withheld ones, or −1 if none is shown. */
function kleinstesGezeigtes(s: Schutzsystem, l: number): number {
	let beste = -1;
	for (let k = s.start[l]; k < s.start[l + 1]; k++) {
		const z = s.glied[k];
		if (!s.gesperrt[z] && besser(s, z, beste)) beste = z;
	}
	return beste;
}

/** Secondary suppression to the fixed point; returns the cells it withheld. */
export function sekundaer(s: Schutzsystem, jeZelle = linienJeZelle(s)): number[] {
	const zahl = new Int32Array(anzahlLinien(s));
	for (let l = 0; l < zahl.length; l++) for (let k = s.start[l]; k < s.start[l + 1]; k++) zahl[l] += s.gesperrt[s.glied[k]];
	const offen: number[] = [];
	for (let l = 0; l < zahl.length; l++) if (zahl[l] === 1) offen.push(l);
	const neu: number[] = [];
	const sperre = (z: number) => {
		s.gesperrt[z] = 1;
		neu.push(z);
		for (let k = jeZelle.start[z]; k < jeZelle.start[z + 1]; k++) if (++zahl[jeZelle.linie[k]] === 1) offen.push(jeZelle.linie[k]);
	};
	while (offen.length) {
		const l = offen.pop()!;
		if (zahl[l] !== 1) continue;
		const z = kleinstesGezeigtes(s, l);
		if (z >= 0) sperre(z);
	}
	return neu;
}

/**
 * For each cell too narrow, given by its levers (the shown cells whose withholding loosens the bound the
 * audit found, pruefung.ts `hebel`), withholds the best lever — none if one of them was withheld meanwhile,
 * for that one loosens it already; never a fixed cell. Returns those withheld.
 */
export function erweitere(s: Schutzsystem, hebel: readonly (readonly number[])[]): number[] {
	const neu: number[] = [];
	for (const h of hebel) {
		if (h.some((z) => s.gesperrt[z])) continue;
		let beste = -1;
		for (const z of h) if (!s.fest[z] && besser(s, z, beste)) beste = z;
		if (beste >= 0) {
			s.gesperrt[beste] = 1;
			neu.push(beste);
		}
	}
	return neu;
}
