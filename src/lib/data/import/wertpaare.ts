/**
 * Tables that give several numbers per row, each beside a column naming it (München's
 * Indikatorenatlas: `Basiswert 1 … 5` and `Name Basiswert 1 … 5`, numerator and denominator of a
 * share). Each pair becomes a row of its own, so the file is an ordinary long table whose
 * characteristic is the name: "Hauptwohnsitzbevölkerung (deutsch und nichtdeutsch)" → Einwohner.
 * Every row keeps the spreadsheet row it came from.
 */
import { warnung } from '../meldungen';
import type { Rohtabelle, Zelle } from './rohtabelle';
import { alsText } from './zahlen';
import { normiere } from './zuordnung';

const stamm = (kopf: string) => kopf.replace(/\s*\d+$/, '');

/** Value column → its name column, where at least two pairs share a stem ("Basiswert 1", "Basiswert 2"). */
function paare(kopf: readonly string[]): [number, number][] {
	const index = new Map(kopf.map((k, i) => [normiere(k), i]));
	const p = kopf.flatMap((k, i): [number, number][] => {
		const name = index.get(normiere(`Name ${k}`));
		return name === undefined || !/\d$/.test(k) ? [] : [[i, name]];
	});
	return p.length >= 2 && new Set(p.map(([i]) => stamm(kopf[i]))).size === 1 ? p : [];
}

export function entfalteWertpaare(roh: Rohtabelle): Rohtabelle {
	const p = paare(roh.kopf);
	if (!p.length) return roh;
	const paarspalten = new Set(p.flat());
	const uebrig = roh.kopf.map((_, i) => i).filter((i) => !paarspalten.has(i));
	const wort = stamm(roh.kopf[p[0][0]]);
	const zeilen: Zelle[][] = [];
	const zeileVon: number[] = [];
	roh.zeilen.forEach((r, i) => {
		for (const [wert, name] of p) {
			if (alsText(r[wert]) === '' && alsText(r[name]) === '') continue;
			zeilen.push([...uebrig.map((k) => r[k]), r[wert], r[name]]);
			zeileVon.push(roh.zeileVon[i]);
		}
	});
	const hinweis = warnung(roh.datei, `Die Spaltenpaare ${p.map(([w, n]) => `„${roh.kopf[w]}“/„${roh.kopf[n]}“`).join(', ')} werden untereinander gelesen: je Zahl eine Zeile mit ihrer Bezeichnung in „Name ${wort}“ (${roh.zeilen.length.toLocaleString('de-DE')} Zeilen der Datei, ${zeilen.length.toLocaleString('de-DE')} Zahlen).`);
	return { ...roh, kopf: [...uebrig.map((k) => roh.kopf[k]), wort, `Name ${wort}`], zeilen, zeileVon, hinweise: [...roh.hinweise, hinweis] };
}
