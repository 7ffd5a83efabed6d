import { describe, expect, it } from 'vitest';
import { band, bandwert, formatGeschuetzt, rasterpunkt, SCHAETZSCHUTZ, schaetzschutzHinweis, schuetzeAbdeckung, schuetzeAnzahl, schuetzeSzenario, zaehlendeSzenarien, formatBand } from './schaetzschutz';
import { bevoelkerungspunkte } from './bevoelkerungspunkte';
import { erreichbarkeit, naechsteEntfernung, type Abdeckung } from './erreichbarkeit';
import { vorschlaege } from './vorschlag';
import { ebeneUm, zuGrad } from './projektion';
import type { Gruppenzahlen, WohnortZeile } from '../data/abfragen/angebote';
import { WOHNORT_GRUPPEN } from '../data/schema';

const roh = (gesamt: number, erreicht: number, medianM: number | null = 300, orte = 10): Abdeckung => ({ gesamt, erreicht, anteil: gesamt ? (100 * erreicht) / gesamt : null, medianM, orte });

describe('counts estimated from residential points', () => {
	it('withholds 1 up to below the threshold, keeps 0 and rounds the rest to the base', () => {
		expect(schuetzeAnzahl(0, 3)).toEqual({ wert: 0, gesperrt: false });
		expect(schuetzeAnzahl(1, 3)).toEqual({ wert: null, gesperrt: true });
		expect(schuetzeAnzahl(2.4, 3)).toEqual({ wert: null, gesperrt: true });
		expect(schuetzeAnzahl(3, 3)).toEqual({ wert: 5, gesperrt: false });
		expect(schuetzeAnzahl(12, 3)).toEqual({ wert: 10, gesperrt: false });
		expect(schuetzeAnzahl(13, 3)).toEqual({ wert: 15, gesperrt: false });
		expect(schuetzeAnzahl(-13, 3)).toEqual({ wert: -15, gesperrt: false });
	});
});

describe('coverage', () => {
	it('gives no share for a group of 4: "75 %" beside "•" would name the one not reached', () => {
		const a = schuetzeAbdeckung(roh(4, 3), 3);
		expect(a.anteil).toBeNull();
		expect(a.anteilGesperrt).toBe(true);
		expect(a.nichtErreicht).toEqual({ wert: null, gesperrt: true });
		expect(a.median).toBeNull();
		expect(a.medianGesperrt).toBe(true);
	});
	it('computes a share from the rounded counts once the group is large enough', () => {
		const a = schuetzeAbdeckung(roh(41, 29), 3);
		// 29 → 30 of 41 → 40.
		expect(a.anteil).toBe(75);
		expect(a.nichtErreicht.wert).toBe(10);
	});
	it('needs enough residential points for a median walk and shows only its band', () => {
		expect(schuetzeAbdeckung(roh(100, 50, 612, SCHAETZSCHUTZ.mindestOrte - 1), 3).medianGesperrt).toBe(true);
		expect(schuetzeAbdeckung(roh(100, 50, 612), 3).median).toEqual({ von: 500, bis: 750 });
		expect(band(2400)).toEqual({ von: 2000, bis: null });
		expect(formatBand(band(612))).toBe('500–750 m');
		expect(formatBand(band(80))).toBe('unter 250 m');
		expect(formatBand(band(2400))).toBe('über 2.000 m');
	});
	it('lets a scenario that reaches one more person change nothing shown', () => {
		const vorher = roh(1000, 702);
		const s = schuetzeSzenario(vorher, roh(1000, 703), 3);
		expect(s.differenz).toEqual({ wert: null, gesperrt: true });
		expect(s.abdeckung.anteil).toBe(schuetzeAbdeckung(vorher, 3).anteil);
		const gross = schuetzeSzenario(vorher, roh(1000, 714), 3);
		expect(gross.differenz.wert).toBe(10);
		expect(gross.abdeckung.erreicht.wert).toBe(710);
	});
});

