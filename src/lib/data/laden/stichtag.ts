/** A Stichtag as Germans write it (31.12.2020); ISO dates (2020-12-31) are the data's own form. */
export function formatiereStichtag(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}
