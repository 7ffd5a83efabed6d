/**
 * Generates the `bevoelkerung` counts of the default data set: per Stichtag, district, sex, age band,
 * status, citizenship, EU membership, refugee background and length of stay. City totals come out
 * exactly as calibrated (apportionment, not rounding); districts differ as their profiles say.
 */
import { randomLcg } from 'd3-random';
import {
	ALTERSGRUPPEN,
	AUFENTHALTSDAUER,
	bandStart,
	type BevoelkerungZeile,
	type Status
} from '../../src/lib/data/schema';
import { apportion } from './apportion';
import {
	ALTERSPROFIL,
	AUFENTHALTSPROFIL,
	BEZIRKSPROFILE,
	FLUCHT_ANTEIL,
	FLUCHT_ZUZUGSJAHR,
	JAHRESZIELE,
	MAENNERANTEIL,
	STAATSANGEHOERIGKEIT_GEWICHT,
	STAATSANGEHOERIGKEIT_TREND,
	type Jahresziel
} from './calibration';

export interface Staat {
	iso: string;
	name: string;
	eu_beitritt: string;
	eu_austritt: string;
}

type Rng = () => number;

/** The demo data know two sexes only; the register's "divers" and "ohne Angabe" are too rare to invent. */
const GESCHLECHT = ['m', 'w'] as const;

export function isEU(staat: Staat, stichtag: string): boolean {
	return staat.eu_beitritt !== '' && staat.eu_beitritt <= stichtag && (staat.eu_austritt === '' || staat.eu_austritt > stichtag);
}

export function generatePopulation(staaten: Staat[], seed: number): BevoelkerungZeile[] {
	const rng = randomLcg(seed);
	const codes = Object.keys(BEZIRKSPROFILE).sort();
	// District noise is drawn once so that a district keeps its character across the Stichtage.
	const noise = new Map(
		codes.map((c) => [c, { mh: 1 + 0.08 * (rng() - 0.5), auss: 1 + 0.2 * (rng() - 0.5), drift: 0.05 * (rng() - 0.4) }])
	);
	const rows: BevoelkerungZeile[] = [];
	for (const ziel of JAHRESZIELE) {
		rows.push(...generateYear(ziel, codes, noise, staaten, rng));
	}
	return rows;
}

function generateYear(
	ziel: Jahresziel,
	codes: string[],
	noise: Map<string, { mh: number; auss: number; drift: number }>,
	staaten: Staat[],
	rng: Rng
): BevoelkerungZeile[] {
	const year = Number(ziel.stichtag.slice(0, 4));
	const profile = codes.map((c) => BEZIRKSPROFILE[c]);
	const einwohner = apportion(
		ziel.einwohner,
		profile.map((p) => p.einwohner2020 * (1 - (p.wachstum + 0.002) * (2020 - year)))
	);
	// Districts drift apart over the years (some neighbourhoods diversify faster than others).
	const mh = codes.map((c, i) => profile[i].mh * noise.get(c)!.mh * (1 + noise.get(c)!.drift * (year - 2020)));
	const auslaender = apportion(ziel.auslaender, einwohner.map((e, i) => e * mh[i] ** 1.3));
	const aussiedler = apportion(
		ziel.aussiedler,
		einwohner.map((e, i) => e * mh[i] * profile[i].aussiedler * noise.get(codes[i])!.auss)
	);
	const eingebuergert = apportion(
		ziel.migrationshintergrund - ziel.auslaender - ziel.aussiedler,
		einwohner.map((e, i) => e * mh[i])
	);

	const rows: BevoelkerungZeile[] = [];
	codes.forEach((code, i) => {
		const deutsch = einwohner[i] - auslaender[i] - aussiedler[i] - eingebuergert[i];
		if (deutsch < 0) throw new Error(`Stadtbezirk ${code} ${ziel.stichtag}: more MH than inhabitants`);
		const counts: [Status, number][] = [
			['deutsch', deutsch],
			['eingebuergert', eingebuergert[i]],
			['aussiedler', aussiedler[i]]
		];
		for (const [status, n] of counts) rows.push(...germanCells(ziel.stichtag, code, status, n, rng));
	});
	rows.push(...foreignCells(ziel, codes, auslaender, staaten, rng));
	return rows;
}

/** Calibration profiles are in plain 5-year bands; 15-19 splits 3:2 into 15-17 and 18-19. */
function toAltersgruppen(profile: readonly number[]): number[] {
	return [...profile.slice(0, 3), profile[3] * 0.6, profile[3] * 0.4, ...profile.slice(4)];
}

function sexAgeWeights(profile: readonly number[], maleShare: number, rng: Rng): number[] {
	return GESCHLECHT.flatMap((g) =>
		toAltersgruppen(profile).map((w) => w * (g === 'm' ? maleShare : 1 - maleShare) * (0.9 + 0.2 * rng()))
	);
}

function germanCells(stichtag: string, code: string, status: Status, n: number, rng: Rng): BevoelkerungZeile[] {
	const split = apportion(n, sexAgeWeights(ALTERSPROFIL[status], MAENNERANTEIL[status as 'deutsch'], rng));
	return split.flatMap((anzahl, k) =>
		anzahl === 0
			? []
			: [{
					stichtag,
					stadtbezirk: code,
					geschlecht: GESCHLECHT[Math.floor(k / ALTERSGRUPPEN.length)],
					altersgruppe: ALTERSGRUPPEN[k % ALTERSGRUPPEN.length],
					status,
					staatsangehoerigkeit: 'DE',
					eu: null,
					fluchthintergrund: false,
					aufenthaltsdauer: null,
					anzahl
				}]
	);
}

