import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liesSeite, schreibeSeite, type UrlSeite } from '../ui/url';
import { LINKSEITEN } from './links';
import { ATLAS_URL, STANDARD_ANSICHT, type AtlasLink } from './atlas/ansicht';
import { STANDARD_ANGEBOTE } from './angebote/ansicht';
import { leseAuswahl, VERGLEICH_URL } from './vergleich/auswahl';
import { PRAESENTATION_URL } from './praesentation/link';
import { FAKTENCHECK_URL } from './faktencheck/link';
import { STECKBRIEF_URL, STECKBRIEFBUCH_URL } from './steckbrief/link';
import { ALLE_MASSNAHMEN, MASSNAHMEN_URL, STATUSBERICHT_URL } from './kik/link';

/** A link as the browser reads it: a `+` typed into the query is a space. */
const lies = <T>(seite: UrlSeite<T>, link: string) => liesSeite(seite, new URL(link, 'https://atlas.example.org').searchParams);
const rundweg = <T>(seite: UrlSeite<T>, wert: T) => lies(seite, `${seite.pfad}?${schreibeSeite(seite, wert)}`);
const BOESE = ['toString', '__proto__', 'constructor', '<script>alert(1)</script>', "'; DROP TABLE x; --", 'x'.repeat(500), '\u0000'];
const namen = new Map([['40', 'Thingers – Nord'], ['41', 'Thingers – Süd'], ['43', 'Thingers – West'], ['54', 'Bühl – Süd']]);

describe('the registry of URL keys', () => {
	const eintraege = LINKSEITEN.flatMap((s) => Object.entries(s.schluessel).map(([schluessel, bedeutung]) => ({ pfad: s.pfad, schluessel, bedeutung })));
	it('gives a key one meaning on every page', () => {
		const bedeutungen = new Map<string, Set<string>>();
		for (const e of eintraege) bedeutungen.set(e.schluessel, new Set([...(bedeutungen.get(e.schluessel) ?? []), e.bedeutung]));
		expect([...bedeutungen].filter(([, b]) => b.size > 1).map(([k, b]) => `${k}: ${[...b].join(' / ')}`)).toEqual([]);
	});
	it('gives a meaning one key on every page', () => {
		const schluessel = new Map<string, Set<string>>();
		for (const e of eintraege) schluessel.set(e.bedeutung, new Set([...(schluessel.get(e.bedeutung) ?? []), e.schluessel]));
		expect([...schluessel].filter(([, k]) => k.size > 1).map(([b, k]) => `${b}: ${[...k].join(' / ')}`)).toEqual([]);
	});
	it('reads earlier keys only as keys the page declares', () => {
		for (const s of LINKSEITEN) for (const neu of Object.values(s.frueher ?? {})) expect(Object.keys(s.schluessel)).toContain(neu);
	});
	it('has one entry per page', () => {
		expect(new Set(LINKSEITEN.map((s) => s.pfad)).size).toBe(LINKSEITEN.length);
	});
});

/**
 * Each page: a view goes into the URL and comes back the same, printing only the page's own keys. A
 * hostile value in every key leaves the default view and is named in the notice, but for what is kept
 * as text to be checked against the loaded data (a district, the comparison's selection) or only
 * compared (an actor's name): `spaeter` sets those to their default.
 */
function prueft<T>(seite: UrlSeite<T>, beispiele: T[], spaeter: (w: T) => T = (w) => w) {
	describe(`the link of ${seite.pfad}`, () => {
		it('round-trips its views through the URL, with its own keys only', () => {
			for (const wert of beispiele) {
				expect(rundweg(seite, wert)).toEqual({ wert, ersetzt: [] });
				for (const k of schreibeSeite(seite, wert).keys()) expect(Object.keys(seite.schluessel)).toContain(k);
			}
		});
		it('replaces hostile values by the default and says so', () => {
			const standard = lies(seite, seite.pfad).wert;
			for (const boese of BOESE) {
				const query = new URLSearchParams(Object.keys(seite.schluessel).map((k) => [k, boese]));
				const { wert, ersetzt } = lies(seite, `${seite.pfad}?${query}`);
				expect(spaeter(wert), boese.slice(0, 30)).toEqual(standard);
				const behalten = JSON.stringify(wert) !== JSON.stringify(spaeter(wert));
				expect(ersetzt.length > 0 || behalten, boese.slice(0, 30)).toBe(true);
				for (const e of ersetzt) expect(boese).toContain(e.wert);
			}
		});
	});
}

