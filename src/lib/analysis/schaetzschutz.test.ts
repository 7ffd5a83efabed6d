import { describe, expect, it } from 'vitest';
import { band, rasterpunkt, SCHAETZSCHUTZ, schuetzeAbdeckung, schuetzeAnzahl, schuetzeSzenario, zaehlendeSzenarien, formatBand } from './schaetzschutz';
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