describe('the edges of the estimate protection', () => {
	const { mindestGruppe, mindestOrte, bandMaxM } = SCHAETZSCHUTZ;
	it('gives a share from a group of exactly the minimum size on, none and nothing withheld where nobody lives', () => {
		expect(schuetzeAbdeckung(roh(mindestGruppe, 10), 3)).toMatchObject({ anteil: 50, anteilGesperrt: false });
		expect(schuetzeAbdeckung(roh(mindestGruppe - 1, 10), 3)).toMatchObject({ anteil: null, anteilGesperrt: true });
		expect(schuetzeAbdeckung(roh(0, 0, null, 0), 3)).toMatchObject({ anteil: null, anteilGesperrt: false, median: null, medianGesperrt: false });
	});
	it('withholds the share when the reached count is withheld', () => {
		expect(schuetzeAbdeckung(roh(100, 2), 3)).toMatchObject({ anteil: null, anteilGesperrt: true });
	});
	it('gives a median walk from exactly the minimum group on exactly the minimum of places on', () => {
		expect(schuetzeAbdeckung(roh(mindestGruppe, 10, 612, mindestOrte), 3)).toMatchObject({ median: { von: 500, bis: 750 }, medianGesperrt: false });
		expect(schuetzeAbdeckung(roh(mindestGruppe - 1, 10, 612, mindestOrte), 3)).toMatchObject({ median: null, medianGesperrt: true });
		expect(schuetzeAbdeckung(roh(100, 50, null), 3)).toMatchObject({ median: null, medianGesperrt: false });
	});
	it('puts a walk of exactly the last bound into the open band above it', () => {
		expect(band(bandMaxM)).toEqual({ von: bandMaxM, bis: null });
		expect(band(bandMaxM - 1)).toEqual({ von: bandMaxM - 250, bis: bandMaxM });
		expect(bandwert(band(612))).toBe(750);
		expect(bandwert(band(bandMaxM + 500))).toBe(bandMaxM);
	});
	it('adds a scenario’s difference to the reached and takes it from the not reached, within the group', () => {
		const s = schuetzeSzenario(roh(1000, 700), roh(1000, 760), 3);
		expect(s.abdeckung).toMatchObject({ erreicht: { wert: 760, gesperrt: false }, nichtErreicht: { wert: 240, gesperrt: false }, anteil: 76 });
		const voll = schuetzeSzenario(roh(1000, 990), roh(1000, 1012), 3);
		expect(voll.abdeckung).toMatchObject({ erreicht: { wert: 1000, gesperrt: false }, nichtErreicht: { wert: 0, gesperrt: false } });
		const medianDanach = schuetzeSzenario(roh(1000, 700, 900), roh(1000, 760, 300), 3);
		expect(medianDanach.abdeckung.median).toEqual({ von: 250, bis: 500 });
	});
	it('keeps a withheld count withheld in a scenario', () => {
		const s = schuetzeSzenario(roh(100, 2), roh(100, 40), 3);
		expect(s.abdeckung.erreicht).toEqual({ wert: null, gesperrt: true });
		const fast = schuetzeSzenario(roh(100, 98), roh(100, 99), 3);
		expect(fast.abdeckung.nichtErreicht).toEqual({ wert: null, gesperrt: true });
	});
	it('writes a protected count and the rule in words', () => {
		expect(formatGeschuetzt({ wert: null, gesperrt: true })).toBe('•');
		expect(formatGeschuetzt({ wert: 1235, gesperrt: false })).toBe('1.235');
		expect(formatBand({ von: 250, bis: 500 })).toBe('250–500 m');
		expect(schaetzschutzHinweis(3)).toBe(
			'Schätzungen aus Wohnorten sind geschützt wie Zählungen: Personenzahlen (erreicht, nicht erreicht, Unterschiede durch Szenarien und Vorschläge) auf 5 gerundet, unter 3 „•“; Anteile nur für Gruppen ab 20 Personen; der Fußweg-Median nur ab 20 Personen an 5 Wohnorten, in Stufen von 250 m. Szenario-Angebote und Vorschläge liegen in der Mitte eines 250-m-Rasterfelds; je Bezirk zählen höchstens 3 Szenario-Angebote.'
		);
	});
});

describe('scenario placements', () => {
	it('sit at the centre of a grid cell, whatever metre was clicked', () => {
		const r = SCHAETZSCHUTZ.rasterM;
		expect(rasterpunkt(3, 7)).toEqual({ x: r / 2, y: r / 2 });
		expect(rasterpunkt(r - 1, -1)).toEqual({ x: r / 2, y: -r / 2 });
	});
	it('count at most the stated number per district', () => {
		const n = SCHAETZSCHUTZ.szenarioJeBezirk;
		const bezirke = [...Array(n + 2).fill('70'), '41'];
		expect(zaehlendeSzenarien(bezirke)).toEqual([...Array(n).fill(true), false, false, true]);
	});
});

describe('an attacker probing one household', () => {
	const ebene = ebeneUm(10.3, 47.7);
	const leer = Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, null])) as WohnortZeile['gruppen'];
	const ort = (x: number, y: number, einwohner: number, flucht: number): WohnortZeile => {
		const [lon, lat] = zuGrad(ebene, x, y);
		return { stadtbezirk: '70', lat, lon, einwohner, gruppen: { ...leer, flucht } };
	};
	// One refugee household of 1 at (1 234, 567); 60 other inhabitants on a 100-m grid, no refugees.
	const orte = [ort(1234, 567, 1, 1), ...Array.from({ length: 60 }, (_, i) => ort((i % 10) * 100, Math.floor(i / 10) * 100, 1, 0))];
	const zahlen = { einwohner: 61, ...Object.fromEntries(WOHNORT_GRUPPEN.map((g) => [g, 0])), flucht: 1 } as Gruppenzahlen;
	const p = bevoelkerungspunkte(orte, new Map([['70', zahlen]]), ebene);
	const r = { distanzM: 500, umwegfaktor: 1.3 };

	it('learns nothing from the median walk measured from three places', () => {
		for (const ziel of [{ x: 1234, y: 0 }, { x: 0, y: 567 }, { x: 2000, y: 2000 }]) {
			const e = erreichbarkeit(p, naechsteEntfernung(p, [rasterpunkt(ziel.x, ziel.y)]), 'flucht', r);
			const a = schuetzeAbdeckung(e.je.get('70')!, 3);
			expect(a.median).toBeNull();
			expect(a.anteil).toBeNull();
		}
	});
	it('gets no suggestion pointing at the household and no gain of 1', () => {
		const [v] = vorschlaege(p, naechsteEntfernung(p, []), 'flucht', r, 1);
		expect(Math.round(v.neuErreicht)).toBe(1);
		expect(schuetzeAnzahl(v.neuErreicht, 3).gesperrt).toBe(true);
		expect(Math.hypot(v.x - 1234, v.y - 567)).toBeGreaterThan(1);
	});
});
