import { describe, expect, it } from 'vitest';
import { divergierendeFarben } from './farben';

const kanaele = (farbe: string) => farbe.match(/\d+/g)!.slice(0, 3).map(Number);

describe('divergierendeFarben', () => {
	it('gives every class of changes one colour: decreases orange, increases purple, no change near white', () => {
		const farben = divergierendeFarben([-4, -2, 2, 4]);
		expect(farben).toHaveLength(3);
		const [abnahme, keine, zunahme] = farben.map(kanaele);
		expect(abnahme[0]).toBeGreaterThan(abnahme[2]);
		expect(zunahme[2]).toBeGreaterThan(zunahme[0]);
		expect(Math.min(...keine)).toBeGreaterThan(230);
	});
	it('scales by the larger end of the scale, so a change keeps its colour whatever the other end is', () => {
		const beide = divergierendeFarben([-4, -2, 2, 4]);
		expect(divergierendeFarben([-4, -2, 0, 1])[0]).toBe(beide[0]);
		expect(divergierendeFarben([-1, 0, 2, 4]).at(-1)).toBe(beide.at(-1));
	});
});
