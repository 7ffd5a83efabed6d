// The part of Paged.js (which ships no types) that ui/druckfassung.ts uses.
declare module 'pagedjs' {
	export class Previewer {
		preview(content: DocumentFragment, stylesheets: Record<string, string>[], renderTo: HTMLElement): Promise<unknown>;
	}
}
