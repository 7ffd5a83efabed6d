/** Hands a file the browser built to the user as a download; nothing leaves the machine. */
export function herunterladen(inhalt: BlobPart, dateiname: string, typ: string): void {
	const url = URL.createObjectURL(new Blob([inhalt], { type: typ }));
	const a = document.createElement('a');
	a.href = url;
	a.download = dateiname;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
