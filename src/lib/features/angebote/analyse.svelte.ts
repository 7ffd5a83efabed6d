/**
 * Offers and coverage for the current view: the feature's own queries (offers, measures, residential
 * points, the groups' counts at the Stichtag) and everything derived from them and the settings —
 * filtered offers, distances to the nearest offer, coverage per district, the need index, the ranking
 * and the suggested locations — each recomputed only when what it reads changes. A scenario's
 * hypothetical offers enter separate results ("mit Szenario"); the real ones never contain them.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { einrichtungen, gruppenzahlen, massnahmen, wohnorte, type Einrichtung } from '../../data/abfragen/angebote';
import { INDIKATOREN, type IndikatorBeschreibung } from '../../data/indikatoren';
import { GESAMTSTADT } from '../../data/schema';
import { filterBeschreibung, filtere, hatLage, istGefiltert } from '../../analysis/angebotsfilter';
import { bevoelkerungspunkte } from '../../analysis/bevoelkerungspunkte';
import { erreichbarkeit, fussweg, fusswegRegel, luftlinienradius, naechsteEntfernung, type Erreichbarkeit } from '../../analysis/erreichbarkeit';
import { band, bandwert, rasterpunkt, SCHAETZSCHUTZ, schaetzschutzHinweis, schuetzeAbdeckung, schuetzeAnzahl, schuetzeSzenario, zaehlendeSzenarien, type GeschuetzteAbdeckung, type Geschuetzt } from '../../analysis/schaetzschutz';
import { bedarfsindex } from '../../analysis/bedarf';
import { handlungsbedarf } from '../../analysis/handlungsbedarf';
import { vorschlaege } from '../../analysis/vorschlag';
import type { IndikatorWert } from '../../analysis/indikatorwerte';
import { geglaetteteWerte, queenNachbarn } from '../../analysis/statistik/atlaswerte';
import type { Glaettung } from '../../analysis/statistik/anteilsstatistik';
import { bedarfskomponenten, bedarfsrangbereiche } from '../../analysis/statistik/bedarfsrang';
import { ebeneUm, zuGrad, zuMetern } from '../../analysis/projektion';
import { gruppe as gruppeMit } from '../../analysis/zielgruppen';
import { formatWert } from '../../analysis/format';
import { Abfrage } from '../../ui/abfrage.svelte';
import type { Sitzung } from '../../ui/sitzung.svelte';
import type { AngebotsAnsicht } from './ansicht';
import type { Berechnet } from './berechnet';

interface Eingabe {
	ansicht: AngebotsAnsicht;
	stichtag: string | null;
	/** Shares of the need index as counted or smoothed (the atlas's choice); as counted by default. */
	glaettung?: Glaettung;
}

export class Angebotsanalyse {
	// Assigned in the constructor; the derived values below read them only when first read themselves.
	private sitzung!: Sitzung;
	private eingabe!: () => Eingabe;
	einrichtungen!: Abfrage<Awaited<ReturnType<typeof einrichtungen>>>;
	massnahmen!: Abfrage<Awaited<ReturnType<typeof massnahmen>>>;
	wohnorte!: Abfrage<Awaited<ReturnType<typeof wohnorte>>>;
	zahlen!: Abfrage<Awaited<ReturnType<typeof gruppenzahlen>>>;

	constructor(sitzung: Sitzung, eingabe: () => Eingabe) {
		this.sitzung = sitzung;
		this.eingabe = eingabe;
		this.einrichtungen = new Abfrage(sitzung, () => einrichtungen);
		this.massnahmen = new Abfrage(sitzung, () => massnahmen);
		this.wohnorte = new Abfrage(sitzung, () => wohnorte);
		// Through the derived Stichtag, not the input: the input is read anew whenever anything of the
		// atlas's view changes (an indicator switch), and each read would ask again, drop the counts and
		// recompute coverage, ranking, rank spans and suggestions with them.
		this.zahlen = new Abfrage(sitzung, () => {
			const stichtag = this.stichtag;
			return stichtag ? (k) => gruppenzahlen(k, stichtag) : null;
		});
	}

	ansicht = $derived(this.eingabe().ansicht);
	stichtag = $derived(this.eingabe().stichtag);
	glaettung: Glaettung = $derived(this.eingabe().glaettung ?? 'roh');

	/** The city's metric plane, centred on its districts. */
	ebene = $derived.by(() => {
		const g = this.sitzung.geometrie;
		if (!g) return null;
		const [w, s, o, n] = bbox(g);
		return ebeneUm((w + o) / 2, (s + n) / 2);
	});

	alle = $derived(this.einrichtungen.wert ?? []);
	gefiltert = $derived(filtere(this.alle, this.ansicht.filter));
	gefiltertAktiv = $derived(istGefiltert(this.ansicht.filter));
	/** The active filters in words (null without one), for every output that counts the filtered offers. */
	filterText = $derived(filterBeschreibung(this.ansicht.filter));
	ohneLage = $derived(this.gefiltert.filter((e) => !hatLage(e)));

