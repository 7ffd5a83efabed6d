import { describe, expect, it } from 'vitest';
import { aufzaehlung, entwicklungAnzahl, entwicklungProzent, spanneBezirke, ungleicheAltersgruppen } from './saetze';

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
		expect(spanneBezirke('Der Anteil', [{ name: '41 Thingers – Süd', wert: 58.7 }, { name: '61 Leubas', wert: 10.6 }, { name: '10 Marienberg', wert: 25 }], 38.18)).toBe(
			'Der Anteil ist in 41 Thingers – Süd am höchsten (58,7 %) und in 61 Leubas am niedrigsten (10,6 %); die Gesamtstadt liegt bei 38,2 %.'
		);
	});
});

describe('ungleicheAltersgruppen', () => {
	it('names the bands that cover fewer years than most', () => {
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '15-17', '18-19', '20-24', '85+'])).toBe(
			'Die Altersgruppen 15–17 und 18–19 umfassen drei bzw. zwei Jahrgänge, die übrigen je fünf; ihre Balken sind daher kürzer.'
		);
	});
	it('says nothing when all closed bands are equally wide', () => {
		expect(ungleicheAltersgruppen(['0-4', '5-9', '10-14', '85+'])).toBeNull();
	});
});
