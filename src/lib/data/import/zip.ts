/**
 * Unpacking an archive without trusting it: the sizes its directory declares are added up before
 * anything is inflated, and each entry is inflated into a buffer of exactly its declared size, so a
 * "zip bomb" is refused with a message instead of filling the tab's memory.
 */
import { unzipSync } from 'fflate';
import { fehler, Ladefehler } from '../meldungen';
import { GRENZEN, mb } from './grenzen';

export function entpacke(datei: string, bytes: Uint8Array, nur: (name: string) => boolean = () => true): Map<string, Uint8Array> {
	let gesamt = 0;
	let inhalt: Record<string, Uint8Array>;
	try {
		inhalt = unzipSync(bytes, {
			filter(eintrag) {
				if (!nur(eintrag.name)) return false;
				gesamt += eintrag.originalSize;
				if (gesamt > GRENZEN.entpackt)
					throw new Ladefehler([fehler(datei, `Das Archiv würde entpackt mehr als ${mb(GRENZEN.entpackt)} belegen (${mb(eintrag.originalSize)} allein „${eintrag.name}“); das ist mehr, als der Browser sicher verarbeiten kann. Verdacht auf eine „ZIP-Bombe“: die Datei wird nicht gelesen.`)]);
				return true;
			}
		});
	} catch (error) {
		if (error instanceof Ladefehler) throw error;
		throw new Ladefehler([fehler(datei, 'Das ZIP-Archiv ist unvollständig oder beschädigt (abgebrochener Download?) und kann nicht entpackt werden.')]);
	}
	return new Map(Object.entries(inhalt).filter(([name]) => !name.startsWith('__MACOSX/')));
}
