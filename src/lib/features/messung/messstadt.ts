/**
 * The bench's city of its own: N square areas in a grid in Middle Franconia. The bench writes it as the
 * GeoJSON a user would import; the map floor page paints the same squares, so the atlas with own data and
 * its floor draw the same shapes.
 */
export const MESSSTADT_SEITE = 0.004;

export interface Messflaeche {
	code: string;
	name: string;
	ring: [number, number][];
}

export function messstadt(n: number): Messflaeche[] {
	const spalten = Math.ceil(Math.sqrt(n));
	const d = MESSSTADT_SEITE;
	return Array.from({ length: n }, (_, i) => {
		const x = 10.9 + (i % spalten) * d;
		const y = 49.3 + Math.floor(i / spalten) * d;
		return { code: String(1000 + i), name: `Gebiet ${i + 1}`, ring: [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]] };
	});
}