	punkte = $derived(this.wohnorte.wert && this.zahlen.wert && this.ebene ? bevoelkerungspunkte(this.wohnorte.wert, this.zahlen.wert, this.ebene) : null);

	standorte = $derived(this.ebene ? this.gefiltert.filter(hatLage).map((e) => xy(this.ebene!, e.lon!, e.lat!)) : []);
	/** The data set's threshold: the estimates below are protected with it (schaetzschutz.ts). */
	schwelle = $derived(this.sitzung.manifest?.geheimhaltung.schwelle ?? 0);
	/** Which scenario offers count: at most SCHAETZSCHUTZ.szenarioJeBezirk per district. */
	szenarioZaehlt = $derived(zaehlendeSzenarien(this.ansicht.szenario.map(([lon, lat]) => this.bezirkAn(lon, lat))));
	/** The counted scenario offers, each at the centre of its grid cell. */
	szenarioStandorte = $derived(
		this.ebene ? this.ansicht.szenario.filter((_, i) => this.szenarioZaehlt[i]).map(([lon, lat]) => { const { x, y } = xy(this.ebene!, lon, lat); return rasterpunkt(x, y); }) : []
	);
	mitSzenario = $derived(this.ansicht.szenario.length > 0);

	entfernung = $derived(this.punkte ? naechsteEntfernung(this.punkte, this.standorte) : null);
	entfernungSzenario = $derived(this.punkte && this.mitSzenario ? naechsteEntfernung(this.punkte, [...this.standorte, ...this.szenarioStandorte]) : this.entfernung);

	private roh = $derived(this.punkte && this.entfernung ? erreichbarkeit(this.punkte, this.entfernung, this.ansicht.gruppe, this.ansicht.reichweite) : null);
	private rohSzenario = $derived(
		this.punkte && this.entfernungSzenario && this.mitSzenario ? erreichbarkeit(this.punkte, this.entfernungSzenario, this.ansicht.gruppe, this.ansicht.reichweite) : this.roh
	);

	/** Coverage of the chosen group as every view shows it: protected (schaetzschutz.ts). */
	abdeckung = $derived(this.roh ? geschuetzt(this.roh, this.schwelle) : null);
	/** With the scenario's offers: the protected coverage before plus the protected difference (the same object without one). */
	abdeckungSzenario = $derived(this.roh && this.rohSzenario && this.mitSzenario ? mitSzenario(this.roh, this.rohSzenario, this.schwelle) : this.abdeckung);
	/** People of the city newly reached by the scenario, protected; null without a scenario. */
	szenarioDifferenz = $derived<Geschuetzt | null>(this.roh && this.rohSzenario && this.mitSzenario ? schuetzeAnzahl(this.rohSzenario.stadt.erreicht - this.roh.stadt.erreicht, this.schwelle) : null);

	/** The values of the need index's components (withheld ones without a value). */
	bedarfswerte = $derived.by(() => {
		const t = this.sitzung.indikatortabelle;
		if (!t || !this.stichtag) return null;
		const nachbarn = this.glaettung === 'eb_raeumlich' ? queenNachbarn(t, this.sitzung.geometrie) : [];
		return new Map(this.ansicht.bedarf.map((k) => [k.indikator, geglaetteteWerte(t, this.stichtag!, k.indikator, this.glaettung, nachbarn, null)]));
	});

	bedarf = $derived(this.bedarfswerte ? bedarfsindex(this.bedarfswerte, this.ansicht.bedarf, this.sitzung.stadtbezirke.map((b) => b.code)) : null);

	/** The span of ranks each district of the ranking takes when its shares vary as their counts allow. */
	rangbereiche = $derived.by(() => {
		const t = this.sitzung.indikatortabelle;
		const r = this.rangfolge;
		if (!t || !this.stichtag || !r || !this.bedarf || !this.bedarfswerte) return null;
		const komponenten = bedarfskomponenten(t, this.stichtag, this.bedarfswerte, this.bedarf.komponenten);
		return bedarfsrangbereiche(r.zeilen.map((x) => x.code), new Map(r.zeilen.map((x) => [x.code, x.zNichtErreicht])), komponenten);
	});

	rangfolge = $derived(this.bedarf && this.abdeckung ? handlungsbedarf(this.bedarf.index, this.abdeckung.je) : null);
	rangfolgeSzenario = $derived(this.bedarf && this.abdeckungSzenario && this.mitSzenario ? handlungsbedarf(this.bedarf.index, this.abdeckungSzenario.je) : this.rangfolge);

