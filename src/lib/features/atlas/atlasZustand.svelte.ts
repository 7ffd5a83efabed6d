/**
 * The atlas page's view state (mirrored in the URL) and what follows from it: the indicator shown
 * (from the catalogue or computed from offers), its values, the map's colours, the profile, the
 * selected offer. The data come from the session; offers and coverage from the feature's analysis.
 * Only the methods change the view; everything else is derived.
 */
import { untrack } from 'svelte';
import { indikator as findIndikator, type IndikatorBeschreibung } from '../../data/indikatoren';
import { choropleth, mitZufallsschwankung, themaUntertitel, type Kartenthema } from '../../analysis/choropleth';
import { vorherigerStichtag } from '../../analysis/indikatorwerte';
import { anteilsdetails, geglaetteteWerte, queenNachbarn, zufallsschwankung } from '../../analysis/statistik/atlaswerte';
import { GLAETTUNG_LABEL } from '../../analysis/statistik/anteilsstatistik';
import { profilintervalle } from '../../analysis/statistik/profilintervalle';
import { istAnteil } from '../../analysis/statistik/zaehlungen';
import { bezirksprofil, profilZeile } from '../../analysis/profil';
import { bivariatFarbe } from '../../analysis/handlungsbedarf';
import { KEINE_ANGABE } from '../../analysis/farben';
import { gruppe as gruppeMit } from '../../analysis/zielgruppen';
import type { Sitzung } from '../../ui/sitzung.svelte';
import type { Urlzustand } from '../../ui/urlzustand.svelte';
import { Angebotsanalyse } from '../angebote/analyse.svelte';
import { STANDARD_ANGEBOTE, type AngebotsAnsicht } from '../angebote/ansicht';
import { BERECHNETE, istBerechnet } from '../angebote/berechnet';
import { aufEbene, passeAn, STANDARD_ANSICHT, type AtlasAnsicht, type AtlasLink } from './ansicht';
import { Gebiete } from './gebietsebene.svelte';

export class AtlasZustand {
	ansicht: AtlasAnsicht = $state(STANDARD_ANSICHT);
	angebote: AngebotsAnsicht = $state(STANDARD_ANGEBOTE);
	// Assigned in the constructor; the derived values below read them only when first read themselves.
	private s!: Sitzung;
	analyse!: Angebotsanalyse;
	/** The areas shown: the districts, or the Stadtteile they lie in. */
	gebiete!: Gebiete;
	private url!: Urlzustand<AtlasLink>;

	constructor(s: Sitzung, url: Urlzustand<AtlasLink>) {
		this.s = s;
		this.url = url;
		this.ansicht = url.gelesen.atlas;
		this.angebote = url.gelesen.angebote;
		this.gebiete = new Gebiete(s, () => this.ansicht.ebene);
		this.analyse = new Angebotsanalyse(s, () => ({ ansicht: this.angebote, stichtag: this.stichtag, glaettung: this.ansicht.glaettung }));
		// What only the data can confirm (Stichtag, district) is checked once they are there.
		$effect(() => {
			const tabelle = this.gebiete.indikatortabelle;
			const codes = new Set(this.gebiete.stadtbezirke.map((b) => b.code));
			const stadtteile = this.gebiete.moeglich;
			if (!tabelle) return;
			untrack(() => {
				const angepasst = passeAn(this.ansicht, tabelle.stichtage, codes, stadtteile);
				if (JSON.stringify(angepasst.ansicht) !== JSON.stringify(this.ansicht)) this.ansicht = angepasst.ansicht;
				url.ergaenze(angepasst.ersetzt);
			});
		});
	}

