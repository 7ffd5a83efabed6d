/**
 * The lines of the atlas map's tooltip for what the pointer is over: a cluster, a mark or an offer; or a
 * district with the value the map shows (the indicator, its change, or need and coverage), withheld
 * values named as such rather than shown.
 */
import type { Choropleth } from '../analysis/choropleth';
import type { Handlungsbedarf } from '../analysis/handlungsbedarf';
import { formatIndex, formatProzent, formatVeraenderung, formatWert } from '../analysis/format';
import type { KartenAngebot, Marke } from './angebotsebenen';
import type { Ziel } from './karte';

export interface Tooltipquelle {
	bezirkName: ReadonlyMap<string, string>;
	/** The map's content: the indicator's classes, or need against coverage. */
	karte: 'indikator' | 'bivariat';
	choropleth: Choropleth | null;
	bivariat: { zeilen: readonly Pick<Handlungsbedarf, 'code' | 'bedarf' | 'anteil'>[] } | null;
	/** The target group's short name ("Neuzugewanderte"). */
	gruppe: string;
}

export function tooltipZeilen(ziel: Ziel, q: Tooltipquelle): string[] | null {
	if (ziel.art === 'objekt') {
		const o = ziel.objekt as Partial<KartenAngebot & Marke & { cluster: boolean; anzahl: number }>;
		if (o.cluster) return [`${o.anzahl} Angebote`, 'Hineinzoomen zeigt sie einzeln'];
		if (o.text) return [o.text];
		return o.name ? [o.name, (o.typen ?? []).join(', '), ...(o.beispiel ? ['Beispielangebot (erfunden)'] : [])] : null;
	}
	const name = `${ziel.code} ${q.bezirkName.get(ziel.code) ?? ''}`;
	if (q.karte === 'bivariat') {
		const z = q.bivariat?.zeilen.find((x) => x.code === ziel.code);
		return [name, z ? `Bedarfsindex ${formatIndex(z.bedarf)}` : 'keine Angabe', ...(z ? [`${formatProzent(z.anteil)} der ${q.gruppe} erreicht`] : [])];
	}
	const c = q.choropleth;
	if (!c) return [name];
	const v = c.wertJeBezirk.get(ziel.code);
	const g = c.gesperrt.has(ziel.code);
	return [name, c.thema.basis ? formatVeraenderung(v, c.thema.indikator.einheit, false, g) : formatWert(v, c.thema.indikator.einheit, g), ...(g ? ['geheim gehalten (kleine Zahl)'] : [])];
}
