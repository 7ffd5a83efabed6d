import { describe, expect, it } from 'vitest';
import { altersSatz, anteil, aufenthaltSatz, aufzaehlung, bevoelkerungSatz, entwicklungAnzahl, entwicklungProzent, gruppenSatz, spanneBezirke, staatenSatz, ungleicheAltersgruppen, zehnStaatenSatz } from './saetze';

describe('generated sentences', () => {
	it('say rose or fell at the printed precision, with years for year-end Stichtage', () => {
		expect(entwicklungProzent('Der Anteil der Menschen mit Migrationshintergrund', { stichtag: '2017-12-31', wert: 37.16 }, { stichtag: '2020-12-31', wert: 38.18 })).toBe(
			'Der Anteil der Menschen mit Migrationshintergrund stieg von 37,2 % (2017) auf 38,2 % (2020).'
		);
		expect(entwicklungProzent('Der Anteil', { stichtag: '2019-12-31', wert: 38.21 }, { stichtag: '2020-12-31', wert: 38.18 })).toBe('Der Anteil lag 2019 wie 2020 bei 38,2 %.');
		expect(entwicklungProzent('Der Anteil', { stichtag: '2019-06-30', wert: 5 }, { stichtag: '2020-12-31', wert: 4 })).toBe('Der Anteil sank von 5,0 % (30.06.2019) auf 4,0 % (2020).');
		expect(entwicklungAnzahl('Die Zahl der Ausländer*innen', { stichtag: '2016-12-31', wert: 10560 }, { stichtag: '2020-12-31', wert: 11689 })).toBe(
			'Die Zahl der Ausländer*innen stieg von 10.560 (2016) auf 11.689 (2020), um 1.129.'
		);
		expect(entwicklungAnzahl('Die Zahl der Ausländer*innen', { stichtag: '2019-12-31', wert: 11689 }, { stichtag: '2020-12-31', wert: 11600 })).toBe(
			'Die Zahl der Ausländer*innen sank von 11.689 (2019) auf 11.600 (2020), um 89.'
		);
	});
	it('do not call a change within random variation a rise or a fall', () => {
		const von = { stichtag: '2019-12-31', wert: 25, zaehler: 75, nenner: 300 };
		expect(entwicklungProzent('Der Anteil in Leubas', von, { stichtag: '2020-12-31', wert: 28, zaehler: 84, nenner: 300 })).toBe(
			'Der Anteil in Leubas lag 2019 bei 25,0 % und 2020 bei 28,0 %; der Unterschied liegt im Rahmen der Zufallsschwankung.'
		);
		expect(entwicklungProzent('Der Anteil der Stadt', { stichtag: '2019-12-31', wert: 25, zaehler: 15000, nenner: 60000 }, { stichtag: '2020-12-31', wert: 28, zaehler: 16800, nenner: 60000 })).toBe(
			'Der Anteil der Stadt stieg von 25,0 % (2019) auf 28,0 % (2020).'
		);
	});
	it('list and compare with German number formatting', () => {
		expect(aufzaehlung([{ name: 'Türkei', anzahl: 2320 }, { name: 'Italien', anzahl: 1560 }, { name: 'Rumänien', anzahl: 1190 }])).toBe('Türkei (2.320), Italien (1.560) und Rumänien (1.190)');
		expect(aufzaehlung([{ name: 'Türkei', anzahl: 2320 }, { name: 'Eritrea', anzahl: null }])).toBe('Türkei (2.320) und Eritrea (•)');
		expect(spanneBezirke('Der Anteil', [{ name: '41 Nord', wert: 58.7 }, { name: '61 Leubas', wert: 10.6 }, { name: '10 Marienberg', wert: 25 }], 38.18)).toBe(
			'Der Anteil ist in 41 Nord am höchsten (58,7 %) und in 61 Leubas am niedrigsten (10,6 %); die Gesamtstadt liegt bei 38,2 %.'
		);
	});
});

