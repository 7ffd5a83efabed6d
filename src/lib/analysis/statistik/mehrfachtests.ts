/**
 * Corrections for testing every district at once: 47 local tests at 5 % find about two "clusters" by
 * chance alone. Bonferroni controls the chance of any false finding; Benjamini–Hochberg (FDR) the
 * expected share of false findings among those reported, and keeps more power.
 */
export type Korrektur = 'fdr' | 'bonferroni' | 'keine';

export const KORREKTUR_LABEL: Record<Korrektur, string> = {
	fdr: 'Falscherkennungsrate (Benjamini–Hochberg)',
	bonferroni: 'Bonferroni',
	keine: 'keine Korrektur'
};

/** Adjusted p-values in input order (null stays null and does not count as a test). */
export function korrigiere(p: readonly (number | null)[], art: Korrektur): (number | null)[] {
	const idx = p.flatMap((v, i) => (v === null ? [] : [i]));
	const m = idx.length;
	const aus: (number | null)[] = p.map(() => null);
	if (art === 'keine') return [...p];
	if (art === 'bonferroni') {
		for (const i of idx) aus[i] = Math.min(1, p[i]! * m);
		return aus;
	}
	const sortiert = [...idx].sort((a, b) => p[a]! - p[b]!);
	let kleinste = 1;
	for (let r = m - 1; r >= 0; r--) {
		const i = sortiert[r];
		kleinste = Math.min(kleinste, (p[i]! * m) / (r + 1));
		aus[i] = kleinste;
	}
	return aus;
}
