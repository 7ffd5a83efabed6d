/**
 * Abb. "Bevölkerung nach Migrationsstatus", "Altersaufbau" and "Entwicklung der Bevölkerung": the city's
 * people by migration status, now and over the Stichtage. Without every group's count a figure shows
 * what is known (with and without migration background) and names what is missing.
 */
import { ALTERSGRUPPEN, STATUS, STATUS_LABEL, type Status } from '../../data/schema';
import type { Zaehlgroesse } from '../../data/indikatoren';
import { fehltHinweis } from '../../data/angaben';
import type { Zaehlung } from '../../data/abfragen/aufteilungen';
import { formatStichtag, formatWert, GESPERRT } from '../../analysis/format';
import { methodenwechselFuer } from '../../analysis/methodenwechsel';
import { altersSatz, anteil, bevoelkerungSatz, entwicklungAnzahl, entwicklungProzent, gruppenSatz, ungleicheAltersgruppen } from '../../analysis/saetze';
import { GRUPPENFARBEN } from '../../analysis/gruppenfarben';
import { alterspyramide, balken, gestapelt } from '../../charts/diagramme';
import { type Figurbau, istZahl, jahr, nurSaetze, nurZahl, quote, summeVon, zaehlung, zelle } from './figurbau';

const STATUS_REIHE: Record<Status, string> = { deutsch: 'Deutsche ohne MH', eingebuergert: 'Eingebürgerte', aussiedler: 'Aussiedler*innen', auslaender: 'Ausländer*innen' };
const GRUPPEN = ['eingebuergert', 'aussiedler', 'auslaender'] as const satisfies readonly Zaehlgroesse[];

