/**
 * What a web server must send with the built site, derived from the build itself: the
 * Content-Security-Policy (SvelteKit's per-page policy with the hashes of every page's inline start
 * script), the MIME types and the caching rules. `npm run build` writes ready-made configurations for
 * nginx and Apache from it (build/.htaccess, hosting/nginx.conf); the test and preview server
 * (scripts/server.ts) sends exactly these headers.
 */
import { ausgabeordner } from './ausgabe.js';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function htmlDateien(ordner: string): Promise<string[]> {
	const eintraege = await readdir(ordner, { withFileTypes: true, recursive: true });
	return eintraege.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** One policy for every page: the directives SvelteKit wrote, with the script hashes of all pages. */
export async function cspAusBuild(ordner: string): Promise<string> {
	const direktiven = new Map<string, Set<string>>();
	for (const datei of await htmlDateien(ordner)) {
		const html = await readFile(datei, 'utf8');
		const inhalt = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		if (!inhalt) throw new Error(`${relative(ordner, datei)}: keine Content-Security-Policy im Build (kit.csp fehlt?)`);
		for (const teil of inhalt.replaceAll('&#39;', "'").split(';')) {
			const [name, ...quellen] = teil.trim().split(/\s+/);
			if (!name) continue;
			const menge = direktiven.get(name) ?? new Set<string>();
			quellen.forEach((q) => menge.add(q));
			direktiven.set(name, menge);
		}
	}
	direktiven.set('frame-ancestors', new Set(["'self'"]));
	return [...direktiven].map(([name, quellen]) => [name, ...quellen].join(' ')).join('; ');
}

export const CACHE_UNVERAENDERLICH = 'public, max-age=31536000, immutable';
export const CACHE_PRUEFEN = 'no-cache';

export function nginxKonfiguration(csp: string): string {
	// nginx drops inherited add_header lines in a location that has its own: each location repeats them.
	const kopf = (cache: string) =>
		[`add_header Content-Security-Policy "${csp}" always;`, 'add_header X-Content-Type-Options nosniff always;', 'add_header Referrer-Policy no-referrer always;', `add_header Cache-Control "${cache}" always;`]
			.map((z) => `\t\t${z}`)
			.join('\n');
	return `# Sozialraumatlas: Auszug für den server-Block (erzeugt von npm run build), root = der Ordner build/
	gzip on;
	gzip_types application/wasm application/javascript text/css text/csv application/json application/geo+json application/vnd.apache.arrow.stream;
	location /_app/immutable/ {
${kopf(CACHE_UNVERAENDERLICH)}
	}
	# Ältere mime.types kennen .wasm nicht; ohne application/wasm startet die Datenbank nicht.
	location ~* \\.wasm$ {
		default_type application/wasm;
${kopf(CACHE_UNVERAENDERLICH)}
	}
	location ~* \\.arrow$ {
		default_type application/vnd.apache.arrow.stream;
${kopf(CACHE_PRUEFEN)}
	}
	location / {
		try_files $uri $uri.html $uri/ =404;
${kopf(CACHE_PRUEFEN)}
	}
`;
}

export function apacheKonfiguration(csp: string): string {
	return `# Sozialraumatlas: Apache-Konfiguration (erzeugt von npm run build; AllowOverride FileInfo Headers nötig)
AddType application/wasm .wasm
AddType application/geo+json .geojson
AddType application/vnd.apache.arrow.stream .arrow
Header always set Content-Security-Policy "${csp}"
Header always set X-Content-Type-Options "nosniff"
Header always set Referrer-Policy "no-referrer"
Header set Cache-Control "${CACHE_PRUEFEN}"
<If "%{REQUEST_URI} =~ m#/_app/immutable/#">
	Header set Cache-Control "${CACHE_UNVERAENDERLICH}"
</If>
AddOutputFilterByType DEFLATE application/wasm application/javascript text/css text/csv application/json application/geo+json
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const wurzel = join(import.meta.dirname, '..');
	const csp = await cspAusBuild(join(wurzel, ausgabeordner));
	await writeFile(join(wurzel, ausgabeordner, '.htaccess'), apacheKonfiguration(csp));
	await mkdir(join(wurzel, 'hosting'), { recursive: true });
	await writeFile(join(wurzel, 'hosting/nginx.conf'), nginxKonfiguration(csp));
	await writeFile(join(wurzel, 'hosting/content-security-policy.txt'), csp + '\n');
	console.log(`Hosting-Konfiguration geschrieben: ${ausgabeordner}/.htaccess, hosting/nginx.conf, hosting/content-security-policy.txt`);
}
