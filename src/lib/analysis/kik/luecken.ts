/**
 * Where measures meet the Sozialraum: running measures per district, and the gaps ("Lücken") — a
 * district with high need and no running measure for a Zielgruppe. The rule (LUECKEN_REGEL): need is
 * high at a need index of at least HOHER_BEDARF (standard deviations above the mean district); a
 * measure counts for a district when it is running or permanently established (WIRKSAM) and names the
 * district — city-wide measures are reported beside the gap, not counted as presence in the district,
 * because the KIK asks for measures "im Sozialraum"; it counts for a Zielgruppe when it names that
 * group, "alle", or no group. A district without any running measure is one gap ("alle").
 */
import { ZIELGRUPPEN, type Zielgruppe } from '../../data/schema';
import { WIRKSAM, type Massnahmenstand } from '../../data/kik/stand';
import { formatDezimal } from '../format';
import { codefolge } from '../../data/codefolge';

export const HOHER_BEDARF = 0.5;

export const LUECKEN_REGEL = `Lücke: Bedarfsindex mindestens +${formatDezimal(HOHER_BEDARF)} (Standardabweichungen über dem mittleren Bezirk) und keine laufende oder dauerhaft etablierte Maßnahme, die den Bezirk nennt und sich an die Zielgruppe richtet (oder an alle). Stadtweite Maßnahmen werden daneben genannt, zählen aber nicht als Maßnahme im Sozialraum. Ein Bezirk ohne jede laufende Maßnahme ist eine Lücke für alle Zielgruppen („alle“).`;

const wirkt = (e: Massnahmenstand) => (WIRKSAM as readonly string[]).includes(e.status);
const fuerGruppe = (e: Massnahmenstand, g: Zielgruppe) => g === 'alle' || e.zielgruppen.length === 0 || e.zielgruppen.includes('alle') || e.zielgruppen.includes(g);

export interface Bezirksfilter {
	handlungsfeld?: string | null;
	zielgruppe?: Zielgruppe | null;
}

const handlungsfeldVon = (id: string) => id.split(' ')[0];

/** Running measures that name each district (filtered by Handlungsfeld and Zielgruppe). */
export function laufendeJeBezirk(stand: ReadonlyMap<string, Massnahmenstand>, codes: readonly string[], f: Bezirksfilter = {}): Map<string, Massnahmenstand[]> {
	const wirksam = [...stand.values()].filter(
		(e) => wirkt(e) && !e.stadtweit && (!f.handlungsfeld || handlungsfeldVon(e.massnahme) === f.handlungsfeld) && (!f.zielgruppe || fuerGruppe(e, f.zielgruppe))
	);
	return new Map(codes.map((c) => [c, wirksam.filter((e) => e.bezirke.includes(c))]));
}

export interface Luecke {
	code: string;
	zielgruppe: Zielgruppe;
	bedarfsindex: number;
	/** People of the group in the district, if known. */
	personen: number | null;
	/** Running measures naming the district (for any group). */
	laufendImBezirk: number;
	/** Running city-wide measures for the group. */
	stadtweit: number;
}

export function luecken(
	bedarf: ReadonlyMap<string, number | null>,
	stand: ReadonlyMap<string, Massnahmenstand>,
	personen: (code: string, g: Zielgruppe) => number | null = () => null,
	gruppen: readonly Zielgruppe[] = ZIELGRUPPEN
): Luecke[] {
	const wirksam = [...stand.values()].filter(wirkt);
	const ergebnis: Luecke[] = [];
	for (const [code, index] of bedarf) {
		if (index === null || index < HOHER_BEDARF) continue;
		const imBezirk = wirksam.filter((e) => !e.stadtweit && e.bezirke.includes(code));
		// Without any running measure the district is one gap for everyone, not one per group.
		const offen = gruppen.includes('alle') && imBezirk.length === 0 ? (['alle'] as const) : gruppen;
		for (const g of offen) {
			if (imBezirk.some((e) => fuerGruppe(e, g))) continue;
			ergebnis.push({ code, zielgruppe: g, bedarfsindex: index, personen: personen(code, g), laufendImBezirk: imBezirk.length, stadtweit: wirksam.filter((e) => e.stadtweit && fuerGruppe(e, g)).length });
		}
	}
	return ergebnis.sort((a, b) => b.bedarfsindex - a.bedarfsindex || codefolge(a.code, b.code) || ZIELGRUPPEN.indexOf(a.zielgruppe) - ZIELGRUPPEN.indexOf(b.zielgruppe));
}