export function bevoelkerungsfiguren(b: Figurbau): void {
	const { d, k, stadt, jetzt, aufgeschluesselt, wert, fehlend, gruppen, fussnoten, rahmen, zeige, entfaellt } = b;
	const statusLegende = STATUS.map((s) => ({ farbe: GRUPPENFARBEN[s], text: STATUS_LABEL[s] }));
	const mhLegende = [
		{ farbe: GRUPPENFARBEN.deutsch, text: STATUS_LABEL.deutsch },
		{ farbe: GRUPPENFARBEN.mh, text: 'mit Migrationshintergrund' }
	];
	{
		const titel = 'Bevölkerung nach Migrationsstatus';
		const ohne = fehlend(jetzt, ['einwohner', 'mh']);
		if (ohne.length) entfaellt({ titel, grund: fehltHinweis(ohne) });
		else {
			const e = wert(jetzt, 'einwohner');
			const g = gruppen(jetzt);
			const luecken = fehlend(jetzt, GRUPPEN);
			const hinweise = luecken.length ? [fehltHinweis(luecken)] : [];
			// Without every group the bars show what is known: with and without migration background.
			const reihen = luecken.length
				? [{ name: STATUS_LABEL.deutsch, wert: g.deutsch, farbe: GRUPPENFARBEN.deutsch }, { name: 'mit Migrationshintergrund', wert: wert(jetzt, 'mh'), farbe: GRUPPENFARBEN.mh }]
				: STATUS.map((s) => ({ name: STATUS_LABEL[s], wert: g[s], farbe: GRUPPENFARBEN[s] }));
			zeige({
				id: 'status',
				titel,
				tabelle: { kopf: ['Gruppe', 'Personen', 'Anteil an der Bevölkerung (%)'], zeilen: STATUS.map((s) => [STATUS_LABEL[s], zelle(g[s]), zelle(quote(g[s], e))]), stellen: [0, 0, 1], fussnoten: fussnoten(hinweise) },
				saetze: nurSaetze([bevoelkerungSatz(e, wert(jetzt, 'mh')), gruppenSatz(e, g)]),
				hinweise,
				svg: rahmen(titel, (m) => balken(reihen.flatMap((r) => (istZahl(r.wert) ? [{ ...r, wert: r.wert }] : [])), (v) => `${formatWert(v, 'anzahl')}${istZahl(e) ? ` (${anteil(v, e) ?? ''})` : ''}`, '#1d4e89', m))
			});
		}
	}

	{
		const titel = 'Altersaufbau nach Migrationsstatus';
		if (!aufgeschluesselt || d.alter.length === 0) entfaellt({ titel, grund: fehltHinweis(['alter']) });
		else {
			// A withheld bar is left out of the drawing (the table shows it as "•"), not drawn as 0.
			const pyramide = d.alter.flatMap((a) => ((a.geschlecht === 'm' || a.geschlecht === 'w') && a.anzahl !== null ? [{ ...a, geschlecht: a.geschlecht as 'm' | 'w', anzahl: a.anzahl }] : []));
			const summeWo = (f: (a: (typeof d.alter)[number]) => boolean) => summeVon(d.alter.filter(f).map((a) => a.anzahl));
			const jung = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) < 18);
			const alt = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh && Number.parseInt(a.altersgruppe, 10) >= 65);
			const alle = (mh: boolean) => summeWo((a) => (a.status !== 'deutsch') === mh);
			const ohneMw = summeWo((a) => a.geschlecht !== 'm' && a.geschlecht !== 'w');
			zeige({
				id: 'alterspyramide',
				titel,
				tabelle: { kopf: ['Altersgruppe', 'Geschlecht', 'Gruppe', 'Personen'], zeilen: d.alter.map((a) => [a.altersgruppe, a.geschlecht, STATUS_LABEL[a.status], a.anzahl ?? GESPERRT]), stellen: [0, 0, 0, 0], fussnoten: fussnoten() },
				saetze: nurSaetze([
					altersSatz('jung', { teil: jung(true), ganz: alle(true) }, { teil: jung(false), ganz: alle(false) }),
					altersSatz('alt', { teil: alt(true), ganz: alle(true) }, { teil: alt(false), ganz: alle(false) }),
					ohneMw ? `${istZahl(ohneMw) ? formatWert(ohneMw, 'anzahl') : GESPERRT} Personen mit dem Geschlechtseintrag „divers“ oder ohne Angabe sind in der Tabelle, nicht in der Pyramide enthalten.` : null
				]),
				hinweise: [],
				svg: rahmen(titel, (m) => alterspyramide(pyramide, m), statusLegende, ungleicheAltersgruppen(ALTERSGRUPPEN))
			});
		}
	}

	{
		const reihe = stadt.filter((z) => istZahl(wert(z, 'einwohner')) && istZahl(wert(z, 'mh')));
		const erster = reihe[0];
		const titel = `Entwicklung der Bevölkerung nach Migrationsstatus${erster ? ` seit ${jahr(erster.stichtag)}` : ''}`;
		if (!erster) entfaellt({ titel, grund: fehltHinweis(stadt.length ? fehlend(jetzt, ['einwohner', 'mh']) : ['einwohner', 'mh']) });
		else {
			const luecken = [...new Set(reihe.flatMap((z) => fehlend(z, GRUPPEN)))];
			const wechsel = methodenwechselFuer(k.manifest.begriffe.methodenwechsel, reihe.map((z) => z.stichtag));
			const hinweise = [...(luecken.length ? [fehltHinweis(luecken)] : []), ...(wechsel?.ueberspannt ? [wechsel.text] : [])];
			const stapel = luecken.length
				? reihe.flatMap((z) => [
						{ x: jahr(z.stichtag), teil: STATUS_LABEL.deutsch, wert: gruppen(z).deutsch },
						{ x: jahr(z.stichtag), teil: 'mit Migrationshintergrund', wert: wert(z, 'mh') }
					])
				: reihe.flatMap((z) => STATUS.map((s) => ({ x: jahr(z.stichtag), teil: STATUS_LABEL[s], wert: gruppen(z)[s] })));
			const teile = luecken.length ? mhLegende.map((l) => ({ name: l.text, farbe: l.farbe })) : STATUS.map((s) => ({ name: STATUS_LABEL[s], farbe: GRUPPENFARBEN[s] }));
			const mhAnteil = (z: Zaehlung) => quote(wert(z, 'mh'), wert(z, 'einwohner'));
			const letzter = reihe.find((z) => z.stichtag === k.stichtag) ?? erster;
			zeige({
				id: 'entwicklung',
				titel,
				tabelle: {
					kopf: ['Stichtag', ...STATUS.map((s) => STATUS_REIHE[s]), 'Einwohner*innen', 'Anteil mit Migrationshintergrund (%)'],
					zeilen: reihe.map((z) => [formatStichtag(z.stichtag), ...STATUS.map((s) => zelle(gruppen(z)[s])), zelle(wert(z, 'einwohner')), zelle(mhAnteil(z))]),
					stellen: [0, 0, 0, 0, 0, 0, 1],
					fussnoten: fussnoten(hinweise)
				},
				saetze: nurSaetze([
					entwicklungProzent('Der Anteil der Menschen mit Migrationshintergrund', { stichtag: erster.stichtag, wert: mhAnteil(erster) as number, ...zaehlung(nurZahl(wert(erster, 'mh')), nurZahl(wert(erster, 'einwohner'))) }, { stichtag: letzter.stichtag, wert: mhAnteil(letzter) as number, ...zaehlung(nurZahl(wert(letzter, 'mh')), nurZahl(wert(letzter, 'einwohner'))) }),
					entwicklungAnzahl('Die Zahl der Einwohner*innen', { stichtag: erster.stichtag, wert: wert(erster, 'einwohner') as number }, { stichtag: letzter.stichtag, wert: wert(letzter, 'einwohner') as number })
				]),
				hinweise,
				svg: rahmen(titel, (m) => gestapelt(stapel.flatMap((x) => (istZahl(x.wert) ? [{ ...x, wert: x.wert }] : [])), teile, {}, m), teile.map((t) => ({ farbe: t.farbe, text: t.name })), wechsel?.ueberspannt ? wechsel.text : null)
			});
		}
	}
}
