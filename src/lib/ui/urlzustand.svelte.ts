/**
 * The one owner of `page.url`: a page reads its link here once (through its declared keys, ui/url.ts),
 * keeps the URL in step with its view, and shows what the link carried that had to be replaced.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { afterNavigate, replaceState } from '$app/navigation';
import { liesSeite, schreibeSeite, type Ersetzung, type UrlSeite } from './url';

// page.url keeps the address a page was opened with when the view replaces it (replaceState), so the
// query the view last wrote is kept here, with the page.url it replaced (a navigation makes that stale).
let geschrieben = $state.raw<{ von: URL; suche: string } | null>(null);
const suche = () => (geschrieben && geschrieben.von === page.url ? geschrieben.suche : page.url.search);

// The address bar follows the view once the frame with the change has been drawn: history.replaceState
// makes Chromium lay the page out at once (to keep the scroll anchor), which otherwise held back every
// indicator switch's map frame; and a slider that writes on every step stays below Safari's limit of
// history calls. Several changes within one frame are written once; a write for a page left meanwhile
// is dropped.
let geplant = false;
function schreibeNachDemFrame(): void {
	if (geplant) return;
	geplant = true;
	requestAnimationFrame(() =>
		setTimeout(() => {
			geplant = false;
			if (geschrieben && geschrieben.von === page.url) replaceState(geschrieben.suche || page.url.pathname, {});
		})
	);
}

/** The address bar's query as it is now, for links that take part of the view to another page (the header's). */
export const aktuelleParameter = () => new URLSearchParams(suche());

export class Urlzustand<T> {
	/** The view the link asked for, every value checked. */
	readonly gelesen: T;
	/** What the link carried that does not exist here, for the notice (Meldungen). */
	ersetzt = $state.raw<Ersetzung[]>([]);
	// replaceState needs the router, which is ready only after the first navigation.
	#navigiert = $state(false);

	/** Call while the page's component starts (it registers with the router). */
	constructor(readonly seite: UrlSeite<T>) {
		const r = liesSeite(seite, page.url.searchParams);
		this.gelesen = r.wert;
		this.ersetzt = r.ersetzt;
		afterNavigate(() => (this.#navigiert = true));
	}

	/** What only the loaded data can refuse (a Stichtag, a district), said beside the link's own replacements. */
	ergaenze(weitere: readonly Ersetzung[]): void {
		if (weitere.length) this.ersetzt = [...this.ersetzt, ...weitere];
	}

	schliesse(): void {
		this.ersetzt = [];
	}

	/** A link to this page with the given view (for a link from another page, too). */
	link(wert: T): string {
		const query = schreibeSeite(this.seite, wert).toString();
		return query ? `?${query}` : '';
	}

	/** Keeps the URL in step with the view; call while the component starts. */
	folge(stand: () => T): void {
		$effect(() => {
			const ziel = this.link(stand());
			if (!this.#navigiert) return;
			untrack(() => {
				if (ziel === suche()) return;
				geschrieben = { von: page.url, suche: ziel };
				schreibeNachDemFrame();
			});
		});
	}
}
