// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module '*?worker&url' {
	const url: string;
	export default url;
}

export {};
