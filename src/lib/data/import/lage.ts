/**
 * Where boundaries land: whatever the system (declared, detected or chosen by hand), the converted
 * areas must lie in Germany and near the data loaded so far, or the user learns where they landed
 * and the likely cause. Without a declared system, the system is judged from the coordinate ranges.
 */
import type { Position } from 'geojson';
import { inDeutschland, KATALOG, type Katalogkennung } from './koordinaten';
import { ausKatalog, nachWgs84Von, type Bezugssystem } from './bezugssystem';

export type Punkt = [number, number];

/** Where the data loaded so far are: their centre, and what they are (for the message). */
export interface Bezug {
	mitte: Punkt;
	was: string;
}

/** Farther than this from the data loaded so far, boundaries are a mistake (a city is < 30 km across). */
export const HOECHSTENS_KM = 30;

/** At most about `n` positions, evenly spread over the list. */
export function stichprobe(punkte: readonly Position[], n = 500): Punkt[] {
	const schritt = Math.max(1, Math.floor(punkte.length / n));
	const aus: Punkt[] = [];
	for (let i = 0; i < punkte.length; i += schritt) aus.push([punkte[i][0], punkte[i][1]]);
	return aus;
}

/** Converted positions; one that is no longitude and latitude (metres read as degrees, 1e308) is NaN. */
const umgerechnet = (s: Bezugssystem, punkte: readonly Punkt[], tausch = false): Punkt[] => {
	const f = nachWgs84Von(s);
	return punkte.map(([x, y]) => {
		try {
			const [lon, lat] = f(tausch ? [y, x] : [x, y]);
			return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : [NaN, NaN];
		} catch {
			return [NaN, NaN];
		}
	});
};
const alleInDeutschland = (p: readonly Punkt[]) => p.length > 0 && p.every(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && inDeutschland(lon, lat));

export function mitteVon(p: readonly Punkt[]): Punkt | null {
	const ok = p.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
	if (ok.length === 0) return null;
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of ok) {
		x0 = Math.min(x0, x);
		y0 = Math.min(y0, y);
		x1 = Math.max(x1, x);
		y1 = Math.max(y1, y);
	}
	return [(x0 + x1) / 2, (y0 + y1) / 2];
}

export const km = ([x1, y1]: Punkt, [x2, y2]: Punkt) => Math.hypot((x1 - x2) * 111.32 * Math.cos(((y1 + y2) / 2) * (Math.PI / 180)), (y1 - y2) * 110.57);

export interface Erkennung {
	/** Every catalogue system that puts all the positions in Germany, the likeliest first. */
	passend: Katalogkennung[];
	vertauscht: boolean;
}

/**
 * The catalogue systems that bring these coordinates to Germany (8-digit eastings 32…/33… are
 * UTM with the zone number, 7-digit ones starting 2–5 Gauß-Krüger zones, 6-digit ones UTM), nearest
 * to the data loaded so far first; else, swapped axes.
 */
export function erkenneSystem(punkte: readonly Punkt[], bezug?: Bezug | null): Erkennung {
	const probe = stichprobe(punkte, 200);
	const kennungen = Object.keys(KATALOG) as Katalogkennung[];
	const suche = (tausch: boolean) => kennungen.filter((k) => alleInDeutschland(umgerechnet(ausKatalog(k), probe, tausch)));
	const gerade = suche(false);
	if (gerade.length) {
		if (bezug) {
			const abstand = (k: Katalogkennung) => km(mitteVon(umgerechnet(ausKatalog(k), probe))!, bezug.mitte);
			gerade.sort((a, b) => abstand(a) - abstand(b));
		}
		return { passend: gerade, vertauscht: false };
	}
	const getauscht = suche(true);
	return { passend: getauscht, vertauscht: getauscht.length > 0 };
}

const grad = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 1 });
const RICHTUNG = ['nördlich', 'nordöstlich', 'östlich', 'südöstlich', 'südlich', 'südwestlich', 'westlich', 'nordwestlich'];
const MITTE_DEUTSCHLAND: Punkt = [10.45, 51.16];

