/**
 * `npm run bench`: speed figures of the built site in headless Chromium, each beside its floor measured
 * in the same run, with the machine's other load. It runs on the measurement build (build-messung/, with the
 * floor pages under /messung), which `npm run bench` makes first.
 *   BENCH_RUNDEN=5 (cold loads per page)
 */
import { CHROMIUM } from '../tests/chromium';
import { kartenboden, ladungen, medianVon } from './bench/laden';
import { markenpruefung } from './bench/pixel';
import { bodenwechsel, wechselzeiten, type Wechsel } from './bench/wechsel';
import { erreichbarkeitszeiten } from './bench/erreichbarkeit';
import { registerzeiten } from './bench/register';
import { statistikzeiten } from './bench/statistik';
import { grenzzeiten } from './bench/grenzen';
import { eigeneDatenzeiten, type EigeneDaten } from './bench/eigeneDaten';
import { importSchutzzeiten, schutzzeiten } from './bench/schutz';
import { leerlauf } from './bench/leerlauf';
import { HOECHSTENS_ARBEIT } from '../src/lib/data/ableitung/schutz/schutz';
import { last, median, mitServer, ms, p95, verhaeltnis, ziel } from './bench/umgebung';

const RUNDEN = Number(process.env.BENCH_RUNDEN ?? 5);
const ZIELE = { erstesChoropleth: 1.2, duckdb: 1.4, wechselP95: 60, erreichbarkeitP95: 50, vorschlag: 500, register: 4000, registerVorsprung: 3, lisa: 1000, indizes: 50, grenzenPruefen: 5000, grenzenUebernehmen: 5000, leerlaufPunkte: 0.5, eigeneKarte: 1.5, eigeneKarte1000: 2, eigeneImport: 5000, schutzBuild: 2000, schutzImport: 10000 };

