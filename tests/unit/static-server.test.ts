import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';

let base: string;
let plainBase: string;
let close: () => void;

const SCRIPT = 'export const answer = 42;\n'.repeat(200);
const WASM_GZ = gzipSync(Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));

/** A GET as a browser sends it, with the bytes as they came over the wire (not inflated). */
function get(
	url: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
	return new Promise((done, fail) => {
		request(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		})
			.on('error', fail)
			.end();
	});
}

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'egov-static-'));
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'index.html'), '<p>home</p>');
	writeFileSync(join(dir, '404.html'), '<p>not here</p>');
	writeFileSync(join(dir, '_app', 'immutable', 'a.js'), 'export {};');
	writeFileSync(join(dir, 'data', 'x.parquet'), '0123456789');
	writeFileSync(join(dir, '_app', 'immutable', 'b.js'), SCRIPT);
	writeFileSync(join(dir, '_app', 'immutable', 'b.js.gz'), gzipSync(SCRIPT));
	writeFileSync(join(dir, '_app', 'immutable', 'b.js.br'), brotliCompressSync(SCRIPT));
	writeFileSync(join(dir, '_app', 'immutable', 'c.css'), 'p{}'.repeat(100));
	writeFileSync(join(dir, '_app', 'immutable', 'c.css.gz'), gzipSync('p{}'.repeat(100)));
	writeFileSync(join(dir, '_app', 'immutable', 'm.wasm.gz'), WASM_GZ);
	const { server, url } = await serveStatic(dir);
	const plain = await serveStatic(dir, { precompressed: false });
	base = url;
	plainBase = plain.url;
	close = () => {
		server.close();
		plain.server.close();
	};
});
afterAll(() => close());

describe('static server', () => {
	it('answers a range with 206 and exactly those bytes', async () => {
		const res = await fetch(`${base}data/x.parquet`, { headers: { range: 'bytes=2-4' } });
		expect(res.status).toBe(206);
		expect(res.headers.get('content-range')).toBe('bytes 2-4/10');
		expect(await res.text()).toBe('234');
	});

	it('revalidates with the ETag: 304 and no body the second time', async () => {
		const first = await fetch(`${base}data/x.parquet`);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^".+"$/);
		expect(first.headers.get('cache-control')).toBe('no-cache');
		const again = await fetch(`${base}data/x.parquet`, { headers: { 'if-none-match': etag! } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
	});

	it('lets browsers keep content-hashed app files for a year', async () => {
		const res = await fetch(`${base}_app/immutable/a.js`);
		expect(res.headers.get('cache-control')).toContain('immutable');
	});

	it('serves directories by index.html, and unknown paths with the 404 page', async () => {
		expect(await (await fetch(base)).text()).toBe('<p>home</p>');
		const missing = await fetch(`${base}nowhere/`);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toBe('<p>not here</p>');
	});

	it('never serves a file outside its folder', async () => {
		const res = await fetch(`${base}..%2f..%2fetc%2fpasswd`);
		expect(res.status).toBe(404);
	});

	it('answers a path it cannot parse with 400 and keeps serving', async () => {
		// `//` reads as a URL with an empty host: it used to throw inside the handler and stop the server.
		expect((await fetch(`${base}/`)).status).toBe(400);
		expect(await (await fetch(base)).text()).toBe('<p>home</p>');
	});
});

describe('static server: precompressed files by Accept-Encoding', () => {
	const js = () => `${base}_app/immutable/b.js`;

	it('sends the .br to a browser that accepts brotli, typed as the file it stands for', async () => {
		const res = await get(js(), { 'accept-encoding': 'gzip, deflate, br, zstd' });
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(Number(res.headers['content-length'])).toBe(res.body.length);
		expect(res.body.length).toBeLessThan(SCRIPT.length / 10);
		expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
	});

	it('sends the .gz where only gzip is accepted, or where there is no .br', async () => {
		const gz = await get(js(), { 'accept-encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
		const css = await get(`${base}_app/immutable/c.css`, { 'accept-encoding': 'br, gzip' });
		expect(css.headers['content-encoding']).toBe('gzip');
	});

	it('sends the file itself, still with Vary, to a client that accepts neither', async () => {
		const requests: Record<string, string>[] = [
			{},
			{ 'accept-encoding': 'identity' },
			{ 'accept-encoding': 'br;q=0' }
		];
		for (const headers of requests) {
			const res = await get(js(), headers);
			expect(res.headers['content-encoding']).toBeUndefined();
			expect(res.headers.vary).toBe('Accept-Encoding');
			expect(res.body.toString()).toBe(SCRIPT);
		}
	});

	it('gives each encoding its own ETag, so a cache never mixes them up', async () => {
		const br = await get(js(), { 'accept-encoding': 'br' });
		const none = await get(js());
		expect(br.headers.etag).not.toBe(none.headers.etag);
		const again = await get(js(), {
			'accept-encoding': 'br',
			'if-none-match': br.headers.etag as string
		});
		expect(again.status).toBe(304);
	});

	it('answers a range from the file itself, never from a compressed variant', async () => {
		const res = await get(js(), { 'accept-encoding': 'br', range: 'bytes=0-5' });
		expect(res.status).toBe(206);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.toString()).toBe(SCRIPT.slice(0, 6));
	});

	it('sends a .gz file as it is (the engine inflates it), never as Content-Encoding', async () => {
		const res = await get(`${base}_app/immutable/m.wasm.gz`, { 'accept-encoding': 'gzip, br' });
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers['content-type']).toBe('application/gzip');
		expect(res.body).toEqual(WASM_GZ);
	});

	it('compresses nothing when told to behave as the plainest host', async () => {
		const res = await get(`${plainBase}_app/immutable/b.js`, { 'accept-encoding': 'br, gzip' });
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.headers.vary).toBeUndefined();
		expect(res.body.toString()).toBe(SCRIPT);
	});
});
