/**
 * Short factual sentences for the Faktencheck's figures, generated from the figures' own data: German
 * number formatting, nothing the data do not show. Rising, falling and staying are judged at the
 * precision the sentence prints, so "stieg von 38,2 % auf 38,2 %" cannot occur. A value the data lack
 * (null) leaves its sentence, or its clause, out: a generator then returns null, never "0" or a
 * sentence with a gap. A withheld count ("•") is printed as "•".
 */
import { formatProzent, formatStichtag, formatWert, GESPERRT, ZUFALLSSCHWANKUNG } from './format';
import { imRahmenDerZufallsschwankung, newcombe } from './statistik/wilson';
import { anteil as anteilVon } from '../data/kennzahlregeln';

/** A count as a sentence takes it: known, withheld ("•"), or not in the data (null). */
export type Zahl = number | typeof GESPERRT | null;

const jahr = (stichtag: string) => (stichtag.endsWith('-12-31') ? stichtag.slice(0, 4) : formatStichtag(stichtag));
const anzahl = (n: number) => formatWert(n, 'anzahl');
const zahl = (n: Exclude<Zahl, null>) => (n === GESPERRT ? GESPERRT : anzahl(n));

interface Punkt {
	stichtag: string;
	wert: number | null;
}

/** A share at a Stichtag (null: not in the data); with the counts behind it, a change can be judged against random variation. */
export interface Anteilspunkt {
	stichtag: string;
	wert: number | null;
	zaehler?: number;
	nenner?: number;
}

function zufaellig(von: Anteilspunkt, bis: Anteilspunkt): boolean {
	if (von.zaehler === undefined || von.nenner === undefined || bis.zaehler === undefined || bis.nenner === undefined) return false;
	const d = newcombe(bis.zaehler, bis.nenner, von.zaehler, von.nenner);
	return d !== null && imRahmenDerZufallsschwankung(d);
}

/**
 * "Der Anteil … stieg von 37,2 % (2017) auf 38,2 % (2020)."; null without both values or with one
 * Stichtag. A change whose 95 % interval includes zero is not called a rise or a fall.
 */
export function entwicklungProzent(was: string, von: Anteilspunkt, bis: Anteilspunkt): string | null {
	if (von.wert === null || bis.wert === null || von.stichtag === bis.stichtag) return null;
	const a = formatProzent(von.wert);
	const b = formatProzent(bis.wert);
	if (a === b) return `${was} lag ${jahr(von.stichtag)} wie ${jahr(bis.stichtag)} bei ${b}.`;
	if (zufaellig(von, bis)) return `${was} lag ${jahr(von.stichtag)} bei ${a} und ${jahr(bis.stichtag)} bei ${b}; der Unterschied liegt ${ZUFALLSSCHWANKUNG}.`;
	return `${was} ${bis.wert > von.wert ? 'stieg' : 'sank'} von ${a} (${jahr(von.stichtag)}) auf ${b} (${jahr(bis.stichtag)}).`;
}

/** "Die Zahl … stieg von 10.560 (2016) auf 11.689 (2020), um 1.129."; null without both values or with one Stichtag. */
export function entwicklungAnzahl(was: string, von: Punkt, bis: Punkt): string | null {
	if (von.wert === null || bis.wert === null || von.stichtag === bis.stichtag) return null;
	if (von.wert === bis.wert) return `${was} lag ${jahr(von.stichtag)} wie ${jahr(bis.stichtag)} bei ${anzahl(bis.wert)}.`;
	const richtung = bis.wert > von.wert ? 'stieg' : 'sank';
	return `${was} ${richtung} von ${anzahl(von.wert)} (${jahr(von.stichtag)}) auf ${anzahl(bis.wert)} (${jahr(bis.stichtag)}), um ${anzahl(Math.abs(bis.wert - von.wert))}.`;
}

/** "Türkei (2.320), Italien (1.560) und Rumänien (1.190)"; a withheld count is "•"; null for none. */
export function aufzaehlung(teile: readonly { name: string; anzahl: number | null }[]): string | null {
	const t = teile.map((x) => `${x.name} (${x.anzahl === null ? GESPERRT : anzahl(x.anzahl)})`);
	if (t.length === 0) return null;
	return t.length === 1 ? t[0] : `${t.slice(0, -1).join(', ')} und ${t.at(-1)}`;
}

/** Highest and lowest district of a share, and the city value; null without any district's value. */
export function spanneBezirke(was: string, bezirke: readonly { name: string; wert: number }[], stadt: number | null): string | null {
	if (bezirke.length === 0) return null;
	const sortiert = [...bezirke].sort((a, b) => b.wert - a.wert);
	const hoch = sortiert[0];
	const tief = sortiert.at(-1)!;
	const s = stadt === null ? '' : `; die Gesamtstadt liegt bei ${formatProzent(stadt)}`;
	if (bezirke.length === 1) return `${was} liegt in ${hoch.name} bei ${formatProzent(hoch.wert)}${s}.`;
	return `${was} ist in ${hoch.name} am höchsten (${formatProzent(hoch.wert)}) und in ${tief.name} am niedrigsten (${formatProzent(tief.wert)})${s}.`;
}

/** A share in words: "38,2 %", "•" when a count is withheld, null when one is missing or the whole is 0. */
export function anteil(teil: Zahl, ganz: Zahl): string | null {
	if (teil === null || ganz === null) return null;
	if (teil === GESPERRT || ganz === GESPERRT) return GESPERRT;
	const wert = anteilVon(teil, ganz);
	return wert === null ? null : formatProzent(wert);
}