prueft<AtlasLink>(ATLAS_URL, [
	{ atlas: STANDARD_ANSICHT, angebote: STANDARD_ANGEBOTE },
	{
		atlas: { ...STANDARD_ANSICHT, karte: 'bivariat', stichtag: '2018-12-31', grenzen: [20, 30.5], bezirk: '41' },
		angebote: { ...STANDARD_ANGEBOTE, filter: { ...STANDARD_ANGEBOTE.filter, handlungsfelder: ['GP'], zielgruppen: ['Kinder', 'Senior*innen'] }, reichweite: { distanzM: 800, umwegfaktor: 1.2 }, szenario: [[10.31, 47.72]], auswahl: null }
	}
], (w) => ({ atlas: { ...w.atlas, bezirk: null }, angebote: { ...w.angebote, auswahl: null } }));
prueft(VERGLEICH_URL, [
	{ auswahl: '40+41+43~Thingers,54', indikator: 'auslaender_anteil', stichtag: '2017-12-31' },
	{ auswahl: null, indikator: 'mh_anteil', stichtag: null }
], (w) => ({ ...w, auswahl: null }));
prueft(PRAESENTATION_URL, [{ auswahl: '40+41~Nord Ost,54', stichtag: '2019-12-31' }, { auswahl: '54', stichtag: null }, { auswahl: null, stichtag: null }], (w) => ({ ...w, auswahl: null }));
prueft(FAKTENCHECK_URL, [{ stichtag: '2020-12-31' }, { stichtag: null }]);
prueft(STECKBRIEF_URL, [{ bezirk: '54', ebene: 'bezirk' }, { bezirk: '3', ebene: 'stadtteil' }, { bezirk: null, ebene: 'bezirk' }], (w) => ({ ...w, bezirk: null }));
prueft(STECKBRIEFBUCH_URL, [{ stadtteil: '4', drucken: true }, { stadtteil: 'Sankt Mang', drucken: false }, { stadtteil: null, drucken: false }], (w) => ({ ...w, stadtteil: null }));
prueft(MASSNAHMEN_URL, [
	{ handlungsfeld: 'SB', status: 'umgesetzt', bezirk: '41', akteur: 'Volkshochschule Kempten', zielgruppe: 'Senior*innen', massnahme: 'SB 2.4' },
	ALLE_MASSNAHMEN
], (w) => ({ ...w, akteur: '', bezirk: '' }));
prueft(STATUSBERICHT_URL, [{ stichtag: '2024-06-30', seit: '2023-12-31' }, { stichtag: '2024-06-30', seit: null }]);

describe('the link forms the README shows', () => {
	const readme = readFileSync('README.md', 'utf8');
	const formen = [...readme.matchAll(/`(\/[a-z]*\?[^`\s]+)`/g)].map((m) => m[1]).filter((f) => !f.includes('…'));
	const seite = (pfad: string) => LINKSEITEN.find((s) => s.pfad === pfad) as UrlSeite<unknown> | undefined;

	it('are read as written, without a replacement', () => {
		expect(formen.length).toBeGreaterThanOrEqual(3);
		for (const form of formen) {
			const s = seite(new URL(form, 'https://atlas.example.org').pathname);
			expect(s, form).toBeDefined();
			expect(lies(s!, form).ersetzt, form).toEqual([]);
		}
	});
	it('keep the comparison group whether its + is typed or encoded', () => {
		for (const form of ['/vergleich?a=40+41+43~Thingers,54', '/vergleich?a=40%2B41%2B43~Thingers,54', '/vergleich?a=40%2041%2043~Thingers%2C54']) {
			const { gruppen, verworfen } = leseAuswahl(lies(VERGLEICH_URL, form).wert.auswahl, namen);
			expect(gruppen.map((g) => [g.id, g.name]), form).toEqual([['40+41+43', 'Thingers'], ['54', '54 Bühl – Süd']]);
			expect(verworfen).toEqual([]);
		}
		expect(readme).toContain('/vergleich?a=40+41+43~Thingers,54');
		// What is dropped is named as it was typed.
		expect(leseAuswahl(lies(VERGLEICH_URL, '/vergleich?a=40+99~Irgendwo+Nord,54').wert.auswahl, namen).verworfen).toEqual(['40+99~Irgendwo Nord']);
	});
	it('say what they replaced, as the README promises for ?i=toString', () => {
		expect(lies(ATLAS_URL, '/?i=toString').ersetzt).toEqual([{ was: 'Indikator', wert: 'toString', stattdessen: 'Anteil Menschen mit Migrationshintergrund' }]);
	});
	it('still open what earlier links to the measures named m and gruppe', () => {
		expect(lies(MASSNAHMEN_URL, '/massnahmen?m=SB+2.4&gruppe=Kinder').wert).toMatchObject({ massnahme: 'SB 2.4', zielgruppe: 'Kinder' });
	});
});
