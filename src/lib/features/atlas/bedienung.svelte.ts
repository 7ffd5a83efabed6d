/**
 * How the atlas answers a choice: a district or an offer picked on the map, in a table or a list opens
 * its details (and, when chosen with the keyboard, moves focus there); closing returns focus to where the
 * choice was made; Escape ends placing a scenario offer first, then closes. Placing is page state, not
 * part of the link: a reloaded link does not resume a click half made.
 */
import { tick } from 'svelte';
import type { KartenAngebot } from '../../map/angebotsebenen';
import type { Ziel } from '../../map/karte';
import type { AtlasZustand } from './atlasZustand.svelte';

export class AtlasBedienung {
	/** The next click on the map sets a scenario offer. */
	platzieren = $state(false);
	/** Where focus returns when the profile or the offer's details close. */
	private zurueck: HTMLElement | null = null;

	constructor(private readonly a: AtlasZustand) {}

	private async fokussiere(id: string, fokus: boolean) {
		if (!fokus) return;
		await tick();
		const titel = document.getElementById(id);
		titel?.scrollIntoView({ block: 'nearest' });
		titel?.focus();
	}

	waehle(code: string | null, fokus: boolean): void {
		if (code && fokus) this.zurueck = document.activeElement as HTMLElement | null;
		this.a.aendere({ bezirk: code });
		this.a.aendereAngebote({ auswahl: null });
		if (code) void this.fokussiere('profil-titel', fokus);
	}

	waehleAngebot(id: string, fokus: boolean): void {
		if (fokus) this.zurueck = document.activeElement as HTMLElement | null;
		this.a.aendereAngebote({ auswahl: id });
		void this.fokussiere('angebot-titel', fokus);
	}

	schliesse(): void {
		if (this.a.angebot) this.a.aendereAngebote({ auswahl: null });
		else this.a.aendere({ bezirk: null });
		this.zurueck?.focus();
		this.zurueck = null;
	}

	taste(e: KeyboardEvent): void {
		if (e.key !== 'Escape' || e.target instanceof HTMLSelectElement) return;
		if (this.platzieren) this.platzieren = false;
		else if (this.a.angebot || this.a.ausgewaehlt) this.schliesse();
	}

	/** A click on the map: a district or a single offer (a cluster of offers is no choice). */
	waehleZiel(ziel: Ziel): void {
		if (ziel.art === 'bezirk') return this.waehle(ziel.code, false);
		const o = ziel.objekt as Partial<KartenAngebot & { cluster: boolean }>;
		if (o.id && !o.cluster) this.waehleAngebot(o.id, false);
	}

	/** Adds a scenario offer at the spot, snapped like the analysis counts it. */
	setze(pos: [number, number] | null): void {
		if (pos) this.a.aendereAngebote({ szenario: [...this.a.angebote.szenario, this.a.analyse.einrasten(pos)] });
	}

	verwirfSzenario(): void {
		this.a.aendereAngebote({ szenario: [], vorschlaege: 0 });
		this.platzieren = false;
	}
}