	/** Suggested locations with their protected gain; one whose gain is withheld would point at a household and is left out. */
	vorschlaege = $derived(
		this.punkte && this.entfernungSzenario && this.ansicht.vorschlaege > 0
			? vorschlaege(this.punkte, this.entfernungSzenario, this.ansicht.gruppe, this.ansicht.reichweite, this.ansicht.vorschlaege)
					.map((v) => ({ position: zuGrad(this.ebene!, v.x, v.y), neuErreicht: schuetzeAnzahl(v.neuErreicht, this.schwelle) }))
					.filter((v) => !v.neuErreicht.gesperrt && (v.neuErreicht.wert ?? 0) > 0)
			: []
	);

	einzugRadiusM = $derived(luftlinienradius(this.ansicht.reichweite));

	/** Whether a computed indicator can be shown (its data have arrived). */
	bereit(id: Berechnet): boolean {
		return id === 'bedarfsindex' ? this.bedarf !== null : this.abdeckungSzenario !== null;
	}

	/** The walking distance with its detour factor, as every output that depends on it states it. */
	private weg(): string {
		const r = this.ansicht.reichweite;
		return `${formatWert(r.distanzM, 'meter')} Fußweg (${fusswegRegel(r)})`;
	}

	/** What the coverage figures count: the group, the distance and the offers by every active filter. */
	auswahl(): string {
		return `${gruppeMit(this.ansicht.gruppe).label}, höchstens ${this.weg()} · Angebote: ${this.filterText ?? 'alle'}`;
	}

	/** A computed indicator's description, naming what it depends on. */
	beschreibung(id: Berechnet): IndikatorBeschreibung {
		const g = gruppeMit(this.ansicht.gruppe);
		const r = this.ansicht.reichweite;
		const weg = this.weg();
		const filter = this.filterText ? `der ${this.gefiltert.length} Angebote mit ${this.filterText}` : `der ${this.alle.length} Angebote (ohne Filter)`;
		if (id === 'erreichbar_anteil')
			return {
				id,
				label: `Anteil der ${g.kurz} mit einem Angebot in ${formatWert(r.distanzM, 'meter')} Fußweg`,
				kurz: `Erreichbarkeit (${g.kurz})`,
				einheit: 'prozent',
				definition: `${g.label}, die eines ${filter} in höchstens ${weg} erreichen, je 100 der Gruppe im Bezirk. Wohnorte: ${this.verteilung()}. ${schaetzschutzHinweis(this.schwelle)}`
			};
		if (id === 'angebot_entfernung')
			return {
				id,
				label: `Fußweg der ${g.kurz} zum nächsten Angebot (Median)`,
				kurz: 'Fußweg zum Angebot',
				einheit: 'meter',
				definition: `Die Hälfte der ${g.label} im Bezirk wohnt höchstens so weit (Fußweg = ${fusswegRegel(r)}) vom nächsten ${filter} entfernt; angegeben ist die Obergrenze der ${SCHAETZSCHUTZ.bandM}-m-Stufe. Wohnorte: ${this.verteilung()}. ${schaetzschutzHinweis(this.schwelle)}`
			};
		const teile = this.ansicht.bedarf.map((k) => `${INDIKATOREN.find((i) => i.id === k.indikator)?.kurz ?? k.indikator} (Gewicht ${k.gewicht})`).join(', ');
		return {
			id,
			label: 'Bedarfsindex',
			kurz: 'Bedarfsindex',
			einheit: 'index',
			definition: `Gewichtetes Mittel der z-Werte von ${teile}: jeder Indikator als Abstand vom Mittel der Stadtbezirke in Standardabweichungen (Methode des Monitorings Soziale Stadtentwicklung Berlin). 0 = durchschnittlicher Bezirk.`
		};
	}

	/** The computed indicator's values for every district and the city (with the scenario when there is one). */
	werte(id: Berechnet): IndikatorWert[] {
		const codes = this.sitzung.stadtbezirke.map((b) => b.code);
		if (id === 'bedarfsindex') return [...codes.map((code) => ({ code, wert: this.bedarf?.index.get(code) ?? null, veraenderung: null })), { code: GESAMTSTADT, wert: 0, veraenderung: null }];
		const a = this.abdeckungSzenario;
		const von = (x: GeschuetzteAbdeckung | undefined): IndikatorWert => {
			if (!x) return { code: '', wert: null, veraenderung: null };
			if (id === 'erreichbar_anteil') return { code: '', wert: x.anteil, veraenderung: null, sperre: x.anteilGesperrt ? 'wert' : null };
			return { code: '', wert: x.median ? bandwert(x.median) : null, veraenderung: null, sperre: x.medianGesperrt ? 'wert' : null };
		};
		return [...codes.map((code) => ({ ...von(a?.je.get(code)), code })), { ...von(a?.stadt), code: GESAMTSTADT }];
	}

