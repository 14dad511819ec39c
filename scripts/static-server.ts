import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { negotiate, VARIANTS, type Encoding } from './accept-encoding.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json',
	'.gz': 'application/gzip'
};

async function resolveFile(
	root: string,
	pathname: string
): Promise<{ path: string; size: number; mtime: Date } | null> {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + sep)) return null;
	const info = await stat(path).catch(() => null);
	if (info?.isFile()) return { path, size: info.size, mtime: info.mtime };
	if (info?.isDirectory()) return resolveFile(root, join(pathname, 'index.html'));
	return null;
}

/** The precompressed variants beside a file (`x.js.br`, `x.js.gz`) and their sizes. */
async function variantsOf(path: string): Promise<Map<Encoding, { path: string; size: number }>> {
	const found = new Map<Encoding, { path: string; size: number }>();
	if (extname(path) === '.gz') return found;
	for (const { encoding, suffix } of VARIANTS) {
		const info = await stat(path + suffix).catch(() => null);
		if (info?.isFile()) found.set(encoding, { path: path + suffix, size: info.size });
	}
	return found;
}

/**
 * A static file server as a plain host behaves: byte ranges (for Parquet reads), validators
 * (ETag, Last-Modified, 304) so a second visit revalidates instead of downloading again, a year's
 * cache for SvelteKit's content-hashed `_app/immutable/` files. With `precompressed` (the default)
 * it sends a file's `.br` or `.gz` beside it when the request accepts that encoding, as nginx's
 * `brotli_static`/`gzip_static` do; without, it never compresses, like the plainest host.
 */
export function serveStatic(
	dir: string,
	{ port = 0, host = '127.0.0.1', precompressed = true } = {}
): Promise<{ server: Server; url: string }> {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		// `URL.parse` (not `new URL`): a path such as `//` must not take the server down.
		const url = URL.parse(req.url ?? '/', 'http://local');
		if (!url) {
			res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request path');
			return;
		}
		const file = await resolveFile(root, url.pathname).catch(() => null);
		if (!file) {
			const fallback = await resolveFile(root, '/404.html').catch(() => null);
			res.writeHead(404, { 'content-type': fallback ? TYPES['.html'] : 'text/plain' });
			if (fallback) createReadStream(fallback.path).pipe(res);
			else res.end('Not found');
			return;
		}
		const variants = precompressed ? await variantsOf(file.path) : new Map();
		// A range names bytes of the file itself: it is answered from the file, never a variant.
		const encoding = req.headers.range
			? null
			: negotiate(req.headers['accept-encoding'], [...variants.keys()]);
		const sent = encoding ? (variants.get(encoding) as { path: string; size: number }) : file;
		const tag = `${file.size.toString(16)}-${file.mtime.getTime().toString(16)}`;
		const etag = `"${encoding ? `${tag}-${encoding}` : tag}"`;
		const headers = {
			'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream',
			...(encoding ? { 'content-encoding': encoding } : {}),
			...(variants.size ? { vary: 'Accept-Encoding' } : {}),
			'accept-ranges': 'bytes',
			'cache-control': url.pathname.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			etag,
			'last-modified': file.mtime.toUTCString()
		};
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			return;
		}
		const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
		if (range && (range[1] || range[2])) {
			const start = range[1] ? Number(range[1]) : Math.max(0, file.size - Number(range[2]));
			const end = range[1] && range[2] ? Math.min(Number(range[2]), file.size - 1) : file.size - 1;
			if (start > end || start >= file.size) {
				res.writeHead(416, { 'content-range': `bytes */${file.size}` }).end();
				return;
			}
			res.writeHead(206, {
				...headers,
				'content-length': end - start + 1,
				'content-range': `bytes ${start}-${end}/${file.size}`
			});
			if (req.method === 'HEAD') return res.end();
			createReadStream(file.path, { start, end }).pipe(res);
			return;
		}
		res.writeHead(200, { ...headers, 'content-length': sent.size });
		if (req.method === 'HEAD') return res.end();
		createReadStream(sent.path).pipe(res);
	});
	return new Promise((done) => {
		server.listen(port, host, () => {
			const address = server.address();
			done({
				server,
				url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/`
			});
		});
	});
}