interface Person {
	iso: string;
	eu: boolean;
	flucht: boolean;
}

/** Exact counts per citizenship for one Stichtag: EU and third-country totals apportioned separately. */
function citizenshipCounts(ziel: Jahresziel, staaten: Staat[]): { staat: Staat; n: number; eu: boolean }[] {
	const year = Number(ziel.stichtag.slice(0, 4));
	const active = staaten.filter((s) => s.iso !== 'DE').slice(0, ziel.staatsangehoerigkeiten);
	const weight = (s: Staat) =>
		(STAATSANGEHOERIGKEIT_GEWICHT[s.iso] ?? 0.5) * (1 + (STAATSANGEHOERIGKEIT_TREND[s.iso] ?? 0)) ** (year - 2020);
	const eu = active.filter((s) => isEU(s, ziel.stichtag));
	const dritt = active.filter((s) => !isEU(s, ziel.stichtag));
	const nEU = apportion(ziel.auslaenderEU, eu.map(weight), 1);
	const nDritt = apportion(ziel.auslaender - ziel.auslaenderEU, dritt.map(weight), 1);
	return [
		...eu.map((staat, i) => ({ staat, n: nEU[i], eu: true })),
		...dritt.map((staat, i) => ({ staat, n: nDritt[i], eu: false }))
	];
}

function foreignCells(
	ziel: Jahresziel,
	codes: string[],
	auslaender: number[],
	staaten: Staat[],
	rng: Rng
): BevoelkerungZeile[] {
	const year = Number(ziel.stichtag.slice(0, 4));
	const counts = citizenshipCounts(ziel, staaten);
	const flucht = apportion(ziel.fluchthintergrund, counts.map((c) => FLUCHT_ANTEIL[c.staat.iso] ?? 0));
	const people: Person[] = counts.flatMap((c, i) => {
		if (flucht[i] > c.n) throw new Error(`${c.staat.iso}: more refugees than citizens`);
		return Array.from({ length: c.n }, (_, k) => ({ iso: c.staat.iso, eu: c.eu, flucht: k < flucht[i] }));
	});
	shuffle(people, rng);

	const cells = new Map<string, BevoelkerungZeile>();
	let next = 0;
	codes.forEach((code, d) => {
		for (let k = 0; k < auslaender[d]; k++) {
			const person = people[next++];
			const group = person.flucht ? 'fluechtling' : 'auslaender';
			const geschlecht = rng() < MAENNERANTEIL[group] ? 'm' : 'w';
			const altersgruppe = ALTERSGRUPPEN[pick(toAltersgruppen(ALTERSPROFIL[group]), rng)];
			const aufenthaltsdauer = lengthOfStay(person, year, ageBandEnd(altersgruppe), rng);
			const key = [code, geschlecht, altersgruppe, person.iso, person.flucht, aufenthaltsdauer].join('|');
			const cell = cells.get(key);
			if (cell) cell.anzahl++;
			else
				cells.set(key, {
					stichtag: ziel.stichtag,
					stadtbezirk: code,
					geschlecht,
					altersgruppe,
					status: 'auslaender',
					staatsangehoerigkeit: person.iso,
					eu: person.eu,
					fluchthintergrund: person.flucht,
					aufenthaltsdauer,
					anzahl: 1
				});
		}
	});
	return [...cells.values()];
}

function lengthOfStay(person: Person, year: number, maxAge: number, rng: Rng) {
	let years: number;
	if (person.flucht) {
		const arrivals = Object.entries(FLUCHT_ZUZUGSJAHR).filter(([y]) => Number(y) <= year);
		const arrival = Number(arrivals[pick(arrivals.map(([, w]) => w), rng)][0]);
		years = year - arrival + rng();
	} else {
		const band = pick(person.eu ? AUFENTHALTSPROFIL.eu : AUFENTHALTSPROFIL.drittstaat, rng);
		const start = bandStart(AUFENTHALTSDAUER[band]);
		const end = AUFENTHALTSDAUER[band + 1] ? bandStart(AUFENTHALTSDAUER[band + 1]) : 45;
		years = start + (end - start) * rng();
	}
	// Nobody has lived here longer than they have lived.
	if (years > maxAge) years = maxAge * rng();
	let band = 0;
	while (band + 1 < AUFENTHALTSDAUER.length && bandStart(AUFENTHALTSDAUER[band + 1]) <= years) band++;
	return AUFENTHALTSDAUER[band];
}

function ageBandEnd(band: string): number {
	const k = ALTERSGRUPPEN.indexOf(band as never);
	return k + 1 < ALTERSGRUPPEN.length ? bandStart(ALTERSGRUPPEN[k + 1]) : 100;
}

function pick(weights: readonly number[], rng: Rng): number {
	const total = weights.reduce((a, b) => a + b, 0);
	let r = rng() * total;
	for (let i = 0; i < weights.length; i++) {
		r -= weights[i];
		if (r < 0) return i;
	}
	return weights.length - 1;
}

function shuffle<T>(items: T[], rng: Rng): void {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[items[i], items[j]] = [items[j], items[i]];
	}
}
