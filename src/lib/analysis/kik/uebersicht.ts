/**
 * The measures of each Handlungsfeld by status, as the Statusbericht's summary counts them: every
 * measure of the concept once, by its state at the chosen date ("nicht erfasst" without a record),
 * with the mean Umsetzungsgrad over the measures that have one.
 */
import { HANDLUNGSFELD_CODES, type Handlungsfeld } from '../../data/schema';
import { MASSNAHMENSTATUS, NICHT_ERFASST, statusVon, type Massnahmenstand, type Statusangabe } from '../../data/kik/stand';

export const STATUSANGABEN: readonly Statusangabe[] = [...MASSNAHMENSTATUS, NICHT_ERFASST];

export interface Statuszeile {
	handlungsfeld: Handlungsfeld;
	anzahl: Record<Statusangabe, number>;
	gesamt: number;
	/** Mean Umsetzungsgrad (%) of the measures with one; null without any. */
	mittlererGrad: number | null;
	mitGrad: number;
}

export function statusJeHandlungsfeld(massnahmen: readonly { id: string; handlungsfeld: string }[], stand: ReadonlyMap<string, Massnahmenstand>): Statuszeile[] {
	return HANDLUNGSFELD_CODES.map((hf) => {
		const eigene = massnahmen.filter((m) => m.handlungsfeld === hf);
		const anzahl = Object.fromEntries(STATUSANGABEN.map((s) => [s, 0])) as Record<Statusangabe, number>;
		const grade: number[] = [];
		for (const m of eigene) {
			anzahl[statusVon(stand, m.id)]++;
			const g = stand.get(m.id)?.umsetzungsgrad;
			if (g !== null && g !== undefined) grade.push(g);
		}
		return { handlungsfeld: hf, anzahl, gesamt: eigene.length, mittlererGrad: grade.length ? grade.reduce((a, b) => a + b, 0) / grade.length : null, mitGrad: grade.length };
	});
}

/** The city as one row: the sum over the Handlungsfelder. */
export function summeUeber(zeilen: readonly Statuszeile[]): Omit<Statuszeile, 'handlungsfeld'> {
	const anzahl = Object.fromEntries(STATUSANGABEN.map((s) => [s, zeilen.reduce((a, z) => a + z.anzahl[s], 0)])) as Record<Statusangabe, number>;
	const mitGrad = zeilen.reduce((a, z) => a + z.mitGrad, 0);
	const summe = zeilen.reduce((a, z) => a + (z.mittlererGrad ?? 0) * z.mitGrad, 0);
	return { anzahl, gesamt: zeilen.reduce((a, z) => a + z.gesamt, 0), mittlererGrad: mitGrad ? summe / mitGrad : null, mitGrad };
}
