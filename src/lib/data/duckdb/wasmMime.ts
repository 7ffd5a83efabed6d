/**
 * A server that sends `.wasm` files with a MIME type other than `application/wasm` stops DuckDB-WASM
 * from starting (browsers refuse to compile such a response). This names the problem and its fix.
 */
export async function pruefeWasmAuslieferung(wasmUrl: string): Promise<string | null> {
	let typ: string | null;
	try {
		const antwort = await fetch(wasmUrl, { method: 'HEAD' });
		if (!antwort.ok) return `Die Datenbankdatei ${new URL(wasmUrl).pathname} ist nicht erreichbar (HTTP ${antwort.status}). Bitte die vollständige Seite auf den Server kopieren.`;
		typ = antwort.headers.get('content-type');
	} catch {
		return null;
	}
	if (typ?.split(';')[0].trim() === 'application/wasm') return null;
	return (
		`Der Webserver liefert .wasm-Dateien mit dem MIME-Typ „${typ ?? 'keiner'}“ aus; die Datenbank (DuckDB-WASM) braucht „application/wasm“. ` +
		'Abhilfe: in nginx „types { application/wasm wasm; }“, in Apache „AddType application/wasm .wasm“ (siehe README, „Hosting“).'
	);
}