describe('ungleicheAltersgruppen', () => {
	it('names the bands that cover fewer years than most', () => {
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '15-17', '18-19', '20-24', '85+'])).toBe(
			'Die Altersgruppen 15–17 und 18–19 umfassen drei bzw. zwei Jahrgänge, die übrigen je fünf; ihre Balken sind daher kürzer.'
		);
	});
	it('measures against the most common width, and says when a band is longer or covers a single year', () => {
		expect(ungleicheAltersgruppen(['0-2', '3-5', '6-10', '11-15', '16-20'])).toBe(
			'Die Altersgruppen 0–2 und 3–5 umfassen drei bzw. drei Jahrgänge, die übrigen je fünf; ihre Balken sind daher kürzer.'
		);
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '15-24'])).toBe('Die Altersgruppe 15–24 umfasst zehn Jahrgänge, die übrigen je fünf; ihr Balken ist daher anders lang.');
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '15-17', '18-29'])).toBe(
			'Die Altersgruppen 15–17 und 18–29 umfassen drei bzw. 12 Jahrgänge, die übrigen je fünf; ihre Balken sind daher anders lang.'
		);
		expect(ungleicheAltersgruppen(['0-0', '1-5', '6-10', '11-15'])).toBe('Die Altersgruppe 0–0 umfasst einen Jahrgang, die übrigen je fünf; ihr Balken ist daher kürzer.');
	});
	it('says nothing when all closed bands are equally wide', () => {
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '85+'])).toBeNull();
	});
});

