import { describe, expect, it } from 'vitest';
import { choropleth } from '../analysis/choropleth';
import { indikator } from '../data/indikatoren';
import { tooltipZeilen, type Tooltipquelle } from './atlastooltip';

const mh = indikator('mh_anteil')!;
const werte = [
	{ code: '10', wert: 25.3, veraenderung: 0.6 },
	{ code: '11', wert: null, veraenderung: null, sperre: 'klein' }
];
const quelle = (q: Partial<Tooltipquelle>): Tooltipquelle => ({
	bezirkName: new Map([['10', 'Marienberg – Süd'], ['11', 'Rothkreuz']]),
	karte: 'indikator',
	choropleth: choropleth({ indikator: mh, stichtag: '2020-12-31', basis: null }, werte as never, { methode: 'gleich', klassen: 3, palette: 'blau' }),
	bivariat: null,
	gruppe: 'Neuzugewanderte',
	...q
});
const bezirk = (code: string) => ({ art: 'bezirk' as const, code });

describe('the atlas map’s tooltip', () => {
	it('names a district with the value the map shows', () => {
		expect(tooltipZeilen(bezirk('10'), quelle({}))).toEqual(['10 Marienberg – Süd', '25,3 %']);
	});

	it('shows the change when the map shows changes', () => {
		const c = choropleth({ indikator: mh, stichtag: '2020-12-31', basis: '2019-12-31' }, werte as never, { methode: 'gleich', klassen: 3, palette: 'blau' });
		expect(tooltipZeilen(bezirk('10'), quelle({ choropleth: c }))![1]).toMatch(/^\+0,6 Pp\.$/);
	});

	it('says a withheld value is kept secret instead of showing it', () => {
		const z = tooltipZeilen(bezirk('11'), quelle({}))!;
		expect(z[0]).toBe('11 Rothkreuz');
		expect(z.at(-1)).toBe('geheim gehalten (kleine Zahl)');
		expect(z.join(' ')).not.toMatch(/\d+,\d/);
	});

	it('on the need map shows need index and coverage of the group, or that there is none', () => {
		const q = quelle({ karte: 'bivariat', bivariat: { zeilen: [{ code: '10', bedarf: -0.57, anteil: 0 }] } });
		expect(tooltipZeilen(bezirk('10'), q)).toEqual(['10 Marienberg – Süd', 'Bedarfsindex −0,57', '0,0 % der Neuzugewanderte erreicht']);
		expect(tooltipZeilen(bezirk('11'), q)).toEqual(['11 Rothkreuz', 'keine Angabe']);
	});

	it('names an offer with its types and marks an invented one; a cluster by its number; a mark by its text', () => {
		const objekt = (o: object) => ({ art: 'objekt' as const, ebene: 'angebote', objekt: o });
		expect(tooltipZeilen(objekt({ id: 'a', name: 'Treff', typen: ['Beratung', 'Sprache'], beispiel: true }), quelle({}))).toEqual(['Treff', 'Beratung, Sprache', 'Beispielangebot (erfunden)']);
		expect(tooltipZeilen(objekt({ cluster: true, anzahl: 4 }), quelle({}))).toEqual(['4 Angebote', 'Hineinzoomen zeigt sie einzeln']);
		expect(tooltipZeilen(objekt({ label: 'S1', text: 'S1: hypothetisches Angebot (Szenario)' }), quelle({}))).toEqual(['S1: hypothetisches Angebot (Szenario)']);
		expect(tooltipZeilen(objekt({}), quelle({}))).toBeNull();
	});
});