	aendere(aenderung: Partial<AtlasAnsicht>): void {
		// Fixed bounds belong to one indicator and mode; another one starts from its own classes.
		const anderes = (aenderung.indikator && aenderung.indikator !== this.ansicht.indikator) || (aenderung.darstellung && aenderung.darstellung !== this.ansicht.darstellung);
		// A district chosen is none of the Stadtteile, and the other way round.
		const andereEbene = aenderung.ebene && aenderung.ebene !== this.ansicht.ebene ? { bezirk: null } : {};
		const { ansicht, ersetzt } = aufEbene({ ...this.ansicht, ...(anderes ? { grenzen: null } : {}), ...andereEbene, ...aenderung }, this.gebiete.moeglich);
		this.ansicht = ansicht;
		// What the Stadtteile cannot show is replaced, and said so, as a link's would be.
		if (ersetzt.length) this.url.ergaenze(ersetzt);
	}

	aendereAngebote(aenderung: Partial<AngebotsAnsicht>): void {
		this.angebote = { ...this.angebote, ...aenderung };
	}

	/** The view as the link holds it. */
	link(): AtlasLink {
		return { atlas: this.ansicht, angebote: this.angebote };
	}

	stichtage = $derived(this.gebiete.indikatortabelle?.stichtage ?? []);
	stichtag = $derived(this.ansicht.stichtag && this.stichtage.includes(this.ansicht.stichtag) ? this.ansicht.stichtag : null);
	/** The base of the table's change column: the map's base, or the previous Stichtag. */
	vergleich = $derived(
		this.stichtag ? (this.ansicht.darstellung === 'veraenderung' && this.ansicht.basis ? this.ansicht.basis : vorherigerStichtag(this.stichtage, this.stichtag)) : null
	);
	berechnet = $derived(istBerechnet(this.ansicht.indikator) ? this.ansicht.indikator : null);
	indikator: IndikatorBeschreibung = $derived(this.berechnet ? this.analyse.beschreibung(this.berechnet) : findIndikator(this.ansicht.indikator)!);
	/** The target group of offers and coverage, with its names. */
	gruppe = $derived(gruppeMit(this.angebote.gruppe));
	szenarioText = $derived(
		this.angebote.szenario.length ? `${this.angebote.szenario.length} hypothetische${this.angebote.szenario.length === 1 ? 's' : ''} Angebot${this.angebote.szenario.length === 1 ? '' : 'e'}` : ''
	);

	werte = $derived.by(() => {
		const t = this.gebiete.indikatortabelle;
		if (!this.stichtag || !t) return null;
		if (this.berechnet) return this.analyse.bereit(this.berechnet) ? this.analyse.werte(this.berechnet) : null;
		const nachbarn = this.ansicht.glaettung === 'eb_raeumlich' ? queenNachbarn(t, this.gebiete.geometrie) : [];
		return geglaetteteWerte(t, this.stichtag, this.indikator.id, this.ansicht.glaettung, nachbarn, this.vergleich);
	});
	/** Whether the values shown are smoothed shares (the choice applies to shares only). */
	geglaettet = $derived(!this.berechnet && this.ansicht.glaettung !== 'roh' && istAnteil(this.ansicht.indikator));
	/** Interval, rank span and change interval of each district's share (empty for other indicators). */
	details = $derived(this.gebiete.indikatortabelle && this.stichtag && !this.berechnet ? anteilsdetails(this.gebiete.indikatortabelle, this.stichtag, this.indikator.id, this.vergleich) : new Map());

	thema = $derived<Kartenthema | null>(
		this.stichtag
			? {
					indikator: this.indikator,
					stichtag: this.stichtag,
					basis: this.ansicht.darstellung === 'veraenderung' && !this.berechnet ? this.vergleich : null,
					...(this.gebiete.stadtteile ? { wort: this.gebiete.wort } : {}),
					zusatz: this.geglaettet
						? GLAETTUNG_LABEL[this.ansicht.glaettung]
						: this.berechnet && this.berechnet !== 'bedarfsindex' && this.szenarioText
							? `mit Szenario: ${this.szenarioText}`
							: undefined
				}
			: null
	);
	choropleth = $derived(
		this.thema && this.werte
			? mitZufallsschwankung(
					choropleth(this.thema, this.werte, { methode: this.ansicht.methode, klassen: this.ansicht.klassen, palette: this.ansicht.palette, grenzen: this.ansicht.grenzen }),
					zufallsschwankung(this.details)
				)
			: null
	);

