/**
 * An optional raster basemap. Off by default: the atlas then requests nothing from any other host.
 * A city that runs its own tile server (or accepts an external one) sets both variables at build time:
 *   VITE_BASISKARTE_KACHELN="https://tiles.example.org/{z}/{x}/{y}.png"
 *   VITE_BASISKARTE_NAMENSNENNUNG="© Stadt Kempten, Geodaten"
 */
export interface Basiskarte {
	tiles: string;
	attribution: string;
}

export function basiskarte(): Basiskarte | null {
	const tiles = import.meta.env.VITE_BASISKARTE_KACHELN as string | undefined;
	if (!tiles) return null;
	return { tiles, attribution: (import.meta.env.VITE_BASISKARTE_NAMENSNENNUNG as string | undefined) ?? '' };
}