// A value the data lack is null; a generator then leaves its sentence (or clause) out instead of printing
// "0", "0,0 %" or a sentence with a gap. A withheld count ("•") stays "•".
describe('sentences with data missing', () => {
	const t16 = '2016-12-31';
	const t20 = '2020-12-31';
	it('development: nothing without either value, and nothing from a single Stichtag', () => {
		for (const f of [entwicklungProzent, entwicklungAnzahl]) {
			expect(f('Der Anteil', { stichtag: t16, wert: null }, { stichtag: t20, wert: 38.2 })).toBeNull();
			expect(f('Der Anteil', { stichtag: t16, wert: 37.2 }, { stichtag: t20, wert: null })).toBeNull();
			expect(f('Der Anteil', { stichtag: t20, wert: 38.2 }, { stichtag: t20, wert: 38.2 })).toBeNull();
		}
		expect(entwicklungAnzahl('Die Zahl', { stichtag: t16, wert: 0 }, { stichtag: t20, wert: 0 })).toBe('Die Zahl lag 2016 wie 2020 bei 0.');
	});
	it('shares: "•" when a count is withheld, nothing when one is missing or the whole is 0', () => {
		expect(anteil(27027, 70787)).toBe('38,2 %');
		expect(anteil(0, 70787)).toBe('0,0 %');
		expect(anteil(null, 70787)).toBeNull();
		expect(anteil(27027, null)).toBeNull();
		expect(anteil(5, 0)).toBeNull();
		expect(anteil('•', 70787)).toBe('•');
		expect(anteil(27027, '•')).toBe('•');
	});
	it('population: needs inhabitants and migration background', () => {
		expect(bevoelkerungSatz(70787, 27027)).toBe('Von den 70.787 Einwohner*innen haben 27.027 einen Migrationshintergrund (38,2 %).');
		expect(bevoelkerungSatz(null, 27027)).toBeNull();
		expect(bevoelkerungSatz(70787, null)).toBeNull();
		expect(bevoelkerungSatz(70787, '•')).toBe('Von den 70.787 Einwohner*innen haben • einen Migrationshintergrund (•).');
	});
	it('groups: names the groups the data hold, and none it lacks', () => {
		const alle = { auslaender: 11689, eingebuergert: 10178, aussiedler: 5160 };
		expect(gruppenSatz(70787, alle)).toBe('Darunter sind 11.689 Ausländer*innen (16,5 % der Bevölkerung), 10.178 Eingebürgerte (14,4 %) und 5.160 Aussiedler*innen (7,3 %).');
		expect(gruppenSatz(70787, { ...alle, auslaender: null })).toBe('Darunter sind 10.178 Eingebürgerte (14,4 % der Bevölkerung) und 5.160 Aussiedler*innen (7,3 %).');
		expect(gruppenSatz(70787, { ...alle, eingebuergert: null })).toBe('Darunter sind 11.689 Ausländer*innen (16,5 % der Bevölkerung) und 5.160 Aussiedler*innen (7,3 %).');
		expect(gruppenSatz(70787, { ...alle, aussiedler: null, eingebuergert: null })).toBe('Darunter sind 11.689 Ausländer*innen (16,5 % der Bevölkerung).');
		expect(gruppenSatz(70787, { auslaender: null, eingebuergert: null, aussiedler: null })).toBeNull();
		expect(gruppenSatz(null, { ...alle, eingebuergert: null, aussiedler: null })).toBe('Darunter sind 11.689 Ausländer*innen.');
		expect(gruppenSatz(70787, { ...alle, aussiedler: '•' })).toBe('Darunter sind 11.689 Ausländer*innen (16,5 % der Bevölkerung), 10.178 Eingebürgerte (14,4 %) und • Aussiedler*innen (•).');
	});
	it('age: needs both groups\' counts', () => {
		const mit = { teil: 5000, ganz: 27000 };
		const ohne = { teil: 6000, ganz: 43000 };
		expect(altersSatz('jung', mit, ohne)).toBe('Unter den Menschen mit Migrationshintergrund sind 18,5 % jünger als 18 Jahre, unter den Deutschen ohne Migrationshintergrund 14,0 %.');
		expect(altersSatz('alt', mit, ohne)).toBe('65 Jahre und älter sind 18,5 % der Menschen mit und 14,0 % der Menschen ohne Migrationshintergrund.');
		for (const g of ['jung', 'alt'] as const) {
			expect(altersSatz(g, { teil: null, ganz: 27000 }, ohne)).toBeNull();
			expect(altersSatz(g, mit, { teil: 6000, ganz: null })).toBeNull();
			expect(altersSatz(g, { teil: 0, ganz: 0 }, ohne)).toBeNull();
		}
	});
	it('citizenships: no sentence without any, no clause without its count', () => {
		expect(staatenSatz([])).toBeNull();
		expect(aufzaehlung([])).toBeNull();
		expect(staatenSatz([{ name: 'Türkei', anzahl: 2320 }])).toBe('Die häufigsten Staatsangehörigkeiten sind Türkei (2.320).');
		expect(zehnStaatenSatz(7000, 11689, 125)).toBe('Zusammen stellen die zehn häufigsten Staatsangehörigkeiten 59,9 % der Ausländer*innen; insgesamt leben Menschen aus 125 Staaten in der Stadt.');
		expect(zehnStaatenSatz(7000, null, 125)).toBe('Insgesamt leben Menschen aus 125 Staaten in der Stadt.');
		expect(zehnStaatenSatz(null, 11689, 125)).toBe('Insgesamt leben Menschen aus 125 Staaten in der Stadt.');
		expect(zehnStaatenSatz(7000, 11689, null)).toBe('Zusammen stellen die zehn häufigsten Staatsangehörigkeiten 59,9 % der Ausländer*innen.');
		expect(zehnStaatenSatz(null, null, null)).toBeNull();
	});
	it('length of stay: needs known stays', () => {
		expect(aufenthaltSatz(300, 500, 1000)).toBe('30,0 % der Ausländer*innen (mit bekannter Aufenthaltsdauer) leben seit weniger als 4 Jahren in Deutschland, 50,0 % seit 10 Jahren und länger.');
		expect(aufenthaltSatz(0, 0, 0)).toBeNull();
		expect(aufenthaltSatz(null, 500, 1000)).toBeNull();
		expect(aufenthaltSatz(300, null, 1000)).toBeNull();
		expect(aufenthaltSatz(300, 500, null)).toBeNull();
	});
	it('districts: nothing without any district value; the city clause only with the city value', () => {
		expect(spanneBezirke('Der Anteil', [], 38.2)).toBeNull();
		expect(spanneBezirke('Der Anteil', [{ name: '101 Altstadt', wert: 20 }], null)).toBe('Der Anteil liegt in 101 Altstadt bei 20,0 %.');
	});
});
