/**
 * A number never breaks from its unit on paper ("16,5 %", "−2,1 Pp.", "400 m"): before printing, the
 * space between them becomes a non-breaking one in every text of the element. The formatters keep the
 * plain space, which the screen's copied text and the downloads expect.
 */
const ZAHL_UND_EINHEIT = /(\d) (%|Pp\.|m\b|km²|EW\/km²|Jahre\b|Personen\b)/g;

export function klebeEinheiten(wurzel: Element): void {
	const gang = document.createTreeWalker(wurzel, NodeFilter.SHOW_TEXT);
	for (let n = gang.nextNode(); n; n = gang.nextNode()) {
		const text = n.nodeValue ?? '';
		if (ZAHL_UND_EINHEIT.test(text)) n.nodeValue = text.replace(ZAHL_UND_EINHEIT, '$1\u00a0$2');
		ZAHL_UND_EINHEIT.lastIndex = 0;
	}
}

/** Svelte attachment: glue before every print (the browser's dialog and `page.pdf` alike). */
export function einheitenHalten(wurzel: Element): () => void {
	const vorDemDruck = () => klebeEinheiten(wurzel);
	window.addEventListener('beforeprint', vorDemDruck);
	return () => window.removeEventListener('beforeprint', vorDemDruck);
}
