/**
 * A local plane in metres for distances within one city: an equirectangular projection around the
 * city's latitude, with the lengths of a degree at that latitude (WGS84 ellipsoid series). Across a
 * city of 10–20 km it is within 0.5 % of true distance, far below the uncertainty of a
 * walking-distance catchment.
 */
export interface Ebene {
	lon0: number;
	lat0: number;
	/** Metres per degree of longitude and of latitude at lat0. */
	kx: number;
	ky: number;
}

export function ebeneUm(lon0: number, lat0: number): Ebene {
	const p = (lat0 * Math.PI) / 180;
	const ky = 111132.954 - 559.822 * Math.cos(2 * p) + 1.175 * Math.cos(4 * p);
	const kx = 111412.84 * Math.cos(p) - 93.5 * Math.cos(3 * p) + 0.118 * Math.cos(5 * p);
	return { lon0, lat0, kx, ky };
}

export function zuMetern(e: Ebene, lon: number, lat: number): [number, number] {
	return [(lon - e.lon0) * e.kx, (lat - e.lat0) * e.ky];
}

export function zuGrad(e: Ebene, x: number, y: number): [number, number] {
	return [e.lon0 + x / e.kx, e.lat0 + y / e.ky];
}
