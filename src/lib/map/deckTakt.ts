/**
 * The frames deck.gl's animation loop runs on. Left to itself the loop asks for a frame 60 times a
 * second even when nothing changes (deck.gl issue #6961): an idle atlas kept its renderer at 3 % of a core and
 * the browser drawing frames, on a projector laptop or a phone as much as anywhere. Interleaved in
 * MapLibre, deck.gl draws inside MapLibre's frames and picks synchronously; its loop only has to take
 * in new layers and ask MapLibre for a frame. So the loop runs for a few frames after it is woken (the
 * overlay wakes it whenever its layers change) and then sleeps: the frame it asks for waits until the
 * next wake.
 */
export const WACHE_FRAMES = 10;

type Anfrage = (cb: FrameRequestCallback) => number;
type Abbruch = (id: number) => void;

export class DeckTakt {
	#wach = WACHE_FRAMES;
	/** The loop's request made while asleep. */
	#wartet: FrameRequestCallback | null = null;
	/** The browser frame requested for it on waking, until it has run. */
	#geweckt: number | null = null;

	constructor(
		private readonly anfrage: Anfrage = (cb) => window.requestAnimationFrame(cb),
		private readonly abbruch: Abbruch = (id) => window.cancelAnimationFrame(id)
	) {}

	// luma.gl's AnimationLoop calls these as the methods of its `animationFrameProvider`.
	requestAnimationFrame = (cb: FrameRequestCallback): number => {
		if (this.#wach <= 0) {
			this.#wartet = cb;
			return 0;
		}
		this.#wach--;
		return this.anfrage(cb);
	};

	cancelAnimationFrame = (id: number): void => {
		if (id) this.abbruch(id);
		this.#wartet = null;
		if (this.#geweckt !== null) this.abbruch(this.#geweckt);
		this.#geweckt = null;
	};

	wecke(): void {
		this.#wach = WACHE_FRAMES;
		const cb = this.#wartet;
		if (!cb) return;
		this.#wartet = null;
		this.#geweckt = this.anfrage((t) => {
			this.#geweckt = null;
			cb(t);
		});
	}
}
