/**
 * Serves the built site as a city's web server should (see README, "Hosting"): the strict
 * Content-Security-Policy with the build's script hashes, application/wasm for DuckDB, hashed assets
 * cached for a year, everything else revalidated. `npm start`, the end-to-end tests and the benchmark
 * use it, so they see the site under the same rules as production.
 *   tsx scripts/server.ts [--port 4173] [--host 127.0.0.1]
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { CACHE_PRUEFEN, CACHE_UNVERAENDERLICH, cspAusBuild } from './hosting';
import { ausgabeordner } from './ausgabe.js';

export async function starteServer(port: number, host = '127.0.0.1'): Promise<Server> {
	const ordner = join(import.meta.dirname, '..', ausgabeordner);
	const csp = await cspAusBuild(ordner);
	const statisch = sirv(ordner, {
		etag: true,
		extensions: ['html'],
		setHeaders(res, pfad) {
			res.setHeader('Cache-Control', pfad.includes('/_app/immutable/') ? CACHE_UNVERAENDERLICH : CACHE_PRUEFEN);
			res.setHeader('Content-Security-Policy', csp);
			res.setHeader('X-Content-Type-Options', 'nosniff');
			if (pfad.endsWith('.arrow')) res.setHeader('Content-Type', 'application/vnd.apache.arrow.stream');
		}
	});
	const server = createServer((req, res) =>
		statisch(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Nicht gefunden');
		})
	);
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (name: string, standard: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : standard;
	};
	const port = Number(arg('port', '4173'));
	const host = arg('host', '127.0.0.1');
	await starteServer(port, host);
	console.log(`Sozialraumatlas: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
}
