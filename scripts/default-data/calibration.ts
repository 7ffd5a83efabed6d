/**
 * What the generated default data set is calibrated to.
 *
 * City totals for 31.12.2020 and 31.12.2017 are published (KIK 2021, "Die Ausgangslage";
 * Kreisbote report on the Faktencheck 2017; see data/quellen/kennzahlen.md). Everything else here
 * is invented but kept plausible: district sizes follow the few published Stadtteil figures
 * (data/quellen/README.md), district differences follow what is known qualitatively (Thingers and
 * Kempten-Ost above the city average, rural Bezirke 60, 61, 70 below).
 */

export interface Jahresziel {
	stichtag: string;
	einwohner: number;
	migrationshintergrund: number;
	auslaender: number;
	aussiedler: number;
	fluchthintergrund: number;
	/** Ausländer*innen with an EU citizenship as of the Stichtag. */
	auslaenderEU: number;
	/** Distinct foreign citizenships. */
	staatsangehoerigkeiten: number;
}

/** 2017 and 2020 (bold) are published; 2016, 2018, 2019 are interpolated estimates. */
export const JAHRESZIELE: Jahresziel[] = [
	{ stichtag: '2016-12-31', einwohner: 69_180, migrationshintergrund: 25_430, auslaender: 10_560, aussiedler: 5_258, fluchthintergrund: 1_150, auslaenderEU: 4_541, staatsangehoerigkeiten: 121 },
	{ stichtag: '2017-12-31', einwohner: 70_157, migrationshintergrund: 26_064, auslaender: 10_989, aussiedler: 5_262, fluchthintergrund: 1_290, auslaenderEU: 4_813, staatsangehoerigkeiten: 123 },
	{ stichtag: '2018-12-31', einwohner: 70_360, migrationshintergrund: 26_510, auslaender: 11_240, aussiedler: 5_207, fluchthintergrund: 1_360, auslaenderEU: 5_002, staatsangehoerigkeiten: 125 },
	{ stichtag: '2019-12-31', einwohner: 70_620, migrationshintergrund: 26_860, auslaender: 11_560, aussiedler: 5_191, fluchthintergrund: 1_390, auslaenderEU: 5_202, staatsangehoerigkeiten: 124 },
	// 7.3 % Aussiedler → 5 168; 45.2 % EU among 11 689 → 5 284 (both round to the published shares).
	{ stichtag: '2020-12-31', einwohner: 70_787, migrationshintergrund: 27_027, auslaender: 11_689, aussiedler: 5_168, fluchthintergrund: 1_376, auslaenderEU: 5_284, staatsangehoerigkeiten: 125 }
];

export interface Bezirksprofil {
	/** Invented inhabitants on 31.12.2020 before scaling to the city total. */
	einwohner2020: number;
	/** Relative propensity for a migration background (1 = city average). */
	mh: number;
	/** Relative propensity for Aussiedler*innen among the MH population. */
	aussiedler: number;
	/** Yearly growth 2016–2020 relative to the city (new-build areas grow faster). */
	wachstum: number;
}

const p = (einwohner2020: number, mh: number, aussiedler = 1, wachstum = 0): Bezirksprofil => ({
	einwohner2020,
	mh,
	aussiedler,
	wachstum
});

/** Keyed by the KIK's Stadtbezirk code. */
export const BEZIRKSPROFILE: Record<string, Bezirksprofil> = {
	'10': p(1_850, 0.8, 0.9), '11': p(1_400, 0.95), '12': p(1_750, 0.8, 0.9, 0.004), '13': p(1_300, 1.0),
	'20': p(1_350, 1.0), '21': p(1_050, 0.75, 0.8, 0.006), '22': p(1_100, 0.85), '23': p(1_250, 1.05),
	'24': p(1_200, 1.15, 1.2), '25': p(1_150, 1.2, 1.2), '26': p(900, 1.25, 0.7), '27': p(1_300, 0.85, 0.9, 0.005),
	'30': p(950, 1.05), '31': p(700, 0.95), '32': p(1_150, 0.9), '33': p(1_100, 1.05),
	'34': p(800, 1.2, 0.6), '35': p(750, 1.2, 0.6), '36': p(1_000, 1.1, 0.8), '37': p(550, 1.15, 0.6),
	'38': p(900, 1.15, 0.8), '39': p(850, 1.1, 0.7),
	// Thingers (40, 41, 43) about 9 500 inhabitants, well above the city average, many Aussiedler.
	'40': p(3_200, 1.45, 1.6), '41': p(3_300, 1.5, 1.5), '42': p(1_300, 0.75, 0.8, 0.005), '43': p(3_000, 1.4, 1.5),
	'44': p(1_500, 1.0), '45': p(1_600, 1.05), '46': p(1_100, 0.95, 1, 0.004),
	// Kempten-Ost (Bühl, Auf dem Lindenberg): Quartiersmanagement area, above average.
	'50': p(1_100, 1.0), '51': p(900, 1.1), '52': p(1_500, 1.35, 1.4), '53': p(1_600, 1.4, 1.5),
	'54': p(1_400, 1.35, 1.4), '55': p(900, 1.25, 1.3), '56': p(800, 0.9),
	// Rural north (Stadtteil 6: 2 609 in 2012) and Leubas (about 1 400): well below average.
	'60': p(1_650, 0.45, 0.5, 0.004), '61': p(1_100, 0.4, 0.5, 0.004),
	// Sankt Mang (Stadtteil 7: 14 434 in 2012), Soziale Stadt area around Kottern/Neudorf.
	'70': p(1_450, 0.5, 0.6, 0.003), '71': p(3_400, 1.05, 1.1), '72': p(4_300, 1.1, 1.2), '73': p(5_300, 1.35, 1.3),
	'80': p(300, 1.2, 0.7), '81': p(500, 1.2, 0.8), '82': p(950, 1.2, 0.9), '83': p(900, 1.3, 0.8), '84': p(1_100, 1.0, 1, 0.004)
};

