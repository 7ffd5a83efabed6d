/**
 * Short factual sentences for the Faktencheck's figures, generated from the figures' own data: German
 * number formatting, nothing the data do not show. Rising, falling and staying are judged at the
 * precision the sentence prints, so "stieg von 38,2 % auf 38,2 %" cannot occur.
 */
import { formatProzent, formatStichtag, formatWert, GESPERRT } from './format';
import { imRahmenDerZufallsschwankung, newcombe } from './statistik/wilson';

const jahr = (stichtag: string) => (stichtag.endsWith('-12-31') ? stichtag.slice(0, 4) : formatStichtag(stichtag));
const anzahl = (n: number) => formatWert(n, 'anzahl');

/** A share at a Stichtag; with the counts behind it, a change can be judged against random variation. */
export interface Anteilspunkt {
	stichtag: string;
	wert: number;
	zaehler?: number;
	nenner?: number;
}

function zufaellig(von: Anteilspunkt, bis: Anteilspunkt): boolean {
	if (von.zaehler === undefined || von.nenner === undefined || bis.zaehler === undefined || bis.nenner === undefined) return false;
	const d = newcombe(bis.zaehler, bis.nenner, von.zaehler, von.nenner);
	return d !== null && imRahmenDerZufallsschwankung(d);
}

/**
 * "Der Anteil … stieg von 37,2 % (2017) auf 38,2 % (2020)." A change whose 95 % interval includes zero
 * is not called a rise or a fall.
 */
export function entwicklungProzent(was: string, von: Anteilspunkt, bis: Anteilspunkt): string {
	const a = formatProzent(von.wert);
	const b = formatProzent(bis.wert);
	if (a === b) return `${was} lag ${jahr(von.stichtag)} wie ${jahr(bis.stichtag)} bei ${b}.`;
	if (zufaellig(von, bis)) return `${was} lag ${jahr(von.stichtag)} bei ${a} und ${jahr(bis.stichtag)} bei ${b}; der Unterschied liegt im Rahmen der Zufallsschwankung.`;
	return `${was} ${bis.wert > von.wert ? 'stieg' : 'sank'} von ${a} (${jahr(von.stichtag)}) auf ${b} (${jahr(bis.stichtag)}).`;
}

/** "Die Zahl … stieg von 10.560 (2016) auf 11.689 (2020), um 1.129." */
export function entwicklungAnzahl(was: string, von: { stichtag: string; wert: number }, bis: { stichtag: string; wert: number }): string {
	if (von.wert === bis.wert) return `${was} lag ${jahr(von.stichtag)} wie ${jahr(bis.stichtag)} bei ${anzahl(bis.wert)}.`;
	const richtung = bis.wert > von.wert ? 'stieg' : 'sank';
	return `${was} ${richtung} von ${anzahl(von.wert)} (${jahr(von.stichtag)}) auf ${anzahl(bis.wert)} (${jahr(bis.stichtag)}), um ${anzahl(Math.abs(bis.wert - von.wert))}.`;
}

/** "Türkei (2.320), Italien (1.560) und Rumänien (1.190)"; a withheld count is "•". */
export function aufzaehlung(teile: readonly { name: string; anzahl: number | null }[]): string {
	const t = teile.map((x) => `${x.name} (${x.anzahl === null ? GESPERRT : anzahl(x.anzahl)})`);
	return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join(', ')} und ${t.at(-1)}`;
}

/** Highest and lowest district of a share, and the city value. */
export function spanneBezirke(was: string, bezirke: readonly { name: string; wert: number }[], stadt: number | null): string {
	if (bezirke.length === 0) return '';
	const sortiert = [...bezirke].sort((a, b) => b.wert - a.wert);
	const hoch = sortiert[0];
	const tief = sortiert.at(-1)!;
	const s = stadt === null ? '' : `; die Gesamtstadt liegt bei ${formatProzent(stadt)}`;
	return `${was} ist in ${hoch.name} am höchsten (${formatProzent(hoch.wert)}) und in ${tief.name} am niedrigsten (${formatProzent(tief.wert)})${s}.`;
}

export function anteil(teil: number, ganz: number): string {
	return ganz > 0 ? formatProzent((100 * teil) / ganz) : 'k. A.';
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
