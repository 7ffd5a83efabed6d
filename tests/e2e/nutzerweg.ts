import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';

const WARTEN = 90_000;

/**
 * A statistician's way through the data page, one counted action per drop, per choice that changes
 * what the page proposed, and per confirming click (issue 12 §7: at most 10 from the first drop to the
 * coloured map). A guess the user leaves as it is costs nothing; that is what good guesses are for.
 */
export class Nutzerweg {
	readonly aktionen: string[] = [];

	constructor(private readonly page: Page) {}

	/** Drops a file; a folder (an unpacked Shapefile as published) is zipped first, as a user would. */
	async lege(pfad: string): Promise<void> {
		const name = basename(pfad);
		const istOrdner = !/\.[a-z0-9]+$/i.test(name);
		const datei = istOrdner
			? { name: `${name}.zip`, mimeType: 'application/zip', buffer: Buffer.from(zipSync(Object.fromEntries(readdirSync(pfad).map((f) => [f, new Uint8Array(readFileSync(join(pfad, f)))])))) }
			: { name, mimeType: '', buffer: readFileSync(pfad) };
		await this.page.locator('#datei-wahl').setInputFiles(datei);
		await expect(this.page.getByText('wird gelesen')).toHaveCount(0);
		this.aktionen.push(`Datei „${datei.name}“ abgelegt`);
	}

	/** Assigns a column (by its header as the file writes it) to a field of the mapping. */
	async ordneZu(feld: string, spalte: string): Promise<void> {
		const auswahl = this.page.locator(`[data-feld="${feld}"]`);
		const ist = await auswahl.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
		if (ist === spalte) return;
		await auswahl.selectOption({ label: spalte });
		this.aktionen.push(`${feld} ← „${spalte}“`);
	}

	/**
	 * Chooses an option of a labelled select (target of the table, attribute or coordinate system of
	 * boundaries); `option` is the option's text or its start ("SBZ" for "SBZ (z. B. 10)").
	 */
	async waehle(beschriftung: string, option: string): Promise<void> {
		const auswahl = this.page.getByLabel(beschriftung);
		const [ist, wert] = await auswahl.evaluate((s: HTMLSelectElement, o) => {
			const passend = [...s.options].find((x) => x.text === o || x.text.startsWith(`${o} `));
			return [s.value, passend?.value ?? null] as const;
		}, option);
		if (wert === null) throw new Error(`„${beschriftung}“ bietet „${option}“ nicht an`);
		if (ist === wert) return;
		await auswahl.selectOption(wert);
		this.aktionen.push(`${beschriftung.replace(/ \*$/, '')}: ${option}`);
	}

	/** Gives the Stichtag of a file that has none in a column (YYYY-MM-DD). */
	async stichtag(datum: string): Promise<void> {
		const feld = this.page.getByLabel('Stichtag der Datei');
		if ((await feld.inputValue()) === datum) return;
		await feld.fill(datum);
		this.aktionen.push(`Stichtag ${datum}`);
	}

	/**
	 * Checks the mapped file and takes it over, acknowledging its notices if the page asks to. Waiting is
	 * generous: how long the check takes is the benchmark's business, not this count's.
	 */
	async uebernimm(): Promise<void> {
		await this.pruefe();
		await this.klicke('Übernehmen');
		await expect(this.page.getByTestId('import-fertig')).toBeVisible({ timeout: WARTEN });
	}

	/** Checks a statistics table whose codes the district list lacks and takes it over as the list, as the page offers. */
	async uebernimmAlsListe(): Promise<void> {
		await this.pruefe();
		await this.klicke('Als Liste der Stadtbezirke übernehmen');
		await expect(this.page.getByTestId('import-fertig')).toBeVisible({ timeout: WARTEN });
	}

	/**
	 * Checks the first file of another city and begins that city, naming it as the question asks (the
	 * demo's data are replaced as a whole, issue 12 §1).
	 */
	async beginneStadt(stadt: string): Promise<void> {
		await this.pruefe();
		const frage = this.page.getByTestId('neue-stadt');
		await expect(frage).toBeVisible();
		await frage.getByLabel('Name der Stadt').fill(stadt);
		this.aktionen.push(`Name der Stadt: ${stadt}`);
		await this.klicke('Eigene Stadt beginnen');
		await expect(this.page.getByTestId('import-fertig')).toBeVisible({ timeout: WARTEN });
	}

	/** Checks the mapped file; its notices, if any, acknowledged. */
	private async pruefe(): Promise<void> {
		await this.klicke('Prüfen');
		await expect(this.page.getByTestId('pruefung-bestanden')).toBeVisible({ timeout: WARTEN });
		const gelesen = this.page.getByLabel('Ich habe die Hinweise gelesen.');
		if (await gelesen.count()) {
			await gelesen.check();
			this.aktionen.push('Hinweise gelesen');
		}
	}

	/** Follows the link to the atlas that the page offers after a take-over. */
	async zumAtlas(): Promise<void> {
		await this.page.getByTestId('import-fertig').getByRole('link', { name: 'Zum Atlas' }).click();
		this.aktionen.push('Zum Atlas');
		await expect(this.page.locator('[data-gemalt*="|"]')).toHaveCount(1, { timeout: WARTEN });
	}

	private async klicke(name: string): Promise<void> {
		await this.page.getByRole('button', { name, exact: true }).click();
		this.aktionen.push(name);
	}
}