/**
 * Relative weights of foreign citizenships on 31.12.2020. Published: the five most frequent are
 * Türkei, Italien, Rumänien, Polen, Syrien, in this order; 2018 shares Türkei 20.15 %, Italien 13.69 %,
 * Rumänien 10.18 %, Ungarn and Syrien each just over 4 %. Unlisted citizenships get weight 0.5 each.
 */
export const STAATSANGEHOERIGKEIT_GEWICHT: Record<string, number> = {
	TR: 198, IT: 133, RO: 112, PL: 58, SY: 46, HU: 41, HR: 39, XK: 34, BA: 28, GR: 26, BG: 22,
	RS: 20, AT: 19, AF: 26, NG: 14, RU: 15, UA: 11, IQ: 14, ER: 10, ES: 9, PT: 7, FR: 7, MK: 8,
	AL: 7, KZ: 6, CZ: 5, SK: 5, VN: 5, IN: 6, CN: 5, GB: 5, NL: 4, IR: 7, SO: 7, ET: 6, TH: 4,
	US: 3, SI: 3, BR: 3, PK: 4, GM: 5, ME: 2, LT: 2, LV: 2, MD: 2, PH: 2, TN: 2, MA: 2
};

/** Yearly change of a citizenship's weight towards 2020 (recent EU and refugee immigration). */
export const STAATSANGEHOERIGKEIT_TREND: Record<string, number> = {
	RO: 0.07, SY: 0.09, AF: 0.08, BG: 0.05, HR: 0.06, ER: 0.05, NG: 0.05, TR: -0.01, IT: -0.005, GR: 0.01
};

/**
 * Refugees by citizenship on 31.12.2020: Syrien ca. 25 %, Afghanistan ca. 15 %, Nigeria ca. 10 %,
 * Eritrea ca. 7 %, Kosovo ca. 6 % (KIK); the rest is invented.
 */
export const FLUCHT_ANTEIL: Record<string, number> = {
	SY: 0.25, AF: 0.15, NG: 0.1, ER: 0.07, XK: 0.06, IQ: 0.05, IR: 0.04, SO: 0.05, ET: 0.04,
	TR: 0.05, RU: 0.04, GM: 0.03, PK: 0.02, UA: 0.03, AL: 0.02
};

/** Age profiles (relative weight per 5-year band, 0-4 … 85+) by status. */
export const ALTERSPROFIL = {
	deutsch: [4.0, 4.2, 4.3, 4.6, 5.5, 5.6, 5.4, 5.3, 5.4, 6.4, 8.0, 8.2, 7.4, 6.2, 5.0, 4.6, 3.9, 3.4],
	// Includes children under 18 with a family migration background (KIK footnote *): young.
	eingebuergert: [9.0, 8.8, 8.2, 7.6, 6.2, 6.0, 6.2, 6.5, 6.6, 6.4, 6.0, 5.2, 4.2, 3.2, 2.4, 1.8, 1.0, 0.6],
	aussiedler: [2.4, 2.8, 3.2, 3.8, 4.6, 5.6, 6.4, 6.6, 6.8, 7.4, 8.6, 8.6, 7.4, 6.4, 5.6, 5.2, 4.2, 3.0],
	auslaender: [5.2, 4.4, 3.8, 4.4, 8.6, 11.6, 11.8, 10.4, 9.0, 7.8, 6.6, 5.4, 4.2, 3.0, 2.4, 1.8, 1.0, 0.6],
	fluechtling: [7.0, 6.5, 5.5, 7.5, 16.0, 16.0, 12.5, 9.0, 6.5, 4.5, 3.3, 2.2, 1.5, 0.9, 0.6, 0.3, 0.1, 0.1]
} as const;

/** Share of men by status (refugees are mostly young men). */
export const MAENNERANTEIL = { deutsch: 0.49, eingebuergert: 0.5, aussiedler: 0.48, auslaender: 0.53, fluechtling: 0.64 };

/** Length of stay of Ausländer*innen without refugee background (bands 0-1 … 30+). */
export const AUFENTHALTSPROFIL = {
	eu: [9, 22, 14, 12, 9, 11, 6, 5, 4, 8],
	drittstaat: [6, 14, 9, 7, 6, 10, 9, 9, 8, 22]
} as const;

/** Refugees by year of arrival: mostly 2015/16, so their length of stay moves with the Stichtag. */
export const FLUCHT_ZUZUGSJAHR: Record<number, number> = {
	2010: 1, 2012: 2, 2013: 3, 2014: 10, 2015: 35, 2016: 25, 2017: 10, 2018: 6, 2019: 5, 2020: 4
};
