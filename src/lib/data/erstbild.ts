/** Values of the default view prepared at build time (scripts/prepare-first-paint.ts). */
import type { IndikatorWert } from './queries';
import type { Stadtbezirk } from './schema';

export interface Erstbild {
	datensatz: string;
	stichtag: string;
	indikator: string;
	stadtbezirke: Stadtbezirk[];
	werte: IndikatorWert[];
}
