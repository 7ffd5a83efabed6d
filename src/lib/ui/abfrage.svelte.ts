/**
 * A view's own query, as Mosaic's clients declare theirs: the view says which question it needs
 * answered (a function of its props), the session's coordinator answers it (cached), and the answer
 * arrives here. Stale answers (the view asked something else meanwhile) are dropped. Create it during
 * a component's initialisation; it lives as long as the component.
 */
import type { Koordinator } from '../data/abfragen/koordinator';
import { alsText } from '../data/meldungen';
import type { Sitzung } from './sitzung.svelte';

export type Frage<T> = (k: Koordinator) => Promise<T>;
export type Abfragestatus = 'wartet' | 'laedt' | 'bereit' | 'fehler';

export class Abfrage<T> {
	wert = $state.raw<T | undefined>(undefined);
	status = $state<Abfragestatus>('wartet');
	fehler = $state<string | null>(null);

	constructor(sitzung: Sitzung, frage: () => Frage<T> | null) {
		$effect(() => {
			const f = frage();
			const k = sitzung.koordinator;
			this.wert = undefined;
			this.fehler = sitzung.datenbankFehler;
			if (!f || !k) {
				this.status = sitzung.datenbankFehler ? 'fehler' : 'wartet';
				return;
			}
			let aktuell = true;
			this.status = 'laedt';
			f(k).then(
				(wert) => {
					if (!aktuell) return;
					this.wert = wert;
					this.status = 'bereit';
				},
				(error) => {
					if (!aktuell) return;
					this.fehler = alsText(error);
					this.status = 'fehler';
				}
			);
			return () => {
				aktuell = false;
			};
		});
	}
}
