/** German names of the languages offers are given in (ISO 639 codes); an unknown code shows as itself. */
const NAMEN: Record<string, string> = {
	de: 'Deutsch', en: 'Englisch', tr: 'Türkisch', ar: 'Arabisch', ro: 'Rumänisch', ru: 'Russisch', it: 'Italienisch',
	pl: 'Polnisch', fa: 'Persisch', prs: 'Dari', ps: 'Paschtu', ti: 'Tigrinya', uk: 'Ukrainisch', ku: 'Kurdisch',
	sq: 'Albanisch', hr: 'Kroatisch', sr: 'Serbisch', bs: 'Bosnisch', hu: 'Ungarisch', el: 'Griechisch', bg: 'Bulgarisch',
	fr: 'Französisch', es: 'Spanisch', so: 'Somali', vi: 'Vietnamesisch', pt: 'Portugiesisch', cs: 'Tschechisch'
};

export function sprachname(code: string): string {
	return NAMEN[code] ?? code;
}
