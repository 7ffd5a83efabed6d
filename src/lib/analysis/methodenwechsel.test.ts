import { describe, expect, it } from 'vitest';
import { methodenwechselFuer } from './methodenwechsel';

const wechsel = { jahr: 2020, text: 'Seit 2020 wird der Migrationshintergrund nach dem Mikrozensus-Verfahren bestimmt.' };

describe('methodenwechselFuer', () => {
	it('warns that a series reaching across the change is not comparable', () => {
		expect(methodenwechselFuer(wechsel, ['2018-12-31', '2019-12-31', '2020-12-31', '2021-12-31'])).toEqual({ text: wechsel.text, ueberspannt: true });
		// Ending in the year of the change still reaches across it.
		expect(methodenwechselFuer(wechsel, ['2019-12-31', '2020-12-31'])).toEqual({ text: wechsel.text, ueberspannt: true });
	});
	it('explains a series starting in the year of the change, without the warning', () => {
		expect(methodenwechselFuer(wechsel, ['2020-12-31', '2021-12-31'])).toEqual({ text: wechsel.text, ueberspannt: false });
		expect(methodenwechselFuer(wechsel, ['2020-06-30'])).toEqual({ text: wechsel.text, ueberspannt: false });
	});
	it('says nothing beside data wholly before or after the change, nor without a change or data', () => {
		expect(methodenwechselFuer(wechsel, ['2017-12-31', '2019-12-31'])).toBeNull();
		expect(methodenwechselFuer(wechsel, ['2021-12-31', '2022-12-31'])).toBeNull();
		expect(methodenwechselFuer(undefined, ['2019-12-31', '2021-12-31'])).toBeNull();
		expect(methodenwechselFuer(wechsel, [])).toBeNull();
	});
});
