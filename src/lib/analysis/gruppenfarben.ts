/**
 * One colour per population group across every figure, so orange means Ausländer*innen wherever it
 * appears (Okabe–Ito, distinguishable with colour-vision deficiencies and in greyscale print). The
 * subgroups of the Ausländer*innen get colours of their own, never another group's; series that are no
 * group (nationalities, indices) take colours no group uses.
 */
import type { Status } from '../data/schema';

export const STATUS_GRUPPENFARBEN: Record<Status, string> = {
	deutsch: '#bbbbbb',
	eingebuergert: '#009E73',
	aussiedler: '#56B4E9',
	auslaender: '#E69F00'
};

export const GRUPPENFARBEN = {
	...STATUS_GRUPPENFARBEN,
	mh: '#CC79A7',
	eu: '#0072B2',
	dritt: '#D55E00'
} as const;

/** For series that are not groups: dark, and apart from every group colour above. */
export const REIHENFARBEN = ['#332288', '#882255', '#999933', '#661100', '#222222'] as const;