const ZAHLWORT = ['', 'einen', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn'];

/**
 * A note for bars over age bands of unequal width ("0-4", "15-17", "85+"): which bands cover fewer or more
 * years than most, so that a short bar is not read as a small cohort. Null when all closed bands are equal.
 */
export function ungleicheAltersgruppen(gruppen: readonly string[]): string | null {
	const breiten = gruppen.flatMap((g) => {
		const m = /^(\d+)-(\d+)$/.exec(g);
		return m ? [{ g, jahre: Number(m[2]) - Number(m[1]) + 1 }] : [];
	});
	const haeufig = new Map<number, number>();
	for (const b of breiten) haeufig.set(b.jahre, (haeufig.get(b.jahre) ?? 0) + 1);
	const ueblich = [...haeufig].sort((a, b) => b[1] - a[1])[0]?.[0];
	const abweichend = breiten.filter((b) => b.jahre !== ueblich);
	if (ueblich === undefined || abweichend.length === 0) return null;
	const namen = abweichend.map((b) => b.g.replace('-', '–'));
	const jahre = abweichend.map((b) => ZAHLWORT[b.jahre] ?? String(b.jahre));
	const liste = (t: string[], und: string) => (t.length === 1 ? t[0] : `${t.slice(0, -1).join(', ')} ${und} ${t.at(-1)}`);
	const einzahl = abweichend.length === 1;
	return `${einzahl ? 'Die Altersgruppe' : 'Die Altersgruppen'} ${liste(namen, 'und')} ${einzahl ? 'umfasst' : 'umfassen'} ${liste(jahre, 'bzw.')} ${abweichend.length === 1 && abweichend[0].jahre === 1 ? 'Jahrgang' : 'Jahrgänge'}, die übrigen je ${ZAHLWORT[ueblich] ?? ueblich}; ${einzahl ? 'ihr Balken ist' : 'ihre Balken sind'} daher ${abweichend.every((b) => b.jahre < ueblich) ? 'kürzer' : 'anders lang'}.`;
}

/** "Von den 70.787 Einwohner*innen haben 27.027 einen Migrationshintergrund (38,2 %)." */
export function bevoelkerungSatz(einwohner: Zahl, mh: Zahl): string | null {
	if (einwohner === null || mh === null) return null;
	const a = anteil(mh, einwohner);
	return `Von den ${zahl(einwohner)} Einwohner*innen haben ${zahl(mh)} einen Migrationshintergrund${a ? ` (${a})` : ''}.`;
}

/** "Darunter sind … Ausländer*innen (16,5 % der Bevölkerung), … Eingebürgerte (…) und … Aussiedler*innen (…)", as far as known. */
export function gruppenSatz(einwohner: Zahl, g: { auslaender: Zahl; eingebuergert: Zahl; aussiedler: Zahl }): string | null {
	const teile = (
		[
			[g.auslaender, 'Ausländer*innen'],
			[g.eingebuergert, 'Eingebürgerte'],
			[g.aussiedler, 'Aussiedler*innen']
		] as const
	).flatMap(([n, wer]) => (n === null ? [] : [{ n, wer }]));
	if (teile.length === 0) return null;
	const t = teile.map(({ n, wer }, i) => {
		const a = anteil(n, einwohner);
		return `${zahl(n)} ${wer}${a ? ` (${a}${i === 0 ? ' der Bevölkerung' : ''})` : ''}`;
	});
	return `Darunter sind ${t.length === 1 ? t[0] : `${t.slice(0, -1).join(', ')} und ${t.at(-1)}`}.`;
}

/** Shares of an age group among people with and without migration background; null unless both are known. */
export function altersSatz(gruppe: 'jung' | 'alt', mit: { teil: Zahl; ganz: Zahl }, ohne: { teil: Zahl; ganz: Zahl }): string | null {
	const a = anteil(mit.teil, mit.ganz);
	const b = anteil(ohne.teil, ohne.ganz);
	if (a === null || b === null) return null;
	return gruppe === 'jung'
		? `Unter den Menschen mit Migrationshintergrund sind ${a} jünger als 18 Jahre, unter den Deutschen ohne Migrationshintergrund ${b}.`
		: `65 Jahre und älter sind ${a} der Menschen mit und ${b} der Menschen ohne Migrationshintergrund.`;
}

/** "Die häufigsten Staatsangehörigkeiten sind …."; null without any. */
export function staatenSatz(teile: readonly { name: string; anzahl: number | null }[]): string | null {
	const liste = aufzaehlung(teile);
	return liste === null ? null : `Die häufigsten Staatsangehörigkeiten sind ${liste}.`;
}

/** What the ten most frequent citizenships make up, and how many there are, as far as known. */
export function zehnStaatenSatz(zusammen: Zahl, auslaender: Zahl, staaten: Zahl): string | null {
	const a = anteil(zusammen, auslaender);
	const teil = a === null ? null : `Zusammen stellen die zehn häufigsten Staatsangehörigkeiten ${a} der Ausländer*innen`;
	const viele = staaten === null ? null : `Menschen aus ${zahl(staaten)} Staaten in der Stadt`;
	if (teil && viele) return `${teil}; insgesamt leben ${viele}.`;
	if (teil) return `${teil}.`;
	return viele ? `Insgesamt leben ${viele}.` : null;
}

/** "… leben seit weniger als 4 Jahren in Deutschland, … seit 10 Jahren und länger."; null without known stays. */
export function aufenthaltSatz(kurz: Zahl, lang: Zahl, gesamt: Zahl): string | null {
	const a = anteil(kurz, gesamt);
	const b = anteil(lang, gesamt);
	if (a === null || b === null) return null;
	return `${a} der Ausländer*innen (mit bekannter Aufenthaltsdauer) leben seit weniger als 4 Jahren in Deutschland, ${b} seit 10 Jahren und länger.`;
}
