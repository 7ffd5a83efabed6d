/**
 * Unpacking an archive without trusting it: the sizes its directory declares are added up before
 * anything is inflated, and each entry is inflated into a buffer of exactly its declared size, so a
 * "zip bomb" is refused with a message instead of filling the tab's memory.
 */
import { unzipSync } from 'fflate';
import { fehler, Ladefehler } from '../meldungen';
import { GRENZEN, mb } from './grenzen';

/** `nur`: the entries to inflate; `zaehlt`: those whose declared sizes count towards the limit, by default the same. */
export function entpacke(datei: string, bytes: Uint8Array, nur: (name: string) => boolean = () => true, zaehlt: (name: string) => boolean = nur): Map<string, Uint8Array> {
	let gesamt = 0;
	let inhalt: Record<string, Uint8Array>;
	try {
		inhalt = unzipSync(bytes, {
			filter(eintrag) {
				if (zaehlt(eintrag.name)) {
					gesamt += eintrag.originalSize;
					if (gesamt > GRENZEN.entpackt)
						throw new Ladefehler([fehler(datei, `Das Archiv würde entpackt mehr als ${mb(GRENZEN.entpackt)} belegen (${mb(eintrag.originalSize)} allein „${eintrag.name}“); das ist mehr, als der Browser sicher verarbeiten kann. Verdacht auf eine „ZIP-Bombe“: die Datei wird nicht gelesen.`)]);
				}
				return nur(eintrag.name);
			}
		});
	} catch (error) {
		if (error instanceof Ladefehler) throw error;
		throw new Ladefehler([fehler(datei, 'Das ZIP-Archiv ist unvollständig oder beschädigt (abgebrochener Download?) und kann nicht entpackt werden.')]);
	}
	return new Map(Object.entries(inhalt).filter(([name]) => !name.startsWith('__MACOSX/')));
}
