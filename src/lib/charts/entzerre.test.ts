import { describe, expect, it } from 'vitest';
import { entzerre } from './diagramme';

describe('entzerre', () => {
	it('leaves labels that are far enough apart where they are', () => {
		expect(entzerre([10, 50, 90])).toEqual([10, 50, 90]);
	});
	it('pushes labels that would overlap one line apart, keeping their order and input positions', () => {
		expect(entzerre([104, 100, 20], Infinity, 12)).toEqual([112, 100, 20]);
	});
	it('shifts the block up when the last label would leave the plot', () => {
		expect(entzerre([95, 96, 97], 100, 12)).toEqual([76, 88, 100]);
	});
});
