/**
 * The atlas's areas at the level chosen: the districts as loaded, or the Stadtteile they lie in, with
 * the figures of each Stadtteil's districts summed (data/abfragen/stadtteile.ts) and its boundary
 * dissolved from theirs. Map, legend, table and profile read their areas from here, so a Stadtteil is
 * shown, chosen and linked as a district is. Create it during a component's initialisation.
 */
import type { Stadtbezirk } from '../../data/schema';
import type { Indikatortabelle } from '../../data/indikatortabelle';
import type { Bezirksgeometrie } from '../../data/laden/geometrie';
import { alsGebiete, stadtteilgruppen, stadtteiltabelle } from '../../data/abfragen/stadtteile';
import { BEZIRK, STADTTEIL } from '../../analysis/gebietswort';
import { Abfrage } from '../../ui/abfrage.svelte';
import type { Sitzung } from '../../ui/sitzung.svelte';
import { GEBIETSEBENE_LABEL, GEBIETSEBENEN, type Gebietsebene } from './ansicht';

export class Gebiete {
	// Assigned in the constructor; the derived values below read them only when first read themselves.
	private s!: Sitzung;
	private ebene!: () => Gebietsebene;
	private tabelle!: Abfrage<Indikatortabelle>;
	/** The Stadtteile's boundaries, dissolved once they are asked for (the polygon clipping is not in the first paint's code). */
	private aufgeloest = $state.raw<Bezirksgeometrie | null>(null);

	constructor(s: Sitzung, ebene: () => Gebietsebene) {
		this.s = s;
		this.ebene = ebene;
		this.tabelle = new Abfrage(s, () => {
			// Kept beside the districts' table (build, take-over): nothing to ask.
			const gruppen = this.stadtteile && !s.stadtteiltabelle ? this.gruppen : [];
			const mindest = s.manifest?.geheimhaltung.mindestEinwohner ?? 0;
			return gruppen.length ? (k) => stadtteiltabelle(k, gruppen, mindest) : null;
		});
		$effect(() => {
			const [grenzen, gruppen] = [s.geometrie, this.stadtteile ? this.gruppen : []];
			this.aufgeloest = null;
			if (!grenzen || !gruppen.length) return;
			let aktuell = true;
			void import('../../analysis/aufloesung').then(({ loeseAuf }) => {
				if (aktuell) this.aufgeloest = loeseAuf(grenzen, gruppen);
			});
			return () => {
				aktuell = false;
			};
		});
	}

	gruppen = $derived(stadtteilgruppen(this.s.stadtbezirke));
	/** Whether the districts lie in Stadtteile the atlas can switch to. */
	moeglich = $derived(this.gruppen.length > 0);
	/** Whether the Stadtteile are shown. */
	stadtteile = $derived(this.ebene() === 'stadtteil' && this.moeglich);
	wort = $derived(this.stadtteile ? STADTTEIL : BEZIRK);
	stadtbezirke: readonly Stadtbezirk[] = $derived(this.stadtteile ? alsGebiete(this.gruppen) : this.s.stadtbezirke);
	geometrie: Bezirksgeometrie | null = $derived(this.stadtteile ? this.aufgeloest : this.s.geometrie);
	indikatortabelle: Indikatortabelle | null = $derived(this.stadtteile ? (this.s.stadtteiltabelle ?? this.tabelle.wert ?? null) : this.s.indikatortabelle);
	bezirkName: ReadonlyMap<string, string> = $derived(this.stadtteile ? new Map(this.stadtbezirke.map((b) => [b.code, b.name])) : this.s.bezirkName);
	/** Areas of the table the boundaries do not draw, by number and name. */
	ohneFlaeche = $derived.by(() => {
		if (!this.geometrie) return [];
		const gezeichnet = new Set(this.geometrie.features.map((f) => f.properties.code));
		return this.stadtbezirke.filter((b) => !gezeichnet.has(b.code)).map((b) => `${b.code} ${b.name}`);
	});
	/** The choice, with the number of areas of each level. */
	auswahl = $derived(this.moeglich ? GEBIETSEBENEN.map((e) => ({ ebene: e, label: `${GEBIETSEBENE_LABEL[e]} (${e === 'bezirk' ? this.s.stadtbezirke.length : this.gruppen.length})` })) : []);
}
