/**
 * The comparison's selection in the URL: up to four entries, each a district or a group of districts
 * with an optional name ("40+41+43~Thingers,54,61"). Codes are checked against the loaded districts.
 */
import { CODE_MUSTER } from '../../data/schema';
import type { Bezirksgruppe } from '../../analysis/gruppen';

export const MAX_AUSWAHL = 4;
const CODE = new RegExp(CODE_MUSTER);

export function leseAuswahl(roh: string | null, namen: ReadonlyMap<string, string>): { gruppen: Bezirksgruppe[]; verworfen: string[] } {
	const gruppen: Bezirksgruppe[] = [];
	const verworfen: string[] = [];
	for (const teil of (roh ?? '').split(',').filter(Boolean)) {
		const [codesText, name] = teil.split('~');
		const codes = codesText.split('+');
		if (gruppen.length >= MAX_AUSWAHL || codes.length === 0 || !codes.every((c) => CODE.test(c) && namen.has(c))) {
			verworfen.push(teil);
			continue;
		}
		gruppen.push(gruppe(codes, name?.trim() || undefined, namen));
	}
	return { gruppen, verworfen };
}

export function gruppe(codes: readonly string[], name: string | undefined, namen: ReadonlyMap<string, string>): Bezirksgruppe {
	const eindeutig = [...new Set(codes)];
	return {
		id: eindeutig.join('+'),
		codes: eindeutig,
		name: name ?? (eindeutig.length === 1 ? `${eindeutig[0]} ${namen.get(eindeutig[0]) ?? ''}`.trim() : eindeutig.join(' + '))
	};
}

export function schreibeAuswahl(gruppen: readonly Bezirksgruppe[], namen: ReadonlyMap<string, string>): string {
	return gruppen.map((g) => (g.name === gruppe(g.codes, undefined, namen).name ? g.id : `${g.id}~${g.name.replace(/[,~]/g, ' ')}`)).join(',');
}
