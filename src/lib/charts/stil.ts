/** Shared look of the charts: German number ticks, the status colours, the font. */
import { formatLocale, precisionFixed } from 'd3-format';
import type { Status } from '../data/schema';

const de = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'], minus: '−' });
export const tausender = de.format(',.0f');
/** Percent ticks with as many decimals as their step needs, so 17,5 % and 18 % are not both "18 %". Plot passes all ticks as the third argument. */
export const prozentTick = (p: number, _i?: number, ticks?: readonly number[]) => {
	const schritt = ticks && ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) : 1;
	return `${de.format(`,.${Math.min(2, precisionFixed(schritt))}f`)(p)} %`;
};

/** Okabe–Ito: distinguishable with colour-vision deficiencies, also in greyscale print. */
export const STATUSFARBEN: Record<Status, string> = {
	deutsch: '#bbbbbb',
	eingebuergert: '#009E73',
	aussiedler: '#56B4E9',
	auslaender: '#E69F00'
};

export const SCHRIFT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
export const BREITE = 640;
