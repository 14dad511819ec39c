import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server';

let base: string;
let close: () => void;

beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'egov-static-'));
	mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'index.html'), '<p>home</p>');
	writeFileSync(join(dir, '404.html'), '<p>not here</p>');
	writeFileSync(join(dir, '_app', 'immutable', 'a.js'), 'export {};');
	writeFileSync(join(dir, 'data', 'x.parquet'), '0123456789');
	const { server, url } = await serveStatic(dir);
	base = url;
	close = () => server.close();
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
