/**
 * Debian's Chromium, headless, as the stack notes prescribe: no downloaded browser, no outside
 * network (the host resolver maps every name but localhost to nothing), WebGL on SwiftShader.
 * Shared by the end-to-end tests and the benchmark.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--enable-unsafe-swiftshader',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'
];

export const PORT = Number(process.env.ATLAS_PORT ?? 4173);
