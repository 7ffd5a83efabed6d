/** A figure's SVG as a file, and as a PNG drawn from it (for slides and documents that take no SVG). */

export function svgText(svg: SVGSVGElement): string {
	const kopie = svg.cloneNode(true) as SVGSVGElement;
	kopie.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(kopie)}`;
}

export async function alsPng(svg: SVGSVGElement, skala = 2): Promise<Blob> {
	const breite = Number(svg.getAttribute('width'));
	const hoehe = Number(svg.getAttribute('height'));
	const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
	try {
		const bild = new Image();
		await new Promise<void>((resolve, reject) => {
			bild.onload = () => resolve();
			bild.onerror = () => reject(new Error('Die Abbildung konnte nicht als Bild gezeichnet werden.'));
			bild.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(breite * skala);
		canvas.height = Math.round(hoehe * skala);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(bild, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG nicht erzeugt'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}
