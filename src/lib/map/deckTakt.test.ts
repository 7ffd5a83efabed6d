import { describe, expect, it } from 'vitest';
import { DeckTakt, WACHE_FRAMES } from './deckTakt';

/** A browser frame source run by hand: `frame()` runs what was requested, as one animation frame does. */
function bildfolge() {
	let naechste = 1;
	const offen = new Map<number, FrameRequestCallback>();
	return {
		offen,
		anfrage: (cb: FrameRequestCallback) => (offen.set(naechste, cb), naechste++),
		abbruch: (id: number) => void offen.delete(id),
		frame() {
			const jetzt = [...offen.values()];
			offen.clear();
			for (const cb of jetzt) cb(0);
		}
	};
}

/** deck.gl's loop as luma.gl runs it: each frame asks for the next one. */
function schleife(takt: DeckTakt) {
	const s = { frames: 0, id: 0, start: () => (s.id = takt.requestAnimationFrame(s.lauf)), lauf: () => ((s.frames += 1), s.start()) };
	return s;
}

/** A loop started on a DeckTakt and left to run `frames` browser frames. */
function gestartet(frames: number) {
	const b = bildfolge();
	const takt = new DeckTakt(b.anfrage, b.abbruch);
	const s = schleife(takt);
	s.start();
	laufe(b, frames);
	return { b, takt, s };
}

const laufe = (b: ReturnType<typeof bildfolge>, frames: number) => {
	for (let i = 0; i < frames; i++) b.frame();
};

describe('DeckTakt', () => {
	it('lets the loop run a few frames and then sleep: an idle map asks the browser for no frame', () => {
		const { b, s } = gestartet(100);
		expect(s.frames).toBe(WACHE_FRAMES);
		expect(b.offen.size).toBe(0);
	});

	it('wakes the sleeping loop for another few frames, starting with the frame it asked for', () => {
		const { b, takt, s } = gestartet(100);
		takt.wecke();
		expect(b.offen.size).toBe(1);
		laufe(b, 100);
		expect(s.frames).toBe(2 * WACHE_FRAMES + 1);
		expect(b.offen.size).toBe(0);
	});

	it('keeps a running loop awake when woken, without a second request', () => {
		const { b, takt, s } = gestartet(1);
		takt.wecke();
		expect(b.offen.size).toBe(1);
		laufe(b, 100);
		// The frame already asked for, then the ones a wake allows.
		expect(s.frames).toBe(2 + WACHE_FRAMES);
	});

	it('cancels the frame of a woken loop when the loop stops', () => {
		const { b, takt, s } = gestartet(100);
		takt.wecke();
		takt.cancelAnimationFrame(s.id);
		b.frame();
		expect(s.frames).toBe(WACHE_FRAMES);
		expect(b.offen.size).toBe(0);
	});

	it('forgets a sleeping request the loop cancels, so a later wake does not run it', () => {
		const { b, takt, s } = gestartet(100);
		takt.cancelAnimationFrame(s.id);
		takt.wecke();
		b.frame();
		expect(s.frames).toBe(WACHE_FRAMES);
	});
});