	/** The district a spot lies in, or null outside all districts. */
	bezirkAn(lon: number, lat: number): string | null {
		return this.sitzung.geometrie?.features.find((f) => booleanPointInPolygon([lon, lat], f))?.properties.code ?? null;
	}

	ortsname(lon: number, lat: number): string {
		const code = this.bezirkAn(lon, lat);
		return code ? `${code} ${this.sitzung.bezirkName.get(code) ?? ''}`.trim() : 'außerhalb der Stadtbezirke';
	}

	/**
	 * Where a district's inhabitants live on average (their weighted centre), as [lon, lat], at the centre
	 * of its grid cell; none for a district with fewer inhabitants or residential points than the
	 * protection's minimums, whose centre would come close to one household.
	 */
	schwerpunkt(code: string): [number, number] | null {
		const p = this.punkte;
		if (!p || !this.ebene) return null;
		const b = p.codes.indexOf(code);
		let sx = 0;
		let sy = 0;
		let sw = 0;
		let orte = 0;
		for (let i = 0; i < p.n; i++)
			if (p.bezirk[i] === b && p.gewicht.einwohner[i] > 0) {
				const w = p.gewicht.einwohner[i];
				sx += w * p.x[i];
				sy += w * p.y[i];
				sw += w;
				orte++;
			}
		if (sw < SCHAETZSCHUTZ.mindestGruppe || orte < SCHAETZSCHUTZ.mindestOrte) return null;
		const z = rasterpunkt(sx / sw, sy / sw);
		return zuGrad(this.ebene, z.x, z.y);
	}

	/** A spot as the analysis uses it: the centre of its grid cell. */
	einrasten([lon, lat]: [number, number]): [number, number] {
		if (!this.ebene) return [lon, lat];
		const [x, y] = zuMetern(this.ebene, lon, lat);
		const z = rasterpunkt(x, y);
		return zuGrad(this.ebene, z.x, z.y);
	}

	/** Offers in a district or within walking distance of its centre, nearest first, with that distance's band. */
	nahe(code: string): { angebot: Einrichtung; weg: ReturnType<typeof band>; imBezirk: boolean }[] {
		const mitte = this.schwerpunkt(code);
		if (!mitte || !this.ebene) return [];
		const [mx, my] = zuMetern(this.ebene, mitte[0], mitte[1]);
		const flaeche = this.sitzung.geometrie?.features.find((f) => f.properties.code === code);
		return this.gefiltert
			.filter(hatLage)
			.map((e) => {
				const { x, y } = xy(this.ebene!, e.lon!, e.lat!);
				return { angebot: e, wegM: fussweg(Math.hypot(x - mx, y - my), this.ansicht.reichweite), imBezirk: !!flaeche && booleanPointInPolygon([e.lon!, e.lat!], flaeche) };
			})
			.filter((n) => n.imBezirk || n.wegM <= this.ansicht.reichweite.distanzM)
			.sort((a, b) => a.wegM - b.wegM)
			.map(({ angebot, wegM, imBezirk }) => ({ angebot, weg: band(wegM), imBezirk }));
	}

	/** What the residential points are, for every statement that rests on them. */
	verteilung(): string {
		const geschaetzt = this.punkte && this.punkte.geschaetzt.has(this.ansicht.gruppe) ? '; die Gruppe verteilt wie alle Einwohner*innen' : '';
		return `${this.punkte ? formatWert(this.punkte.n, 'anzahl') : '…'} Wohnorte (${this.sitzung.manifest?.beispieldaten ? 'generiertes 100-m-Raster, dichter zur Bezirksmitte' : 'Wohnortdaten des Datensatzes'}), je Bezirk auf die Zahlen des Stichtags skaliert${geschaetzt}`;
	}
}

function geschuetzt(e: Erreichbarkeit, schwelle: number): { je: Map<string, GeschuetzteAbdeckung>; stadt: GeschuetzteAbdeckung } {
	return { je: new Map([...e.je].map(([code, a]) => [code, schuetzeAbdeckung(a, schwelle)])), stadt: schuetzeAbdeckung(e.stadt, schwelle) };
}

function mitSzenario(vorher: Erreichbarkeit, nachher: Erreichbarkeit, schwelle: number): { je: Map<string, GeschuetzteAbdeckung>; stadt: GeschuetzteAbdeckung } {
	const je = new Map([...vorher.je].map(([code, a]) => [code, schuetzeSzenario(a, nachher.je.get(code)!, schwelle).abdeckung]));
	return { je, stadt: schuetzeSzenario(vorher.stadt, nachher.stadt, schwelle).abdeckung };
}

function xy(ebene: NonNullable<Angebotsanalyse['ebene']>, lon: number, lat: number) {
	const [x, y] = zuMetern(ebene, lon, lat);
	return { x, y };
}