await mitServer(async (basis) => {
	const vorher = last();
	// The size query is also the warm-up: the server's and the system's file caches, Chromium's first start.
	const boden = await kartenboden(basis);
	const l = await ladungen(basis, boden, RUNDEN);
	const pruefung = await markenpruefung(basis, boden);
	const tempo = await wechselzeiten(basis, 50, 300);
	const schnell = await wechselzeiten(basis, 50, 0);
	const tempoBoden = await bodenwechsel(boden, 0, 50, 300);
	const ruhe = await leerlauf(basis, boden);
	const e = await erreichbarkeitszeiten(basis);
	const r = await registerzeiten(basis);
	const st = await statistikzeiten(basis);
	const gz = await grenzzeiten(basis);
	const eigene = [await eigeneDatenzeiten(basis, 47, RUNDEN, 50), await eigeneDatenzeiten(basis, 1000, RUNDEN, 50)];
	const eigeneBoden = new Map<number, Wechsel[]>();
	for (const x of eigene) eigeneBoden.set(x.flaechen, await bodenwechsel(boden, x.flaechen, 50, 300));
	const nachher = last();

	const choro = medianVon(l, (x) => x.erstesChoropleth);
	const karte = medianVon(l, (x) => x.bodenKarte);
	const rChoro = median(l.map((x) => x.erstesChoropleth / x.bodenKarte));
	const duck = medianVon(l, (x) => x.duckdbBereit);
	const duckBoden = medianVon(l, (x) => x.bodenDuckdb);
	const rDuck = median(l.map((x) => x.duckdbBereit / x.bodenDuckdb));
	const duckW = medianVon(l, (x) => x.wiederholtAtlas);
	const duckBodenW = medianVon(l, (x) => x.wiederholtDuckdb);

	console.log(`Sozialraumatlas – Messung (${RUNDEN} kalte Ladungen je Seite nach einer Aufwärmladung, Mediane; Chromium ${CHROMIUM})`);
	console.log(`Rechner: vorher ${vorher}, nachher ${nachher}`);
	console.log('');
	console.log('Seitenaufbau                         Atlas      Boden (nur dieser Teil)   Verhältnis');
	console.log(`  erstes Choropleth                ${ms(choro).padStart(8)}   ${ms(karte).padStart(8)} (nur MapLibre)     ${verhaeltnis(rChoro)}  Ziel ≤ ${verhaeltnis(ZIELE.erstesChoropleth)}: ${ziel(rChoro <= ZIELE.erstesChoropleth)}`);
	console.log(`  DuckDB antwortet, kalt           ${ms(duck).padStart(8)}   ${ms(duckBoden).padStart(8)} (nur DuckDB)       ${verhaeltnis(rDuck)}  Ziel ≤ ${verhaeltnis(ZIELE.duckdb)}: ${ziel(rDuck <= ZIELE.duckdb)}`);
	console.log(`  DuckDB antwortet, wiederholt     ${ms(duckW).padStart(8)}   ${ms(duckBodenW).padStart(8)} (nur DuckDB)       ${verhaeltnis(duckW / duckBodenW)}  schneller als kalt: ${ziel(duckW < duck)} (${verhaeltnis(duckW / duck)} × kalt)`);
	const abstand = (x: { marke: number; pixel: number }) => `${ms(x.pixel - x.marke)}`;
	console.log(`  Prüfung der Marke am Bildschirm (eine Ladung, Kartenpixel je Frame abgetastet): Bezirke sichtbar − Marke = Atlas ${abstand(pruefung.atlas)}, Boden ${abstand(pruefung.boden)}`);
	console.log(`  Bedienbar (Karte, Legende, Tabelle, Profil) ab dem ersten Choropleth; DuckDB nur für Staatsangehörigkeiten`);
	console.log('');
	const g = (w: Wechsel[]) => w.map((x) => x.gezeichnet);
	const f = (w: Wechsel[]) => w.map((x) => x.naechsterFrame);
	console.log('Indikatorwechsel bis zum Kartenbild mit den neuen Farben (50 Wechsel; in Klammern: bis zum Beginn des Frames danach)');
	console.log(`  im Tempo einer Nutzerin (alle 300 ms): p50 ${ms(median(g(tempo)))}, p95 ${ms(p95(g(tempo)))}  (${ms(median(f(tempo)))} / ${ms(p95(f(tempo)))});  Boden (nur MapLibre färbt die 47 Bezirke um) p50 ${ms(median(g(tempoBoden)))}, p95 ${ms(p95(g(tempoBoden)))}  →  p95 ${verhaeltnis(p95(g(tempo)) / p95(g(tempoBoden)))} × Boden   Ziel p95 ≤ ${ms(ZIELE.wechselP95)}: ${ziel(p95(g(tempo)) <= ZIELE.wechselP95)}`);
	console.log(`  direkt hintereinander:                 p50 ${ms(median(g(schnell)))}, p95 ${ms(p95(g(schnell)))}  (${ms(median(f(schnell)))} / ${ms(p95(f(schnell)))})`);
	const prozent = (x: number) => `${verhaeltnis(100 * x)} %`;
	const mehr = 100 * (ruhe.atlas - ruhe.boden);
	console.log(`  in Ruhe (5 s ohne Bedienung, Renderer-Prozess): ${prozent(ruhe.atlas)} eines Kerns;  Boden (nur die Karte) ${prozent(ruhe.boden)}  →  ${verhaeltnis(mehr)} Prozentpunkte mehr   Ziel ≤ ${verhaeltnis(ZIELE.leerlaufPunkte)}: ${ziel(mehr <= ZIELE.leerlaufPunkte)}`);
	console.log('');
	const neu = [...e.filter, ...e.szenario];
	console.log(`Erreichbarkeit neu berechnen (${e.angebote} Angebote, ${e.punkte} Wohnorte; je 50×, im Browser)`);
	console.log(`  nach Filter- oder Szenarioänderung:     p50 ${ms(median(neu))}, p95 ${ms(p95(neu))}   Ziel p95 ≤ ${ms(ZIELE.erreichbarkeitP95)}: ${ziel(p95(neu) <= ZIELE.erreichbarkeitP95)}`);
	console.log(`    davon Filter p95 ${ms(p95(e.filter))}, Szenario p95 ${ms(p95(e.szenario))}`);
	console.log(`  nach Änderung des Fußwegs:              p50 ${ms(median(e.distanz))}, p95 ${ms(p95(e.distanz))}`);
	console.log(`  Boden: ein Durchlauf über alle Wohnorte  p50 ${ms(median(e.durchlauf))};  ohne räumlichen Index (alle Paare) p50 ${ms(median(e.allePaare))}`);
	console.log(`  Vorschlag von 5 Standorten (10×):       p50 ${ms(median(e.vorschlag))}, max ${ms(Math.max(...e.vorschlag))}   Ziel ≤ ${ms(ZIELE.vorschlag)}: ${ziel(Math.max(...e.vorschlag) <= ZIELE.vorschlag)}`);
	console.log('');
	console.log(`Melderegister-Auszug importieren (${r.personen.toLocaleString('de-DE')} Personen, ${r.megabyte.toFixed(0)} MB CSV, im Browser, ohne Fehler: ${ziel(r.fehler === 0)})`);
	console.log(`  DuckDB: lesen, jede Zeile prüfen, zusammenfassen  ${ms(r.duckdb).padStart(9)}   Ziel ≤ ${ms(ZIELE.register)}: ${ziel(r.duckdb <= ZIELE.register)}`);
	console.log(`  dasselbe mit arquero (gleiche Seite, gleiche Datei) ${ms(r.arquero).padStart(9)}   ${verhaeltnis(r.arquero / r.duckdb)} × DuckDB   Ziel ≥ ${verhaeltnis(ZIELE.registerVorsprung)} ×: ${ziel(r.arquero / r.duckdb >= ZIELE.registerVorsprung)}`);
	console.log(`    gleiche Gruppen: ${ziel(r.duckdbZeilen === r.arqueroZeilen)} (${r.duckdbZeilen.toLocaleString('de-DE')} / ${r.arqueroZeilen.toLocaleString('de-DE')})`);
	console.log(`  Boden: Datei lesen ${ms(r.lesen)}; DuckDB zählt nur die Zeilen ${ms(r.zaehlen)}  →  Import ${verhaeltnis(r.duckdb / (r.lesen + r.zaehlen))} × Boden`);
	console.log(`  Speicher: Spitze des Tabs (VmHWM des Renderers) ${r.spitzeMB === null ? 'nicht messbar' : `${Math.round(r.spitzeMB).toLocaleString('de-DE')} MB`}`);
	console.log('');
	console.log(`Statistik (im Browser)`);
	console.log(`  LISA, 999 Permutationen, ${st.flaechen.toLocaleString('de-DE')} Flächen (Queen, 5×): p50 ${ms(median(st.lisa))}, max ${ms(Math.max(...st.lisa))}   Ziel ≤ ${ms(ZIELE.lisa)}: ${ziel(Math.max(...st.lisa) <= ZIELE.lisa)}`);
	console.log(`    Boden: 999 räumliche Lags mit den festen Nachbarn (${st.ziehungen.toLocaleString('de-DE')} Summanden) p50 ${ms(median(st.lagBoden))}  →  ${verhaeltnis(median(st.lisa) / median(st.lagBoden))} × Boden; Gewichte aus den Polygonen p50 ${ms(median(st.gewichte))}`);
	console.log(`  Segregationsindizes, ${st.gruppen} Gruppen × ${st.stichtage} Stichtage (20×): p50 ${ms(median(st.indizes))}, p95 ${ms(p95(st.indizes))}   Ziel ≤ ${ms(ZIELE.indizes)}: ${ziel(p95(st.indizes) <= ZIELE.indizes)}`);
	console.log(`    Boden: ein Durchlauf je Gruppe über alle Werte der Tabelle p50 ${ms(median(st.tabellenBoden))}`);
	console.log(`  Rangspannen des Handlungsbedarfs, ${st.replikate} Ziehungen, ${st.flaechen.toLocaleString('de-DE')} Flächen, 3 Anteile (3×): p50 ${ms(median(st.rangspannen))}`);
	console.log(`    Boden: ${st.replikate}-mal die Rangfolge sortieren p50 ${ms(median(st.sortierBoden))}  →  ${verhaeltnis(median(st.rangspannen) / median(st.sortierBoden))} × Boden`);
	console.log('');
	console.log(`Bezirksgrenzen importieren (Shapefile, EPSG:25832, ${gz.flaechen.toLocaleString('de-DE')} Flächen mit ${gz.punkte.toLocaleString('de-DE')} Punkten, über die Seite Daten; Boden: dieselben Schritte mit den ${gz.boden.flaechen} Bezirken Kemptens)`);
	console.log(`  lesen (Worker)        ${ms(gz.lesen).padStart(9)}   Boden ${ms(gz.boden.lesen).padStart(9)}`);
	console.log(`  prüfen                ${ms(gz.pruefen).padStart(9)}   Boden ${ms(gz.boden.pruefen).padStart(9)}   ${verhaeltnis(gz.pruefen / gz.boden.pruefen)} × Boden   Ziel ≤ ${ms(ZIELE.grenzenPruefen)}: ${ziel(gz.pruefen <= ZIELE.grenzenPruefen)}`);
	console.log(`  übernehmen            ${ms(gz.uebernehmen).padStart(9)}   Boden ${ms(gz.boden.uebernehmen).padStart(9)}   ${verhaeltnis(gz.uebernehmen / gz.boden.uebernehmen)} × Boden   Ziel ≤ ${ms(ZIELE.grenzenUebernehmen)}: ${ziel(gz.uebernehmen <= ZIELE.grenzenUebernehmen)}`);
	console.log('');
	console.log('Eigene Daten einer anderen Stadt (über die Seite Daten; erste Karte nach Neuladen aus IndexedDB, abwechselnd mit den Standarddaten nach Neuladen)');
	for (const x of eigene) {
		const k = median(x.ersteKarte);
		const kStandard = median(x.ersteKarteStandard);
		const rK = median(x.ersteKarte.map((v, i) => v / x.ersteKarteStandard[i]));
		const grenzeK = x.flaechen > 47 ? ZIELE.eigeneKarte1000 : ZIELE.eigeneKarte;
		const grenzen = x.grenzenPruefen + x.grenzenUebernehmen;
		const tabelle = x.tabellePruefen + x.tabelleUebernehmen;
		console.log(`  ${x.flaechen.toLocaleString('de-DE')} Flächen × ${x.stichtage} Stichtage:`);
		console.log(`    erste Karte nach Neuladen       ${ms(k).padStart(8)}   ${ms(kStandard).padStart(8)} (Standarddaten, 47 Bezirke)  ${verhaeltnis(rK)}  Ziel ≤ ${verhaeltnis(grenzeK)}: ${ziel(rK <= grenzeK)}`);
		console.log(`    Grenzen prüfen und übernehmen   ${ms(grenzen).padStart(8)}   (prüfen ${ms(x.grenzenPruefen)}, übernehmen ${ms(x.grenzenUebernehmen)}; lesen vorher ${ms(x.grenzenLesen)})   Ziel ≤ ${ms(ZIELE.eigeneImport)}: ${ziel(grenzen <= ZIELE.eigeneImport)}`);
		console.log(`    Tabelle prüfen und übernehmen   ${ms(tabelle).padStart(8)}   (prüfen ${ms(x.tabellePruefen)}, übernehmen ${ms(x.tabelleUebernehmen)}; lesen vorher ${ms(x.tabelleLesen)})   Ziel ≤ ${ms(ZIELE.eigeneImport)}: ${ziel(tabelle <= ZIELE.eigeneImport)}`);
		const gw = x.wechsel.map((w) => w.gezeichnet);
		const bw = eigeneBoden.get(x.flaechen)!.map((w) => w.gezeichnet);
		console.log(`    Indikatorwechsel alle 300 ms    p50 ${ms(median(gw))}, p95 ${ms(p95(gw))};  Boden (nur MapLibre färbt dieselben Flächen um) p50 ${ms(median(bw))}, p95 ${ms(p95(bw))}  →  p95 ${verhaeltnis(p95(gw) / p95(bw))} × Boden   Ziel p95 ≤ ${ms(ZIELE.wechselP95)}: ${ziel(p95(gw) <= ZIELE.wechselP95)}`);
	}
	console.log('');
	const sz = await schutzzeiten(Math.min(RUNDEN, 3));
	const schutz = median(sz.mit.map((x) => x.ms));
	const schutzBoden = median(sz.ohne.map((x) => x.ms));
	const b = sz.mit[0];
	console.log(`Geheimhaltung der Standarddaten beim Build (Node; ${b.zellen} Zellen, ${b.linien} Summenlinien, ${b.gesperrt} gesperrt, davon ${b.primaer} primär)`);
	console.log(`  Schutz mit LP-Prüfung            ${ms(schutz).padStart(8)}   ${ms(schutzBoden).padStart(8)} (ohne LP-Prüfung)  ${verhaeltnis(schutz / schutzBoden)}  Ziel ≤ ${ms(ZIELE.schutzBuild)}: ${ziel(schutz <= ZIELE.schutzBuild)}`);
	console.log(`    geprüft ${b.geprueft} Zellen mit ${b.lps} LPs (Arbeit ${b.arbeit}), ungeprüft ${b.ungeprueft}, erweitert ${b.erweitert}, zu eng ${b.zuEng.length}`);
	const bz = await schutzzeiten(Math.min(RUNDEN, 3), false);
	const bb = bz.mit[0];
	console.log(`  dieselben CSV-Dateien im Browser (ohne vorbereitete Tabellen; seine Grenze der LP-Arbeit)  ${ms(median(bz.mit.map((x) => x.ms)))}   ${ms(median(bz.ohne.map((x) => x.ms)))} (ohne LP-Prüfung)`);
	console.log(`    geprüft ${bb.geprueft} Zellen mit ${bb.lps} LPs (Arbeit ${bb.arbeit} von ${HOECHSTENS_ARBEIT}), ungeprüft ${bb.ungeprueft}, erweitert ${bb.erweitert}, zu eng ${bb.zuEng.length}`);
	const iz = await importSchutzzeiten(1000, 5, Math.min(RUNDEN, 3));
	const importSchutz = median(iz.mit.map((x) => x.ms));
	const importBoden = median(iz.ohne.map((x) => x.ms));
	const ib = iz.mit[0];
	console.log(`Geheimhaltung eines Imports: eigene Stadt, 1 000 Flächen × 5 Stichtage (Node, der Code des Browsers; ${ib.zellen} Zellen, ${ib.linien} Summenlinien, ${ib.gesperrt} gesperrt)`);
	console.log(`  Schutz mit LP-Prüfung            ${ms(importSchutz).padStart(8)}   ${ms(importBoden).padStart(8)} (ohne LP-Prüfung)  ${verhaeltnis(importSchutz / importBoden)}  Ziel ≤ ${ms(ZIELE.schutzImport)}: ${ziel(importSchutz <= ZIELE.schutzImport)}`);
	console.log(`    geprüft ${ib.geprueft} Zellen mit ${ib.lps} LPs (Arbeit ${ib.arbeit} von ${HOECHSTENS_ARBEIT}), ungeprüft ${ib.ungeprueft}; nach dem Übernehmen gespeichert, ein Neuladen rechnet sie nicht neu`);
	console.log('  (Im Browser steckt sie in „Tabelle prüfen und übernehmen“ oben.)');
	console.log('');
	console.log('Einzelwerte (Atlas / Boden):');
	console.log(`  erstes Choropleth  ${l.map((x) => `${ms(x.erstesChoropleth)} / ${ms(x.bodenKarte)}`).join(', ')}`);
	console.log(`  DuckDB kalt        ${l.map((x) => `${ms(x.duckdbBereit)} / ${ms(x.bodenDuckdb)}`).join(', ')}`);
	console.log(`  DuckDB wiederholt  ${l.map((x) => `${ms(x.wiederholtAtlas)} / ${ms(x.wiederholtDuckdb)}`).join(', ')}`);
	for (const x of eigene as EigeneDaten[]) console.log(`  erste Karte, eigene Daten ${x.flaechen} Flächen / Standard  ${x.ersteKarte.map((v, i) => `${ms(v)} / ${ms(x.ersteKarteStandard[i])}`).join(', ')}`);
});