/** "bei 50,9° N, 33,1° O, etwa 1.650 km östlich von Deutschland" */
function wo([lon, lat]: Punkt): string {
	const nah: Punkt = [Math.min(15.04, Math.max(5.87, lon)), Math.min(55.06, Math.max(47.27, lat))];
	const winkel = (Math.atan2((lon - MITTE_DEUTSCHLAND[0]) * Math.cos((lat * Math.PI) / 180), lat - MITTE_DEUTSCHLAND[1]) * 180) / Math.PI;
	const richtung = RICHTUNG[Math.round(((winkel + 360) % 360) / 45) % 8];
	const entfernung = Math.round(km([lon, lat], nah) / 10) * 10;
	const ort = `bei ${grad(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}, ${grad(Math.abs(lon))}° ${lon >= 0 ? 'O' : 'W'}`;
	return entfernung >= 10 ? `${ort}, etwa ${entfernung.toLocaleString('de-DE')} km ${richtung} von Deutschland` : `${ort}, knapp außerhalb Deutschlands`;
}

const nennung = (s: Bezugssystem) => (s.kennung === 'WKT' ? s.name : `${s.kennung} (${s.name})`);

/** The likely cause, from what the coordinates fit instead and the digits of their eastings. */
function ursache(s: Bezugssystem, roh: readonly Punkt[], bezug?: Bezug | null): string {
	const e = erkenneSystem(roh, bezug);
	const stellen = Math.round(Math.abs(roh[0]?.[0] ?? 0)).toString().length;
	const zone = (k: string) => k === 'EPSG:4647' || k === 'EPSG:5650';
	const anders = e.passend.find((k) => k !== s.kennung);
	// Swapped, the coordinates may well fit the very system used: that is then the one to name.
	if (e.vertauscht) return ` Mit vertauschten Achsen (Hochwert vor Rechtswert) passen sie zu ${nennung(ausKatalog(e.passend[0]))}.`;
	if (anders && zone(anders) && !zone(s.kennung)) return ` Die Rechtswerte haben ${stellen} Stellen und beginnen mit der Zonenkennziffer „${String(roh[0][0]).slice(0, 2)}“: vermutlich ist es ${nennung(ausKatalog(anders))}, das verwendete System kennt die Zonenkennziffer nicht.`;
	if (anders && zone(s.kennung)) return ` Die Rechtswerte haben nur ${stellen} Stellen, ohne Zonenkennziffer: vermutlich ist es ${nennung(ausKatalog(anders))}.`;
	if (anders) return ` Die Koordinaten passen zu ${nennung(ausKatalog(anders))}: vermutlich ist das verwendete Koordinatensystem falsch.`;
	if (s.kennung === 'EPSG:4326') return ' Falsche Datei oder verschobene Koordinaten?';
	return ` Kein bekanntes Koordinatensystem bringt diese Koordinaten (Rechtswerte mit ${stellen} Stellen) nach Deutschland: vermutlich fehlt die Zonenkennziffer oder ein Rechtswert-Zuschlag, oder das Koordinatensystem ist falsch. Bitte die .prj-Datei mitgeben oder im GIS nach EPSG:25832 umprojizieren.`;
}

/**
 * Null if the positions, converted with `s`, lie in Germany (and within HOECHSTENS_KM of `bezug`);
 * else the German text saying where they landed and why that likely is.
 */
export function lagefehler(s: Bezugssystem, roh: readonly Punkt[], bezug?: Bezug | null): string | null {
	const probe = stichprobe(roh, 200);
	const p = umgerechnet(s, probe);
	const m = mitteVon(p);
	if (!m) return `Die Koordinaten ergeben mit ${nennung(s)} keine gültigen Längen und Breiten.${ursache(s, probe, bezug)}`;
	if (!alleInDeutschland(p)) return `Die Koordinaten liegen nach der Umrechnung mit ${nennung(s)} nicht in Deutschland, sondern ${wo(m)}.${ursache(s, probe, bezug)}`;
	if (bezug && km(m, bezug.mitte) > HOECHSTENS_KM) {
		const n = Math.round(km(m, bezug.mitte)).toLocaleString('de-DE');
		const e = erkenneSystem(probe, bezug);
		const besser = e.passend.find((k) => k !== s.kennung && km(mitteVon(umgerechnet(ausKatalog(k), probe))!, bezug.mitte) <= HOECHSTENS_KM);
		return `Die Flächen liegen nach der Umrechnung mit ${nennung(s)} ${n} km von ${bezug.was} entfernt.${besser ? ` Mit ${nennung(ausKatalog(besser))} lägen sie dort: vermutlich ist das verwendete Koordinatensystem falsch.` : ' Falsche Datei oder falsches Koordinatensystem?'}`;
	}
	return null;
}