	/** Need against coverage: the classes of the ranking (with the scenario when there is one). */
	bivariat = $derived.by(() => {
		const r = this.analyse.rangfolgeSzenario;
		if (this.ansicht.karte !== 'bivariat' || !r) return null;
		const farben = new Map(this.gebiete.stadtbezirke.map((b) => [b.code, KEINE_ANGABE]));
		for (const z of r.zeilen) farben.set(z.code, bivariatFarbe(z.klasse));
		return { ...r, farben, ohneWert: this.gebiete.stadtbezirke.length - r.zeilen.length };
	});

	farben = $derived(this.ansicht.karte === 'bivariat' ? (this.bivariat?.farben ?? null) : (this.choropleth?.farbeJeBezirk ?? null));
	titel = $derived(this.ansicht.karte === 'bivariat' ? 'Bedarf und Erreichbarkeit der Angebote' : this.indikator.label);
	untertitel = $derived.by(() => {
		if (!this.stichtag) return 'Werte werden berechnet …';
		if (this.ansicht.karte === 'bivariat') {
			const zusatz = this.szenarioText ? ` · mit Szenario: ${this.szenarioText}` : '';
			return this.bivariat ? `${this.analyse.auswahl()} · Bedarfsindex am ${this.stichtag.split('-').reverse().join('.')}${zusatz}` : 'Angebote und Wohnorte werden geladen …';
		}
		return this.choropleth ? themaUntertitel(this.choropleth.thema) : this.berechnet ? 'Angebote und Wohnorte werden geladen …' : 'Werte werden berechnet …';
	});
	zeichenKey = $derived(
		this.farben
			? [this.stichtag, this.ansicht.karte === 'bivariat' ? 'bivariat' : this.indikator.id, this.thema?.basis ?? 's', this.ansicht.methode, this.ansicht.klassen, this.ansicht.grenzen?.join(';') ?? '', this.ansicht.palette, this.ansicht.glaettung, this.analyse.gefiltert.length, this.angebote.reichweite.distanzM, this.angebote.szenario.length].join('|')
			: ''
	);

	ausgewaehlt = $derived(this.ansicht.bezirk && this.gebiete.bezirkName.has(this.ansicht.bezirk) ? this.ansicht.bezirk : null);
	bezirk = $derived(this.gebiete.stadtbezirke.find((b) => b.code === this.ausgewaehlt) ?? null);
	profil = $derived.by(() => {
		const t = this.gebiete.indikatortabelle;
		if (!t || !this.stichtag || !this.ausgewaehlt) return null;
		const zeilen = bezirksprofil(t, this.stichtag, this.vergleich, this.ausgewaehlt);
		if (this.gebiete.stadtteile) return zeilen;
		const berechnete = BERECHNETE.filter((b) => this.analyse.bereit(b)).map((b) => profilZeile(this.analyse.beschreibung(b), this.analyse.werte(b), this.ausgewaehlt!));
		return [...zeilen, ...berechnete];
	});
	/** The profile's shares with their interval and rank span. */
	profilDetails = $derived(this.gebiete.indikatortabelle && this.stichtag && this.ausgewaehlt ? profilintervalle(this.gebiete.indikatortabelle, this.stichtag, this.ausgewaehlt) : null);

	angebot = $derived(this.angebote.auswahl ? (this.analyse.alle.find((e) => e.id === this.angebote.auswahl) ?? null) : null);
	/** City value of the chosen group's coverage, without and with the scenario. */
	stadtErreichbarkeit = $derived({ vorher: this.analyse.abdeckung?.stadt.anteil ?? null, nachher: this.analyse.abdeckungSzenario?.stadt.anteil ?? null });
}
